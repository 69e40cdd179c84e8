import AlmanacModel

/// The normalize stage's output: the site model and what was noticed on the way.
struct NormalizedSite: Sendable {
    var site: Site
    var warnings: [String]
}

/// Turns decoded records into the view model: events merged by id, event types and space stations
/// with their events, unique path-safe slugs, and a chronological order.
struct EventNormalizer {
    var config: SiteConfig

    func normalize(_ input: DecodedInput) -> NormalizedSite {
        let apiEvents = EventMerger.merge(input.events)
        let types = eventTypes(of: apiEvents)
        var stations = StationCatalog.stations(embeddedIn: apiEvents, listed: input.stations)
        var mapper = EventMapper(
            typeRefs: Dictionary(uniqueKeysWithValues: types.map { ($0.id, $0.ref) }),
            stationRefs: Dictionary(uniqueKeysWithValues: stations.map { ($0.id, $0.ref) }))
        let slugs = SlugAssigner.assign(apiEvents.map { ($0.id, $0.displayName, $0.slug) })
        var events = zip(apiEvents, slugs).map { mapper.event($0, slug: $1) }
        events.sort(by: EventNormalizer.chronological)
        let site = Site(
            config: config, events: events,
            types: EventNormalizer.indexed(types, events: events, key: { [$0.type.id] }),
            stations: EventNormalizer.indexed(stations.sorted(by: { $0.name < $1.name }), events: events,
                                              key: { $0.stations.map(\.id) }))
        stations.removeAll()
        return NormalizedSite(site: site, warnings: mapper.warnings)
    }

    /// One type per id, named as its most recently updated event names it, slugged from the name.
    private func eventTypes(of events: [APIEvent]) -> [EventType] {
        var names: [EventTypeID: (name: String, updated: Int64)] = [:]
        for event in events {
            let updated = event.lastUpdated?.value.secondsSince1970 ?? .min
            let name = event.type?.name.cleaned ?? "Other"
            if let current = names[event.typeID], current.updated >= updated { continue }
            names[event.typeID] = (name, updated)
        }
        let ids = names.keys.sorted()
        let slugs = SlugAssigner.assign(ids.map { ($0.rawValue, names[$0]!.name, Slug(deriving: names[$0]!.name, fallback: "type").rawValue) })
        return zip(ids, slugs).map { EventType(id: $0, name: names[$0]!.name, slug: $1) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Dated events by instant then id; undated events last, by id.
    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return (x.instant, a.id) < (y.instant, b.id)
        case (nil, nil): return a.id < b.id
        case (_?, nil): return true
        case (nil, _?): return false
        }
    }

    /// Fills each item's `eventIndexes` in one pass over the events.
    private static func indexed<Item: Identifiable & IndexedByEvents>(
        _ items: [Item], events: [Event], key: (Event) -> [Item.ID]
    ) -> [Item] {
        var position = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0) })
        var items = items
        for (index, event) in events.enumerated() {
            for id in key(event) {
                guard let at = position[id] else { continue }
                items[at].eventIndexes.append(index)
            }
        }
        position.removeAll()
        return items
    }
}

/// Something that lists the indexes of its events in `Site.events`.
protocol IndexedByEvents {
    var eventIndexes: [Int] { get set }
}

extension EventType: IndexedByEvents {}
extension Station: IndexedByEvents {}
