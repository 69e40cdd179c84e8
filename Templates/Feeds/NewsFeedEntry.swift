import AlmanacMarkup
import AlmanacModel

/// One event as a feed item: what the RSS, Atom and JSON feeds all say about it.
public struct NewsFeedEntry: Sendable {
    public let event: Event
    /// When the event was first published (`Event.firstPublished`).
    public let published: UTCTime
    let baseURL: WebURL

    /// The body for readers, as HTML: made once, as three formats and several feeds show it.
    public let content: HTML

    public init(_ event: Event, published: UTCTime, baseURL: WebURL) {
        self.event = event
        self.published = published
        self.baseURL = baseURL
        content = NewsFeedContent.html(event)
    }

    /// The item's permanent id, a `tag:` URI (RFC 4151) made of the site's host and the event's id
    /// in Launch Library 2 only: a new date, name or slug never changes it, so readers never show an
    /// event twice. The date in it is fixed (when Almanac started minting these ids), as the RFC asks.
    public var id: String { NewsFeedEntry.id(of: event.id, host: baseURL.host) }

    static func id(of event: EventID, host: String) -> String { "tag:\(host),2026:event/\(event)" }

    /// The event's page.
    public var url: WebURL { baseURL.appending(PageLocation.event(event).folder) }

    /// The name and the date as precisely as it is known: `Soyuz MS-28 Docking — 27 Nov 2025, 12:38 UTC`.
    public var title: String { "\(event.name) — \(event.dateText)" }

    /// When the event last changed: its `last_updated`, never before it was published.
    public var updated: UTCTime { max(event.lastUpdated ?? published, published) }

    /// The type, then the space stations, each on one line.
    public var categories: [String] { ([event.type.name] + event.stations.map(\.name)).map(\.oneLine) }

    /// One line: type, date and location.
    public var summary: String { EventPage.summary(event) }

}
