import AlmanacModel

/// Turns decoded records into the view model: events merged by id, event types and space stations
/// with their events, unique path-safe slugs, and a chronological order. Full events are the ones
/// decoding kept (`StoredEvents`) or, for larger inputs, read again from the input one at a time
/// when a page needs them (`RecordedEvents`).
struct EventNormalizer {
    var config: SiteConfig

    /// The site model. (What is noticed about single events is said while decoding, where each
    /// record is mapped.)
    func normalize(_ input: DecodedInput) -> Site {
        let records = input.events
        let winners = EventMerger.winners(records)
        let types = eventTypes(of: winners, in: records)
        let stations = StationCatalog.stations(embedded: input.embeddedStations, listed: input.stations)
        let typeRefs = Dictionary(uniqueKeysWithValues: types.map { ($0.id, $0.ref) })
        let stationRefs = Dictionary(uniqueKeysWithValues: stations.map { ($0.id.rawValue, $0.ref) })
        let agencies = RelatedCatalog.agencies(input.agencies)
        let programs = RelatedCatalog.programs(input.programs)
        let agencyRefs = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0.ref) })
        let programRefs = Dictionary(uniqueKeysWithValues: programs.map { ($0.id, $0.ref) })
        let slugs = SlugAssigner.assign(winners.map { (records[$0].summary.id.rawValue, records[$0].summary.name, records[$0].apiSlug) })
        var (agencyLists, programLists) = (SharedLists<AgencyRef>(), SharedLists<ProgramRef>())
        let unordered = zip(winners, slugs).map { index, slug in
            var summary = records[index].summary
            summary.slug = slug
            summary.type = typeRefs[summary.type.id]!
            summary.stations = records[index].stationIDs.compactMap { stationRefs[$0] }.uniqued()
            summary.agencies = agencyLists.shared(summary.agencies.compactMap { agencyRefs[$0.id] })
            summary.programs = programLists.shared(summary.programs.compactMap { programRefs[$0.id] })
            return summary
        }
        // Indexes are sorted, not the events: moving summaries (let alone full events) costs more.
        let order = unordered.indices.sorted { EventNormalizer.chronological(unordered[$0], unordered[$1]) }
        let summaries = order.map { unordered[$0] }
        let details = EventNormalizer.detailSource(summaries, records: order.map { winners[$0] }, of: input)
        return Site(
            config: config, events: summaries,
            types: EventNormalizer.indexed(types, events: summaries, key: { [$0.type.id] }),
            stations: EventNormalizer.indexed(stations.sorted(by: { $0.name < $1.name }), events: summaries,
                                              key: { $0.stations.map(\.id) }),
            agencies: EventNormalizer.indexed(agencies, events: summaries, key: { $0.agencies.map(\.id) })
                .filter { !$0.eventIndexes.isEmpty },
            programs: EventNormalizer.indexed(programs, events: summaries, key: { $0.programs.map(\.id) })
                .filter { !$0.eventIndexes.isEmpty },
            details: details)
    }

    /// The full events kept from decoding, when there are; else the records to read them from.
    private static func detailSource(_ summaries: [EventSummary], records: [Int], of input: DecodedInput) -> any EventDetailSource {
        guard input.keepsDetails else {
            return RecordedEvents(summaries: summaries, locations: records.map { input.events[$0].location }, sources: input.sources)
        }
        return StoredEvents(summaries: summaries, details: records.map { input.events[$0].details! })
    }

    /// One type per id, named as its most recently updated event names it, slugged from the name.
    private func eventTypes(of winners: [Int], in records: [DecodedEvent]) -> [EventType] {
        var names: [Int: (name: String, updated: Int64)] = [:]
        for index in winners {
            let summary = records[index].summary
            let updated = summary.lastUpdated?.secondsSince1970 ?? .min
            if let current = names[summary.type.id.rawValue], current.updated >= updated { continue }
            names[summary.type.id.rawValue] = (summary.type.name, updated)
        }
        return SlugAssigner.slugged(names, name: \.name, preferring: \.name, fallback: "type")
            .map { EventType(id: EventTypeID($0.id), name: $0.item.name, slug: $0.slug) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Dated events by instant then id; undated events last, by id.
    static func chronological(_ a: EventSummary, _ b: EventSummary) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return (x.instant, a.id) < (y.instant, b.id)
        case (nil, nil): return a.id < b.id
        case (_?, nil): return true
        case (nil, _?): return false
        }
    }

    /// Fills each item's `eventIndexes` in one pass over the events.
    private static func indexed<Item: Identifiable & IndexedByEvents>(
        _ items: [Item], events: [EventSummary], key: (EventSummary) -> [Item.ID]
    ) -> [Item] {
        let position = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0) })
        var items = items
        for (index, event) in events.enumerated() {
            for id in key(event) {
                guard let at = position[id] else { continue }
                items[at].eventIndexes.append(index)
            }
        }
        return items
    }
}

/// Something that lists the indexes of its events in `Site.events`.
protocol IndexedByEvents {
    var eventIndexes: [Int] { get set }
}

extension EventType: IndexedByEvents {}
extension Station: IndexedByEvents {}
extension AgencyProfile: IndexedByEvents {}
extension ProgramProfile: IndexedByEvents {}
