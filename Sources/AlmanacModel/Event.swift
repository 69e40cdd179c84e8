import AlmanacMarkup

/// One spaceflight event, normalized: every string is still untrusted text (templates escape it),
/// every link is a checked http(s) URL.
public struct Event: Sendable, Hashable, Identifiable {
    public var id: EventID
    public var slug: Slug
    public var name: String
    public var type: EventTypeRef
    /// Nil when the API does not know the date yet.
    public var date: EventDate?
    public var duration: EventDuration?
    public var location: String?
    /// The description with its paragraphs (blank-line separated) kept.
    public var description: String?
    public var image: Image?
    public var webcasts: [Webcast]
    public var infoLinks: [InfoLink]
    public var agencies: [Agency]
    public var programs: [Program]
    public var launches: [Launch]
    public var stations: [StationRef]
    public var expeditions: [Expedition]
    public var astronauts: [Astronaut]
    /// Oldest first.
    public var updates: [Update]
    public var lastUpdated: UTCTime?
    /// The event's page on the API.
    public var apiURL: WebURL?
    public var isWebcastLive: Bool

    public init(id: EventID, slug: Slug, name: String, type: EventTypeRef) {
        self.id = id
        self.slug = slug
        self.name = name
        self.type = type
        webcasts = []
        infoLinks = []
        agencies = []
        programs = []
        launches = []
        stations = []
        expeditions = []
        astronauts = []
        updates = []
        isWebcastLive = false
    }

    /// When the event ends: its date plus its duration, for timed dates with a non-negative duration.
    public var end: UTCTime? {
        guard let date, date.precision.isTimed, let duration, duration.seconds >= 0 else { return nil }
        return date.instant.adding(seconds: duration.seconds)
    }

    /// True while the event may still happen or is happening at `now`; events with no date are
    /// upcoming.
    public func isUpcoming(at now: UTCTime) -> Bool {
        guard let date else { return true }
        return max(end ?? date.instant, date.periodEnd) > now
    }

    /// True when the API says a webcast is live and the event is happening around `now` (within a
    /// day of its timed date and not over): a stale flag in an archive never shows as "Live".
    public func isLive(at now: UTCTime) -> Bool {
        guard isWebcastLive, let date, date.precision.isTimed else { return false }
        let window: Int64 = 86_400
        return abs(date.instant.secondsSince1970 - now.secondsSince1970) <= window && isUpcoming(at: now)
            || (end.map { date.instant <= now && now <= $0 } ?? false)
    }

    /// The date as a reader sees it, or "date not yet known".
    public var dateText: String { date?.text ?? "Date not yet known" }

    /// When the event was first published: the earliest dated update, else its last update.
    public var firstPublished: UTCTime? { updates.lazy.compactMap(\.createdOn).first ?? lastUpdated }
}

/// The type of an event, as events refer to it.
public struct EventTypeRef: Sendable, Hashable {
    public var id: EventTypeID
    public var name: String
    public var slug: Slug

    public init(id: EventTypeID, name: String, slug: Slug) {
        self.id = id
        self.name = name
        self.slug = slug
    }
}

/// A space station, as events refer to it.
public struct StationRef: Sendable, Hashable {
    public var id: StationID
    public var name: String
    public var slug: Slug

    public init(id: StationID, name: String, slug: Slug) {
        self.id = id
        self.name = name
        self.slug = slug
    }
}
