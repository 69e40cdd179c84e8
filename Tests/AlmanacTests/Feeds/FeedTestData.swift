@testable import Almanac
import AlmanacMarkup
import AlmanacModel
import Foundation

/// Sites for the feed tests: one decoded from hostile API records, and small ones made by hand.
enum FeedTestData {
    /// Event 9001 has `HostileStrings.all` in every text field and a `javascript:` URL wherever a
    /// link may be; event 9002 has only a `javascript:` image. Both go through decoding and
    /// normalization as the API's records do. The site's title is hostile too.
    static func hostileSite() throws -> Site {
        let records: [[String: Any]] = [hostileEvent(), [
            "id": 9002, "name": "Plain", "type": ["id": 77, "name": HostileStrings.all],
            "image": HostileStrings.scriptURL, "last_updated": "2026-01-11T00:00:00Z",
        ]]
        var input = DecodedInput()
        try InputReader().decode(try JSONSerialization.data(withJSONObject: records), name: "hostile", into: &input)
        var config = SiteConfig(now: TestBuild.now, baseURL: WebURL("https://example.org/space/"), generator: "Almanac test")
        config.title = HostileStrings.all
        return EventNormalizer(config: config).normalize(input).site
    }

    private static func hostileEvent() -> [String: Any] {
        let text = HostileStrings.all
        return [
            "id": 9001, "name": text, "slug": text, "url": HostileStrings.scriptURL,
            "type": ["id": 77, "name": text],
            "date": "2026-02-01T10:00:00Z", "date_precision": ["id": 1, "name": "Minute"], "duration": "PT1H",
            "location": text, "description": text + "\n\nSecond " + text,
            "image": ["image_url": "https://example.com/i.png?a=1&b=<2>", "name": text, "credit": text,
                      "license": ["name": text, "link": HostileStrings.scriptURL]],
            "vid_urls": [["url": "https://example.com/watch?v=1&t=\"2\"", "title": text, "publisher": text],
                         ["url": HostileStrings.scriptURL, "title": "never a link"]],
            "spacestations": [["id": 4, "name": text]],
            "updates": [["id": 1, "comment": text, "created_by": text, "created_on": "2026-01-10T08:00:00Z",
                         "info_url": HostileStrings.scriptURL]],
            "last_updated": "2026-01-12T09:30:00Z",
        ]
    }

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
