import AlmanacMarkup
import AlmanacModel

/// Small sites made by hand, for the feed tests.
enum FeedTestData {
    /// A site of events made by hand, all of one type, with an item limit of `limit`.
    static func site(_ events: [Event], limit: Int = 50) -> Site {
        var config = SiteConfig(now: TestBuild.now, baseURL: WebURL("https://example.org/space/"), generator: "Almanac test")
        config.newsFeeds.itemLimit = limit
        let type = EventType(id: EventTypeID(1), name: "Docking", slug: Slug(validating: "docking")!, eventIndexes: Array(events.indices))
        return Site(config: config, events: events, types: [type], stations: [])
    }

    /// An event of the type `site(_:)` makes, first published `published` hours after 2026-01-01
    /// (nil: never), last updated `updated` hours after it.
    static func event(_ id: Int, published: Int?, updated: Int? = nil) -> Event {
        let type = EventTypeRef(id: EventTypeID(1), name: "Docking", slug: Slug(validating: "docking")!)
        var event = Event(id: EventID(id), slug: Slug(validating: "event-\(id)")!, name: "Event \(id)", type: type)
        let hour = { (hours: Int) in UTCTime(secondsSince1970: 1_767_225_600 + Int64(hours) * 3600) }
        event.lastUpdated = (updated ?? published).map(hour)
        if let published {
            var update = Update(id: id)
            update.createdOn = hour(published)
            event.updates = [update]
        }
        return event
    }
}
