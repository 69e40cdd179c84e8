import AlmanacMarkup

/// One spaceflight event with everything its page shows: its `summary` and its `details` (both read
/// through as if their fields were the event's own, `event.name`, `event.webcasts`). Every string
/// is still untrusted text (templates escape it); every link is a checked http(s) URL.
@dynamicMemberLookup
public struct Event: Sendable, Hashable, Identifiable {
    public var summary: EventSummary
    public var details = EventDetails()

    public init(summary: EventSummary, details: EventDetails = EventDetails()) {
        self.summary = summary
        self.details = details
    }

    public init(id: EventID, slug: Slug, name: String, type: EventTypeRef) {
        summary = EventSummary(id: id, slug: slug, name: name, type: type)
    }

    public var id: EventID { summary.id }

    /// The agencies in full (the summary holds references to them).
    public var agencies: [Agency] {
        get { details.agencies }
        set { details.agencies = newValue }
    }

    /// The programs in full (the summary holds references to them).
    public var programs: [Program] {
        get { details.programs }
        set { details.programs = newValue }
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<EventSummary, Value>) -> Value {
        get { summary[keyPath: keyPath] }
        set { summary[keyPath: keyPath] = newValue }
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<EventSummary, Value>) -> Value {
        summary[keyPath: keyPath]
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<EventDetails, Value>) -> Value {
        get { details[keyPath: keyPath] }
        set { details[keyPath: keyPath] = newValue }
    }

    /// The summary, with what it derives from the details: `firstPublished` is the earliest dated
    /// update, else the last update.
    public var derivedSummary: EventSummary {
        var summary = summary
        summary.firstPublished = details.updates.lazy.compactMap(\.createdOn).first ?? summary.lastUpdated
        return summary
    }

    /// See `EventSummary.isUpcoming(at:)`.
    public func isUpcoming(at now: UTCTime) -> Bool { summary.isUpcoming(at: now) }

    /// See `EventSummary.isLive(at:)`.
    public func isLive(at now: UTCTime) -> Bool { summary.isLive(at: now) }
}

/// What only an event's page, feed entries and calendar entries show. Kept apart from the summary
/// so that a site holding every full event holds each summary once (in `Site.events`).
public struct EventDetails: Sendable, Hashable {
    /// The description with its paragraphs (blank-line separated) kept.
    public var description: String?
    public var image: Image?
    public var webcasts: [Webcast] = []
    public var infoLinks: [InfoLink] = []
    public var agencies: [Agency] = []
    public var programs: [Program] = []
    public var launches: [Launch] = []
    public var expeditions: [Expedition] = []
    public var astronauts: [Astronaut] = []
    /// Oldest first.
    public var updates: [Update] = []
    /// The event's page on the API.
    public var apiURL: WebURL?

    public init() {}
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
