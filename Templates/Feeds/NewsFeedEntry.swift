import AlmanacMarkup
import AlmanacModel

/// One event as a feed item: what the RSS, Atom and JSON feeds all say about it. Everything is
/// made once, in `init`: an event's entry appears in the feeds of every scope it belongs to.
public struct NewsFeedEntry: Sendable {
    public let event: Event
    /// When the event was first published (`Event.firstPublished`).
    public let published: UTCTime
    /// The item's permanent id, a `tag:` URI (RFC 4151) made of the site's host and the event's id
    /// in Launch Library 2 only: a new date, name or slug never changes it, so readers never show an
    /// event twice. The date in it is fixed (when Almanac started minting these ids), as the RFC asks.
    public let id: String
    /// The event's page.
    public let url: WebURL
    /// The name and the date as precisely as it is known: `Soyuz MS-28 Docking — 27 Nov 2025, 12:38 UTC`.
    public let title: String
    /// When the event last changed: its `last_updated`, never before it was published.
    public let updated: UTCTime
    /// The type, then the space stations, each on one line.
    public let categories: [String]
    /// One line: type, date and location.
    public let summary: String
    /// The body for readers, as HTML.
    public let content: HTML
    /// The entry as an RSS `<item>`, an Atom `<entry>` and a JSON Feed item.
    private(set) var rssItem = XML()
    private(set) var atomEntry = XML()
    private(set) var jsonItem = WrittenJSON([], depth: 0)

    public init(_ event: Event, published: UTCTime, baseURL: WebURL) {
        self.event = event
        self.published = published
        id = NewsFeedEntry.id(of: event.id, host: baseURL.host)
        url = baseURL.appending(PageLocation.event(event).folder)
        title = "\(event.name) — \(event.dateText)"
        updated = max(event.lastUpdated ?? published, published)
        categories = ([event.type.name] + event.stations.map(\.name)).map(\.oneLine)
        summary = EventPage.summary(event)
        content = NewsFeedContent.html(event)
        rssItem = RSSFeed.item(self)
        atomEntry = AtomFeed.entry(self)
        jsonItem = WrittenJSON(JSONFeed.item(self), depth: 2)
    }

    static func id(of event: EventID, host: String) -> String { "tag:\(host),2026:event/\(event)" }
}
