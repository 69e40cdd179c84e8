import AlmanacMarkup
import AlmanacModel

/// `search/index.json`: what the search page's script needs to find events by words, type, station,
/// agency, program and year, and nothing more (no descriptions), written without whitespace.
///
/// `types`, `stations`, `agencies` and `programs` list `[name, slug]` (agencies `[name, slug,
/// abbreviation]`); each event is `[id, name, slug, when, year, type, stations, agencies, programs]`,
/// where `when` is the date as the pages show it, `year` is 0 for an undated event, `type` is a
/// position in `types`, the last three are positions in their lists, and empty lists at the end are
/// left out. The first `upcoming` events are those upcoming at `--now`, soonest first; the rest are
/// past, most recent first.
public enum SearchIndex {
    /// Where the index lives.
    public static let path = "search/index.json"

    /// The field names of an event, in order.
    static let fields = ["id", "name", "slug", "when", "year", "type", "stations", "agencies", "programs"]

    /// The index as compact JSON, UTF-8; each event's entry is built and written in turn.
    public static func utf8Bytes(_ site: Site) -> ByteBuffer {
        let upcoming = site.upcoming(site.allIndexes)
        let facets = Facets(site)
        let header: [JSON.Member] = [
            JSON.Member("version", .number(1)),
            JSON.Member("fields", .strings(fields)),
            JSON.Member("upcoming", .number(upcoming.count)),
            JSON.Member("types", .array(site.types.map { [.string($0.name), .string($0.slug.rawValue)] })),
            JSON.Member("stations", .array(site.stations.map { [.string($0.name), .string($0.slug.rawValue)] })),
            JSON.Member("agencies", .array(site.agencies.map { profile -> JSON in
                .array([.string(profile.name), .string(profile.slug.rawValue)] + (profile.agency.abbreviation.map { [.string($0)] } ?? []))
            })),
            JSON.Member("programs", .array(site.programs.map { [.string($0.name), .string($0.slug.rawValue)] })),
        ]
        let order = [upcoming, site.past(site.allIndexes)].joined()
        return JSON.compactObject(header, thenArray: "events", of: order.lazy.map { facets.entry(site.events[$0]) })
    }

    /// Positions of each type, station, agency and program in the index's lists.
    private struct Facets {
        let types: [EventTypeID: Int]
        let stations: [StationID: Int]
        let agencies: [AgencyID: Int]
        let programs: [ProgramID: Int]

        init(_ site: Site) {
            types = Facets.positions(site.types.map(\.id))
            stations = Facets.positions(site.stations.map(\.id))
            agencies = Facets.positions(site.agencies.map(\.id))
            programs = Facets.positions(site.programs.map(\.id))
        }

        func entry(_ event: EventSummary) -> JSON {
            var fields: [JSON] = [.number(event.id.rawValue), .string(event.name), .string(event.slug.rawValue),
                                  .string(event.dateText), .number(event.date?.instant.civilDate.year ?? 0),
                                  .number(types[event.type.id] ?? -1)]
            let lists: [[Int]] = [event.stations.compactMap { stations[$0.id] }, event.agencies.compactMap { agencies[$0.id] },
                                  event.programs.compactMap { programs[$0.id] }]
            let used = (lists.lastIndex { !$0.isEmpty } ?? -1) + 1
            fields += lists.prefix(used).map { .array($0.map(JSON.number)) }
            return .array(fields)
        }

        private static func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
