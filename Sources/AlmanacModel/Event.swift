import AlmanacMarkup

/// One spaceflight event with everything its page shows: its `summary` (read through as if its
/// fields were the event's own, `event.name`) and the details only its page, feed items and calendar
/// entries need. Every string is still untrusted text (templates escape it); every link is a checked
/// http(s) URL.
@dynamicMemberLookup
public struct Event: Sendable, Hashable, Identifiable {
    public var summary: EventSummary
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

    public init(summary: EventSummary) { self.summary = summary }

    public init(id: EventID, slug: Slug, name: String, type: EventTypeRef) {
        summary = EventSummary(id: id, slug: slug, name: name, type: type)
    }

    public var id: EventID { summary.id }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<EventSummary, Value>) -> Value {
        get { summary[keyPath: keyPath] }
        set { summary[keyPath: keyPath] = newValue }
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<EventSummary, Value>) -> Value {
        summary[keyPath: keyPath]
    }

    /// The summary, with what it derives from the details: `firstPublished` is the earliest dated
    /// update, else the last update.
    public var derivedSummary: EventSummary {
        var summary = summary
        summary.firstPublished = updates.lazy.compactMap(\.createdOn).first ?? summary.lastUpdated
        return summary
    }

    /// See `EventSummary.isUpcoming(at:)`.
    public func isUpcoming(at now: UTCTime) -> Bool { summary.isUpcoming(at: now) }

    /// See `EventSummary.isLive(at:)`.
    public func isLive(at now: UTCTime) -> Bool { summary.isLive(at: now) }
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
