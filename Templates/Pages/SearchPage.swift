import AlmanacMarkup
import AlmanacModel

/// `search/index.html`: a form the script in `search.js` answers from `search/index.json`, reading
/// `?q=` (words) and `?type=`, `?station=`, `?agency=`, `?program=` (slugs) and `?year=`. Without
/// script the page lists every type, station, agency and program as links, and the month calendar.
public enum SearchPage {
    public static func html(_ site: Site) -> HTML {
        let location = PageLocation.search
        var head = PageHead(title: "Search", description: "Find spaceflight events by name, type, station, agency, program or year.")
        head.alternates = SubscribeLinks.head(.home(site), from: location, in: site)
        head.scripts = ["search.js"]
        let body: HTML = """
        <h1>Search</h1>
        <form class="search-form" id="search-form" role="search" action="./" method="get">
        <p class="field wide"><label for="q">Words</label> <input id="q" name="q" type="search" autocomplete="off" \
        placeholder="Crew-11, spacewalk, ISS, 2026…"></p>
        \(filter("type", "Type", site.types.map { ($0.slug.rawValue, $0.name) }))\
        \(filter("station", "Space station", site.stations.map { ($0.slug.rawValue, $0.name) }))\
        \(filter("agency", "Agency", site.agencies.map { ($0.slug.rawValue, $0.name) }))\
        \(filter("program", "Program", site.programs.map { ($0.slug.rawValue, $0.name) }))\
        \(filter("year", "Year", years(site).map { (String($0), String($0)) }))\
        <p class="field"><button type="submit">Search</button></p>
        </form>
        <div id="search-results" data-index="\(location.link(SearchIndex.path))" aria-live="polite"></div>
        <noscript><p class="meta">Searching needs JavaScript. Every event is also on the pages below.</p></noscript>
        \(Section.html(id: "browse", title: "Browse", browse(site, from: location)))
        """
        return Layout.page(head, at: location, in: site, body: body)
    }

    private static func filter(_ name: String, _ label: String, _ options: [(value: String, text: String)]) -> HTML {
        guard !options.isEmpty else { return "" }
        let items = options.map { option -> HTML in "<option value=\"\(option.value)\">\(option.text)</option>\n" }
        return """
        <p class="field"><label for="\(name)">\(label)</label> <select id="\(name)" name="\(name)">
        <option value="">Any</option>
        \(items)</select></p>

        """
    }

    /// Every year with events, newest first.
    private static func years(_ site: Site) -> [Int] {
        Set(site.events.compactMap { $0.date?.instant.civilDate.year }).sorted(by: >)
    }

    private static func browse(_ site: Site, from location: PageLocation) -> HTML {
        let groups: [(String, [HTML])] = [
            ("Event types", site.types.map { link($0.name, PageLocation.type($0.slug), $0.eventIndexes.count, from: location) }),
            ("Space stations", site.stations.map { link($0.name, PageLocation.station($0.slug), $0.eventIndexes.count, from: location) }),
            ("Agencies", site.agencies.map { link($0.name, PageLocation.agency($0.slug), $0.eventIndexes.count, from: location) }),
            ("Programs", site.programs.map { link($0.name, PageLocation.program($0.slug), $0.eventIndexes.count, from: location) }),
        ]
        let blocks = groups.filter { !$0.1.isEmpty }.map { title, links -> HTML in
            "<div><h3>\(title)</h3>\n\(Section.list(links, className: "inline-list"))</div>\n"
        }
        return """
        <p>Or browse <a href="\(location.link(PageLocation.calendar.folder))">the calendar, month by month</a>.</p>
        <div class="browse">
        \(blocks)</div>
        """
    }

    private static func link(_ name: String, _ page: PageLocation, _ count: Int, from location: PageLocation) -> HTML {
        "<a href=\"\(location.link(page.folder))\">\(name)</a> <span class=\"count\">\(count)</span>"
    }
}
