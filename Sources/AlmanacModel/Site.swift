import AlmanacMarkup

/// The whole normalized model a site is rendered from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Dated events by date (then id), then events with no date by id.
    public var events: [EventSummary]
    /// By name.
    public var types: [EventType]
    /// By name.
    public var stations: [Station]
    /// Agencies taking part in at least one event, by name.
    public var agencies: [AgencyProfile]
    /// Programs at least one event belongs to, by name.
    public var programs: [ProgramProfile]
    /// Every event index, in order.
    public let allIndexes: [Int]
    private let details: any EventDetailSource

    public init(config: SiteConfig, events: [EventSummary], types: [EventType], stations: [Station],
                agencies: [AgencyProfile] = [], programs: [ProgramProfile] = [], details: any EventDetailSource) {
        self.config = config
        self.events = events
        self.types = types
        self.stations = stations
        self.agencies = agencies
        self.programs = programs
        self.details = details
        allIndexes = Array(events.indices)
    }

    /// A site whose full events are all in memory (small inputs and tests).
    public init(config: SiteConfig, events: [Event], types: [EventType], stations: [Station],
                agencies: [AgencyProfile] = [], programs: [ProgramProfile] = []) {
        let events = events.map { event in
            var event = event
            event.summary = event.derivedSummary
            return event
        }
        self.init(config: config, events: events.map(\.summary), types: types, stations: stations,
                  agencies: agencies, programs: programs, details: StoredEvents(events))
    }

    /// The full event at `index` of `events`, with everything its page shows.
    public func event(at index: Int) -> Event { details.event(at: index) }

    /// The events upcoming at `config.now` among `indexes`, soonest first, undated last.
    public func upcoming(_ indexes: [Int]) -> [Int] {
        indexes.filter { events[$0].isUpcoming(at: config.now) }
    }

    /// The events past at `config.now` among `indexes`, most recent first.
    public func past(_ indexes: [Int]) -> [Int] {
        indexes.reversed().filter { !events[$0].isUpcoming(at: config.now) }
    }
}

/// What varies between builds of the same data: the clock, the address, the title.
public struct SiteConfig: Sendable {
    /// The instant that splits upcoming from past.
    public var now: UTCTime
    /// Where the site will be published, ending in `/` (may be a sub-path).
    public var baseURL: WebURL
    /// True when no `--base-url` was given and `baseURL` is a placeholder.
    public var baseURLIsPlaceholder: Bool
    public var title: String
    /// The version of Almanac, for `generator` tags.
    public var generator: String
    public var calendar = CalendarSettings()
    public var newsFeeds = NewsFeedSettings()

    public init(now: UTCTime, baseURL: WebURL?, title: String = "Almanac", generator: String) {
        self.now = now
        self.baseURL = (baseURL ?? SiteConfig.placeholderBaseURL).appending("")
        baseURLIsPlaceholder = baseURL == nil
        self.title = title
        self.generator = generator
    }

    /// The base URL used when none is given; `.invalid` never resolves (RFC 2606).
    public static let placeholderBaseURL = WebURL("https://almanac.invalid/")!
}

/// Where a site reads its full events from, by index in `Site.events`.
public protocol EventDetailSource: Sendable {
    func event(at index: Int) -> Event
}

/// Full events held in memory: the details of each, with the summaries the site holds anyway.
public struct StoredEvents: EventDetailSource {
    private let summaries: [EventSummary]
    private let details: [EventDetails]

    /// `summaries[i]` and `details[i]` are one event's.
    public init(summaries: [EventSummary], details: [EventDetails]) {
        self.summaries = summaries
        self.details = details
    }

    public init(_ events: [Event]) { self.init(summaries: events.map(\.summary), details: events.map(\.details)) }

    public func event(at index: Int) -> Event { Event(summary: summaries[index], details: details[index]) }
}
