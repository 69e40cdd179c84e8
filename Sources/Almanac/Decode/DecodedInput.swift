import AlmanacModel

/// The decode stage's output: for every event record, what normalizing needs and where the record
/// is, so its page can read it again; the station records; and one warning per record that could
/// not be used. Full events are kept only while the input is small enough
/// (`InputReader.keptInputBytes`): past it they would not fit in memory.
struct DecodedInput: Sendable {
    var sources: [InputSource] = []
    var events: [DecodedEvent] = []
    /// Records of station lists (`/space_stations/`).
    var stations: [APIStation] = []
    /// Stations embedded in events, the first record of each.
    var embeddedStations: [Int: APIStation] = [:]
    /// Agencies and programs embedded in events: the first record of each, with the fields it
    /// lacks taken from later ones.
    var agencies: [Int: Agency] = [:]
    var programs: [Int: Program] = [:]
    var warnings: [String] = []
    var skippedEvents = 0
    /// True while every event keeps its full event (see `InputReader.keptInputBytes`).
    private(set) var keepsDetails = true

    /// Drops every kept full event: the input is too large to hold them.
    mutating func dropDetails() {
        keepsDetails = false
        for index in events.indices { events[index].details = nil }
    }
}

/// One event record, reduced to what merging, slugs and lists need.
struct DecodedEvent: Sendable {
    /// The event, with placeholder slugs and no station references yet.
    var summary: EventSummary
    /// The API's own slug, used when it is safe and unique.
    var apiSlug: String?
    var stationIDs: [Int]
    /// 2 for `detailed`, 1 for `normal` or unknown, 0 for `list`.
    var modeRank: Int
    var location: RecordLocation
    /// Position in the whole input, for deterministic tie-breaking.
    var order: Int
    /// The event's details (its summary is `summary`), kept while the input is small enough
    /// (`InputReader.keptInputBytes`) that reading it again for its page would cost more than
    /// holding it.
    var details: EventDetails?
}

/// Where a record's bytes are.
struct RecordLocation: Sendable, Hashable {
    var source: Int
    var range: Range<Int>
}
