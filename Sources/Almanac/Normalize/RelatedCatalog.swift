import AlmanacModel

/// The agencies and programs the events embed, each with a unique slug: an agency's comes from its
/// abbreviation when it has one (`agencies/nasa/`), a program's from its name.
enum RelatedCatalog {
    static func agencies(_ records: [Int: Agency]) -> [AgencyProfile] {
        let ids = records.keys.sorted()
        let slugs = SlugAssigner.assign(ids.map { id in
            let agency = records[id]!
            return (id, agency.name, Slug(deriving: agency.abbreviation ?? agency.name, fallback: "agency").rawValue)
        })
        return zip(ids, slugs).map { AgencyProfile(agency: records[$0]!, slug: $1) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    static func programs(_ records: [Int: Program]) -> [ProgramProfile] {
        let ids = records.keys.sorted()
        let slugs = SlugAssigner.assign(ids.map { id in
            (id, records[id]!.name, Slug(deriving: records[id]!.name, fallback: "program").rawValue)
        })
        return zip(ids, slugs).map { ProgramProfile(program: records[$0]!, slug: $1) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
