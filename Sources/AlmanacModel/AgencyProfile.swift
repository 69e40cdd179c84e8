/// An agency as events refer to it: enough for lists, facets and links.
public struct AgencyRef: Sendable, Hashable, Identifiable {
    public var id: AgencyID
    public var name: String
    public var abbreviation: String?
    public var slug: Slug

    public init(id: AgencyID, name: String, abbreviation: String? = nil, slug: Slug) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.slug = slug
    }
}

/// An agency seen in the events, with what the data says of it and its events: its page and feeds.
public struct AgencyProfile: Sendable, Hashable, Identifiable {
    /// Name, abbreviation, kind, country, logo, description and links, merged from every record.
    public var agency: Agency
    public var slug: Slug
    /// Indexes into `Site.events`, in the site's chronological order.
    public var eventIndexes: [Int] = []

    public init(agency: Agency, slug: Slug) {
        self.agency = agency
        self.slug = slug
    }

    public var id: AgencyID { AgencyID(agency.id) }
    public var name: String { agency.name }
    public var ref: AgencyRef { AgencyRef(id: id, name: agency.name, abbreviation: agency.abbreviation, slug: slug) }
}
