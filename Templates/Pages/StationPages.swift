import AlmanacMarkup
import AlmanacModel

/// `stations/index.html` and `stations/<slug>/index.html`.
public enum StationPages {
    public static func index(_ site: Site) -> HTML {
        let location = PageLocation.stations
        let rows = site.stations.map { station -> HTML in
            """
            <tr><th scope="row"><a href="\(location.link(PageLocation.station(station.slug).folder))">\(station.name)</a></th>\
            <td>\(station.status ?? "—")</td><td>\(station.orbit ?? "—")</td><td>\(station.eventIndexes.count)</td></tr>

            """
        }
        let table: HTML = rows.isEmpty ? "<p class=\"empty\">No space stations in the data.</p>" : """
        <table class="summary">
        <thead><tr><th scope="col">Station</th><th scope="col">Status</th><th scope="col">Orbit</th><th scope="col">Events</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        """
        let body: HTML = "<h1>Space stations</h1>\n\(table)"
        var head = PageHead(title: "Space stations", description: "Space stations and the events that involve them.")
        head.alternates = SubscribeLinks.head(.home(site), from: location, in: site)
        return Layout.page(head, at: location, in: site, body: body)
    }

    public static func page(_ station: Station, in site: Site) -> HTML {
        let location = PageLocation.station(station.slug)
        let scope = FeedScope.station(site, station)
        let body: HTML = """
        <h1>\(station.name)</h1>
        \(station.image.map { Figure.html($0, alt: station.name) } ?? "")
        \(facts(station))
        \(station.description.map { Paragraphs.html($0) } ?? "")
        \(EventSplit.html(station.eventIndexes, in: site, from: location, showType: true))\
        \(SubscribeLinks.section(scope, from: location, in: site))
        """
        var head = PageHead(title: station.name, description: "Events at \(station.name), upcoming and past.",
                            image: station.image?.url)
        head.alternates = SubscribeLinks.head(scope, from: location, in: site)
        return Layout.page(head, at: location, in: site, body: body)
    }

    private static func facts(_ station: Station) -> HTML {
        var rows: [(String, HTML)] = []
        if let status = station.status { rows.append(("Status", "\(status)")) }
        if let kind = station.kind { rows.append(("Type", "\(kind)")) }
        if let orbit = station.orbit { rows.append(("Orbit", "\(orbit)")) }
        if let founded = station.founded { rows.append(("Founded", TimeTag.day(founded))) }
        if let deorbited = station.deorbited { rows.append(("Deorbited", TimeTag.day(deorbited))) }
        if !station.owners.isEmpty { rows.append(("Owners", "\(station.owners.joined(separator: ", "))")) }
        guard !rows.isEmpty else { return "" }
        let items = rows.map { row -> HTML in "<dt>\(row.0)</dt><dd>\(row.1)</dd>\n" }
        return "<dl class=\"facts\">\n\(items)</dl>"
    }
}
