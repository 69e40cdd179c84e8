import AlmanacMarkup
import AlmanacModel

/// What the RSS, Atom and JSON versions of one scope's feed share: addresses, entries, dates.
///
/// A feed is the stream of events as they are announced: its entries are the scope's events
/// newest first by `Event.firstPublished` (the earliest dated update's `created_on`, else
/// `last_updated`; ties go to the higher id, which the API gave later), at most
/// `newsFeeds.itemLimit`. Ordering by first publication rather than by last change keeps an event
/// in its place when it is edited, so edits never push newer announcements out of the feed.
/// Events with no publication time (old 2.2.0 archives) are left out: no date would be true.
public struct NewsFeed: Sendable {
    public static let rssFile = "feed.xml"
    public static let atomFile = "feed.atom"
    public static let jsonFile = "feed.json"

    public let scope: FeedScope
    public let config: SiteConfig
    /// Newest first; never empty.
    public let entries: [NewsFeedEntry]
    /// When the feed last changed: the newest change among its entries (never the clock).
    public let updated: UTCTime

    /// Makes the entry of the event at an index of `Site.events`, first published at a given time.
    public typealias EntryMaker = (Int, UTCTime) -> NewsFeedEntry

    /// The scope's feed; nil when none of its events can be an entry, so no feed is written.
    /// `entry` may hand out entries it made for another scope: an entry depends only on its event.
    public init?(_ scope: FeedScope, in site: Site, entry: EntryMaker? = nil) {
        let makeEntry = entry ?? { NewsFeedEntry(site.event(at: $0), published: $1, baseURL: site.config.baseURL) }
        let entries = NewsFeed.newest(scope.eventIndexes, in: site, limit: site.config.newsFeeds.itemLimit, entry: makeEntry)
        guard let updated = entries.map(\.updated).max() else { return nil }
        self.scope = scope
        config = site.config
        self.entries = entries
        self.updated = updated
    }

    /// True when `scope` has a feed: cheaper than building it, for pages that link to it.
    public static func exists(_ scope: FeedScope, in site: Site) -> Bool {
        site.config.newsFeeds.itemLimit > 0 && scope.eventIndexes.contains { site.events[$0].firstPublished != nil }
    }

    /// The events at `indexes` that have a publication time, as entries, newest first.
    static func newest(_ indexes: [Int], in site: Site, limit: Int, entry: EntryMaker) -> [NewsFeedEntry] {
        var dated: [(published: UTCTime, id: EventID, index: Int)] = []
        for index in indexes {
            if let published = site.events[index].firstPublished { dated.append((published, site.events[index].id, index)) }
        }
        dated.sort { ($0.published, $0.id) > ($1.published, $1.id) }
        return dated.prefix(max(limit, 0)).map { entry($0.index, $0.published) }
    }

    /// The page that shows the scope.
    public var pageURL: WebURL { config.baseURL.appending(scope.folder) }

    /// The absolute URL of one of the feed's files.
    public func url(_ file: String) -> WebURL { config.baseURL.appending(scope.folder + file) }

    /// A line that says what the feed holds.
    public var description: String {
        "\(scope.title): spaceflight events from Launch Library 2, newest announcements first."
    }

    /// The square PNG icon of `pixels` (144 or 512) in `Public/`.
    public func icon(_ pixels: Int) -> WebURL { config.baseURL.appending("icon-\(pixels).png") }
}
