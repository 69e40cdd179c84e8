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

    /// One item, appended piece by piece: lists of thousands of events are the bulk of some pages.
    private static func item(_ event: EventSummary, from location: PageLocation, showType: Bool, now: UTCTime) -> HTML {
        var item: HTML = "<li><a href=\"\(location.link("events/"))\(event.slug.rawValue)/\">\(event.name)</a>"
        if event.isLive(at: now) { item.append(" <span class=\"badge live\">Live</span>") }
        item.append("\n<span class=\"meta\">\(TimeTag.eventDate(event))")
        if showType { item.append(" · \(event.type.name)") }
        if let place = event.location { item.append(" · \(place)") }
        item.append("</span></li>\n")
        return item
    }
}
