import AlmanacMarkup
import AlmanacModel

/// A set of events that has its own feeds: all events (at the site root), one type, station, agency
/// or program. Its feeds live in `folder` (`""`, `types/<slug>/`, `stations/<slug>/`, `agencies/<slug>/`…).
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

    /// Every scope of the site: all events, then each type, station, agency and program.
    public static func all(in site: Site) -> [FeedScope] {
        [home(site)] + site.types.map { type(site, $0) } + site.stations.map { station(site, $0) }
            + site.agencies.map { agency(site, $0) } + site.programs.map { program(site, $0) }
    }

    public static func home(_ site: Site) -> FeedScope {
        FeedScope(folder: "", title: site.config.title, eventIndexes: site.allIndexes)
    }

    public static func type(_ site: Site, _ type: EventType) -> FeedScope {
        named(type.name, at: .type(type.slug), type.eventIndexes, in: site)
    }

    public static func station(_ site: Site, _ station: Station) -> FeedScope {
        named(station.name, at: .station(station.slug), station.eventIndexes, in: site)
    }

    public static func agency(_ site: Site, _ agency: AgencyProfile) -> FeedScope {
        named(agency.name, at: .agency(agency.slug), agency.eventIndexes, in: site)
    }

    public static func program(_ site: Site, _ program: ProgramProfile) -> FeedScope {
        named(program.name, at: .program(program.slug), program.eventIndexes, in: site)
    }

    /// The scope of one type, station, agency or program: its page's folder, "<site> — <name>".
    private static func named(_ name: String, at page: PageLocation, _ indexes: [Int], in site: Site) -> FeedScope {
        FeedScope(folder: page.folder, title: "\(site.config.title) — \(name)", eventIndexes: indexes)
    }
}
