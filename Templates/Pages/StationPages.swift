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
        return IndexPage(title: "Space stations", description: "Space stations and the events that involve them.",
                         columns: ["Station", "Status", "Orbit", "Events"], empty: "No space stations in the data.")
            .html(rows, at: location, in: site)
    }

    public static func page(_ station: Station, in site: Site) -> HTML {
        let introduction = (station.image.map { Figure.html($0, alt: station.name) } ?? "") + "\n" + facts(station) + "\n"
            + (station.description.map { Paragraphs.html($0) } ?? "")
        let page = ScopePage(title: station.name, scope: .station(site, station), location: .station(station.slug),
                             introduction: introduction, description: "Events at \(station.name), upcoming and past.",
                             image: station.image?.url)
        return page.html(in: site)
    }

    private static func facts(_ station: Station) -> HTML {
        var rows: [(String, HTML)] = []
        if let status = station.status { rows.append(("Status", "\(status)")) }
        if let kind = station.kind { rows.append(("Type", "\(kind)")) }
        if let orbit = station.orbit { rows.append(("Orbit", "\(orbit)")) }
        if let founded = station.founded { rows.append(("Founded", TimeTag.day(founded))) }
        if let deorbited = station.deorbited { rows.append(("Deorbited", TimeTag.day(deorbited))) }
        if !station.owners.isEmpty { rows.append(("Owners", "\(station.owners.joined(separator: ", "))")) }
        return FactList.html(rows)
    }
}
