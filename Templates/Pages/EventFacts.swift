import AlmanacMarkup
import AlmanacModel

/// The key facts of an event as a description list: when, how long, where, what.
enum EventFacts {
    static func html(_ event: Event, at location: PageLocation) -> HTML {
        var rows: [(String, HTML)] = [("Date", TimeTag.eventDate(event.summary))]
        if let duration = event.duration { rows.append(("Duration", "\(duration.text)")) }
        if let end = event.end { rows.append(("Ends", TimeTag.instant(end, local: true))) }
        if let place = event.location { rows.append(("Location", "\(place)")) }
        rows.append(("Type", "<a href=\"\(location.link(PageLocation.type(event.type.slug).folder))\">\(event.type.name)</a>"))
        if !event.stations.isEmpty {
            let links = event.stations.map { station -> HTML in
                "<a href=\"\(location.link(PageLocation.station(station.slug).folder))\">\(station.name)</a>"
            }
            rows.append(("Space station", links.joined(separator: ", ")))
        }
        return FactList.html(rows)
    }
}
