import AlmanacModel

/// Keeps one record per event id: the newest `last_updated` wins; on a tie the richer response
/// mode (detailed over normal over list), then the later record in the input.
enum EventMerger {
    /// The indexes of the winning records, in id order (indexes, because records are large to copy).
    static func winners(_ events: [DecodedEvent]) -> [Int] {
        var newest: [EventID: Int] = [:]
        newest.reserveCapacity(events.count)
        for index in events.indices {
            let id = events[index].summary.id
            if let current = newest[id], !events[index].supersedes(events[current]) { continue }
            newest[id] = index
        }
        return newest.values.sorted { events[$0].summary.id < events[$1].summary.id }
    }
}

extension DecodedEvent {
    fileprivate func supersedes(_ other: DecodedEvent) -> Bool {
        let mine = (summary.lastUpdated?.secondsSince1970 ?? .min, modeRank, order)
        let theirs = (other.summary.lastUpdated?.secondsSince1970 ?? .min, other.modeRank, other.order)
        return mine > theirs
    }
}
