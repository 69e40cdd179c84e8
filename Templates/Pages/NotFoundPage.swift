import AlmanacMarkup
import AlmanacModel

/// `404.html`: hosts serve it at any path, so its links are absolute (from `--base-url`).
public enum NotFoundPage {
    public static func html(_ site: Site) -> HTML {
        let base = site.config.baseURL
        let body: HTML = """
        <h1>Page not found</h1>
        <p>There is no page at this address. It may belong to an event that was renamed or removed.</p>
        <ul>
        <li><a href="\(base)">Upcoming events</a></li>
        <li><a href="\(base.appending(PageLocation.calendar.folder))">Calendar</a></li>
        <li><a href="\(base.appending(PageLocation.search.folder))">Search</a></li>
        <li><a href="\(base.appending("types/"))">Event types</a></li>
        <li><a href="\(base.appending("stations/"))">Space stations</a></li>
        </ul>
        """
        let head = PageHead(title: "Page not found", description: "There is no page at this address.")
        return Layout.page(head, at: PageLocation(folder: "", absoluteBase: base), in: site, body: body)
    }
}
