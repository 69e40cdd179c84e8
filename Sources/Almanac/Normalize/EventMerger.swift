import AlmanacModel

/// Keeps one record per event id: the newest `last_updated` wins; on a tie the richer response
/// mode (detailed over normal over list), then the later record in the input.
enum EventMerger {
    /// The winning records, by id.
    static func merge(_ events: [DecodedEvent]) -> [DecodedEvent] {
        var newest: [EventID: Int] = [:]
        newest.reserveCapacity(events.count)
        for (index, candidate) in events.enumerated() {
            if let current = newest[candidate.summary.id], !candidate.supersedes(events[current]) { continue }
            newest[candidate.summary.id] = index
        }
        return newest.values.sorted { events[$0].summary.id < events[$1].summary.id }.map { events[$0] }
    }
}

extension DecodedEvent {
    fileprivate func supersedes(_ other: DecodedEvent) -> Bool {
        let mine = (summary.lastUpdated?.secondsSince1970 ?? .min, modeRank, order)
        let theirs = (other.summary.lastUpdated?.secondsSince1970 ?? .min, other.modeRank, other.order)
        return mine > theirs
    }
}
