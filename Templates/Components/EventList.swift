import AlmanacMarkup
import AlmanacModel

/// A list of events with their dates, types and locations, each linking to its page.
public enum EventList {
    /// The events at `indexes`, or `empty` when there are none.
    public static func list(_ indexes: [Int], in site: Site, from location: PageLocation,
                            showType: Bool = true, empty: String) -> HTML {
        guard !indexes.isEmpty else { return "<p class=\"empty\">\(empty)</p>" }
        var items: [HTML] = []
        items.reserveCapacity(indexes.count)
        for index in indexes {
            items.append(item(site.events[index], from: location, showType: showType, now: site.config.now))
        }
        return "<ol class=\"event-list\">\n\(items)</ol>"
    }

    private static func item(_ event: EventSummary, from location: PageLocation, showType: Bool, now: UTCTime) -> HTML {
        var meta: [HTML] = [TimeTag.eventDate(event)]
        if showType { meta.append("\(event.type.name)") }
        if let place = event.location { meta.append("\(place)") }
        let live: HTML = event.isLive(at: now) ? " <span class=\"badge live\">Live</span>" : ""
        return """
        <li><a href="\(location.link(PageLocation.event(event).folder))">\(event.name)</a>\(live)
        <span class="meta">\(meta.joined(separator: " · "))</span></li>

        """
    }
}
