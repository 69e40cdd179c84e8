import AlmanacMarkup

/// The whole normalized model a site is rendered from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Dated events by date (then id), then events with no date by id.
    public var events: [Event]
    /// By name.
    public var types: [EventType]
    /// By name.
    public var stations: [Station]

    public init(config: SiteConfig, events: [Event], types: [EventType], stations: [Station]) {
        self.config = config
        self.events = events
        self.types = types
        self.stations = stations
    }

    /// The events upcoming at `config.now` among `indexes`, soonest first, undated last.
    public func upcoming(_ indexes: [Int]) -> [Int] {
        indexes.filter { events[$0].isUpcoming(at: config.now) }
    }

    /// The events past at `config.now` among `indexes`, most recent first.
    public func past(_ indexes: [Int]) -> [Int] {
        indexes.reversed().filter { !events[$0].isUpcoming(at: config.now) }
    }

    /// Every event index, in order.
    public var allIndexes: [Int] { Array(events.indices) }
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
