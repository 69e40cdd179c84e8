import AlmanacMarkup
import AlmanacModel

/// The key facts of an event as a description list: when, how long, where, what.
enum EventFacts {
    static func html(_ event: Event, at location: PageLocation) -> HTML {
        var facts = FactList()
        facts.add("Date", TimeTag.eventDate(event.summary))
        if let duration = event.duration { facts.add("Duration", text: duration.text) }
        if let end = event.end { facts.add("Ends", TimeTag.instant(end, local: true)) }
        if let place = event.location { facts.add("Location", text: place) }
        facts.add("Type", "<a href=\"\(location.link(PageLocation.type(event.type.slug).folder))\">\(event.type.name)</a>")
        if !event.stations.isEmpty {
            var links = HTML()
            for (index, station) in event.stations.enumerated() {
                if index > 0 { links.append(", ") }
                links.append("<a href=\"\(location.link(PageLocation.station(station.slug).folder))\">\(station.name)</a>")
            }
            facts.add("Space station", links)
        }
        return facts.html
    }
}
