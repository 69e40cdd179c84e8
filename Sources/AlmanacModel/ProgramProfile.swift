/// A program as events refer to it: enough for lists, facets and links.
public struct ProgramRef: Sendable, Hashable, Identifiable {
    public var id: ProgramID
    public var name: String
    public var slug: Slug

    public init(id: ProgramID, name: String, slug: Slug) {
        self.id = id
        self.name = name
        self.slug = slug
    }
}

/// A program seen in the events, with what the data says of it and its events: its page and feeds.
public struct ProgramProfile: Sendable, Hashable, Identifiable {
    /// Name, kind, dates, description, image, links and agencies, merged from every record.
    public var program: Program
    public var slug: Slug
    /// Indexes into `Site.events`, in the site's chronological order.
    public var eventIndexes: [Int] = []

    public init(program: Program, slug: Slug) {
        self.program = program
        self.slug = slug
    }

    public var id: ProgramID { ProgramID(program.id) }
    public var name: String { program.name }
    public var ref: ProgramRef { ProgramRef(id: id, name: program.name, slug: slug) }
}
