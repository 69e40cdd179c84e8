import AlmanacModel

/// The agencies and programs the events embed, each merged from its records (the first one, its
/// gaps filled by the later ones) and given a unique slug: an agency's comes from its abbreviation
/// when it has one (`agencies/nasa/`), a program's from its name.
enum RelatedCatalog {
    static func agencies(_ records: [Int: Agency]) -> [AgencyProfile] {
        SlugAssigner.slugged(records, name: \.name, preferring: { $0.abbreviation ?? $0.name }, fallback: "agency")
            .map { AgencyProfile(agency: $0.item, slug: $0.slug) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    static func programs(_ records: [Int: Program]) -> [ProgramProfile] {
        SlugAssigner.slugged(records, name: \.name, preferring: \.name, fallback: "program")
            .map { ProgramProfile(program: $0.item, slug: $0.slug) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}

extension Agency {
    /// Takes the fields this record lacks from `other`.
    mutating func fill(from other: Agency) {
        if abbreviation == nil { abbreviation = other.abbreviation }
        if kind == nil { kind = other.kind }
        if countryCode == nil { countryCode = other.countryCode }
        if logoURL == nil { logoURL = other.logoURL }
        if description == nil { description = other.description }
        if infoURL == nil { infoURL = other.infoURL }
        if wikiURL == nil { wikiURL = other.wikiURL }
    }
}

extension Program {
    /// Takes the fields this record lacks from `other`.
    mutating func fill(from other: Program) {
        if kind == nil { kind = other.kind }
        if description == nil { description = other.description }
        if image == nil { image = other.image }
        if infoURL == nil { infoURL = other.infoURL }
        if wikiURL == nil { wikiURL = other.wikiURL }
        if start == nil { start = other.start }
        if end == nil { end = other.end }
        if agencies.isEmpty { agencies = other.agencies }
    }
}
