import AlmanacMarkup
import AlmanacModel

/// The frame around every page: head with canonical URL and link-preview tags, site navigation,
/// main landmark and footer.
public enum Layout {
    public static func page(_ head: PageHead, at location: PageLocation, in site: Site, body: HTML) -> HTML {
        let canonical = location.absoluteURL(in: site)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle(head, site))</title>
        <meta name="description" content="\(head.description)">
        <meta name="generator" content="\(site.config.generator)">
        <link rel="canonical" href="\(canonical)">
        \(openGraph(head, url: canonical, site: site))
        <link rel="stylesheet" href="\(location.link("style.css"))">
        <link rel="icon" href="\(location.link("favicon.svg"))" type="image/svg+xml">
        \(head.alternates)<script src="\(location.link("almanac.js"))" defer></script>
        \(head.scripts.map { script -> HTML in "<script src=\"\(location.link(script))\" defer></script>\n" })\
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        \(header(at: location, in: site))
        <main id="main">
        \(body)
        </main>
        \(footer(in: site))
        </body>
        </html>

        """
    }

    private static func fullTitle(_ head: PageHead, _ site: Site) -> String {
        head.title == site.config.title ? head.title : "\(head.title) · \(site.config.title)"
    }

    private static func openGraph(_ head: PageHead, url: WebURL, site: Site) -> HTML {
        var tags: HTML = """
        <meta property="og:site_name" content="\(site.config.title)">
        <meta property="og:type" content="\(head.openGraphType)">
        <meta property="og:title" content="\(head.title)">
        <meta property="og:description" content="\(head.description)">
        <meta property="og:url" content="\(url)">
        """
        if let image = head.image {
            tags.append("""

            <meta property="og:image" content="\(image)">
            <meta name="twitter:card" content="summary_large_image">
            """)
        } else {
            tags.append("\n<meta name=\"twitter:card\" content=\"summary\">")
        }
        return tags
    }

    private static func header(at location: PageLocation, in site: Site) -> HTML {
        """
        <header class="site-header">
        <nav aria-label="Site">
        <a class="brand" href="\(location.link(""))">\(site.config.title)</a>
        <ul>
        <li><a href="\(location.link(PageLocation.calendar.folder))">Calendar</a></li>
        <li><a href="\(location.link("types/"))">Event types</a></li>
        <li><a href="\(location.link("stations/"))">Space stations</a></li>
        <li><a href="\(location.link(PageLocation.agencies.folder))">Agencies</a></li>
        <li><a href="\(location.link(PageLocation.programs.folder))">Programs</a></li>
        </ul>
        </nav>
        <form class="site-search" role="search" action="\(location.link(PageLocation.search.folder))" method="get">
        <label class="visually-hidden" for="site-search">Search events</label> <input id="site-search" name="q" type="search" \
        placeholder="Search events"> <button type="submit">Search</button>
        </form>
        </header>
        """
    }

    private static func footer(in site: Site) -> HTML {
        """
        <footer class="site-footer">
        <p>Times are in UTC. Data from <a href="https://thespacedevs.com/llapi">Launch Library 2</a> by The Space Devs. \
        Built with Almanac.</p>
        </footer>
        """
    }
}
