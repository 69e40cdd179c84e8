import AlmanacMarkup

/// A space station seen in the data, with what the station lists add.
public struct Station: Sendable, Hashable, Identifiable {
    public var id: StationID
    public var name: String
    public var slug: Slug
    public var status: String?
    public var kind: String?
    public var orbit: String?
    public var founded: UTCTime?
    public var deorbited: UTCTime?
    public var description: String?
    public var image: Image?
    public var owners: [String]
    /// Indexes into `Site.events`, in the site's chronological order.
    public var eventIndexes: [Int]

    public init(id: StationID, name: String, slug: Slug) {
        self.id = id
        self.name = name
        self.slug = slug
        owners = []
        eventIndexes = []
    }

    public var ref: StationRef { StationRef(id: id, name: name, slug: slug) }
}

/// An event type with its events.
public struct EventType: Sendable, Hashable, Identifiable {
    public var id: EventTypeID
    public var name: String
    public var slug: Slug
    /// Indexes into `Site.events`, in the site's chronological order.
    public var eventIndexes: [Int]

    public init(id: EventTypeID, name: String, slug: Slug, eventIndexes: [Int] = []) {
        self.id = id
        self.name = name
        self.slug = slug
        self.eventIndexes = eventIndexes
    }

    public var ref: EventTypeRef { EventTypeRef(id: id, name: name, slug: slug) }
}
