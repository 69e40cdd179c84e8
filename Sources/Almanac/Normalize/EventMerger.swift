import AlmanacModel

/// Keeps one record per event id: the newest `last_updated` wins; on a tie the richer response
/// mode (detailed over normal over list), then the later record in the input.
enum EventMerger {
    static func merge(_ events: [SourcedEvent]) -> [APIEvent] {
        var newest: [Int: SourcedEvent] = [:]
        newest.reserveCapacity(events.count)
        for candidate in events {
            if let current = newest[candidate.event.id], !candidate.supersedes(current) { continue }
            newest[candidate.event.id] = candidate
        }
        return newest.values.sorted { $0.event.id < $1.event.id }.map(\.event)
    }
}

extension SourcedEvent {
    fileprivate func supersedes(_ other: SourcedEvent) -> Bool {
        let mine = (event.lastUpdated?.value.secondsSince1970 ?? .min, event.modeRank, order)
        let theirs = (other.event.lastUpdated?.value.secondsSince1970 ?? .min, other.event.modeRank, other.order)
        return mine > theirs
    }
}

extension APIEvent {
    /// 2 for `detailed`, 1 for `normal` or unknown, 0 for `list`.
    var modeRank: Int {
        switch responseMode {
        case "detailed": return 2
        case "list": return 0
        default: return 1
        }
    }
}
