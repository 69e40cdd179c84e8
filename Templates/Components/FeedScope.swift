import AlmanacMarkup
import AlmanacModel

/// A set of events that has its own feeds: all events (at the site root), one type or one station.
/// Its feeds live in `folder` (`""`, `types/<slug>/`, `stations/<slug>/`).
public struct FeedScope: Sendable {
    public var folder: String
    /// What the feeds are called: the site's title, or "<site> — EVA".
    public var title: String
    /// Indexes into `Site.events`, chronological.
    public var eventIndexes: [Int]

    public init(folder: String, title: String, eventIndexes: [Int]) {
        self.folder = folder
        self.title = title
        self.eventIndexes = eventIndexes
    }

    /// Every scope of the site: all events, then each type, then each station.
    public static func all(in site: Site) -> [FeedScope] {
        [home(site)] + site.types.map { type(site, $0) } + site.stations.map { station(site, $0) }
    }

    public static func home(_ site: Site) -> FeedScope {
        FeedScope(folder: "", title: site.config.title, eventIndexes: site.allIndexes)
    }

    public static func type(_ site: Site, _ type: EventType) -> FeedScope {
        FeedScope(folder: PageLocation.type(type.slug).folder, title: "\(site.config.title) — \(type.name)",
                  eventIndexes: type.eventIndexes)
    }

    public static func station(_ site: Site, _ station: Station) -> FeedScope {
        FeedScope(folder: PageLocation.station(station.slug).folder, title: "\(site.config.title) — \(station.name)",
                  eventIndexes: station.eventIndexes)
    }
}
