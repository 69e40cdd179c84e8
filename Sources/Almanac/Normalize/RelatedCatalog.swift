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
    /// This record, with its missing fields taken from `other`.
    func filling(from other: Agency) -> Agency {
        var merged = self
        merged.abbreviation = abbreviation ?? other.abbreviation
        merged.kind = kind ?? other.kind
        merged.countryCode = countryCode ?? other.countryCode
        merged.logoURL = logoURL ?? other.logoURL
        merged.description = description ?? other.description
        merged.infoURL = infoURL ?? other.infoURL
        merged.wikiURL = wikiURL ?? other.wikiURL
        return merged
    }
}

extension Program {
    /// This record, with its missing fields taken from `other`.
    func filling(from other: Program) -> Program {
        var merged = self
        merged.kind = kind ?? other.kind
        merged.description = description ?? other.description
        merged.image = image ?? other.image
        merged.infoURL = infoURL ?? other.infoURL
        merged.wikiURL = wikiURL ?? other.wikiURL
        merged.start = start ?? other.start
        merged.end = end ?? other.end
        if agencies.isEmpty { merged.agencies = other.agencies }
        return merged
    }
}
