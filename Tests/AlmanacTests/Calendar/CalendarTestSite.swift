@testable import Almanac
import AlmanacMarkup
import AlmanacModel
import Templates
import Testing

/// Small sites made of hand-built events, for the calendar rules that the recorded data lacks
/// (day, week and coarse precisions, hostile text).
enum CalendarTestSite {
    static let docking = EventTypeRef(id: EventTypeID(2), name: "Docking", slug: Slug(validating: "docking")!)

    static func event(_ id: Int, _ name: String? = nil, date: String?, precision: DatePrecision = .minute,
                      duration: String? = nil, lastUpdated: String? = nil) -> Event {
        let title = name ?? "Event \(id)"
        var event = Event(id: EventID(id), slug: Slug(deriving: title, fallback: "event-\(id)"), name: title, type: docking)
        event.date = date.map { EventDate(instant: UTCTime(iso8601: $0)!, precision: precision) }
        event.duration = duration.flatMap(EventDuration.init(iso8601:))
        event.lastUpdated = lastUpdated.flatMap(UTCTime.init(iso8601:))
        return event
    }

    /// A site of `events` (put in chronological order) with one type, at `TestBuild.now`.
    static func site(_ events: [Event], calendar: CalendarSettings = CalendarSettings(),
                     baseURL: String = "https://example.org/space/") -> Site {
        var config = SiteConfig(now: TestBuild.now, baseURL: WebURL(baseURL), generator: "Almanac test")
        config.calendar = calendar
        let sorted = events.sorted { EventNormalizer.chronological($0.summary, $1.summary) }
        let type = EventType(id: docking.id, name: docking.name, slug: docking.slug, eventIndexes: Array(sorted.indices))
        return Site(config: config, events: sorted, types: [type], stations: [])
    }

    /// The site's home feed, read strictly.
    static func homeFeed(_ site: Site) -> ICSComponent {
        ICSReader.read(CalendarFeed.feed(.home(site), in: site).serialized)
    }

    /// The one `VEVENT` of an event's own file; nil when it has none.
    static func vevent(_ event: Event, in site: Site) -> ICSComponent? {
        CalendarFeed.single(event, in: site).map { ICSReader.read($0.serialized).children("VEVENT")[0] }
    }
}
