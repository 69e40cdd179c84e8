/// Events by id, merged so that the newest `last_updated` wins.
struct EventSet: Sendable {
    private(set) var byID: [Int: RawEvent] = [:]

    init() {}

    /// Reads the cache's event file: a JSON array of events as the API sent them.
    init(json bytes: [UInt8]) throws {
        do throws(JSONFailure) {
            insert(try RawEvent.events(in: bytes).events)
        } catch {
            throw AlmanacError(error.message)
        }
    }

    var count: Int { byID.count }

    /// Merges `events` in order and returns how many of them added or changed an event.
    @discardableResult
    mutating func insert(_ events: [RawEvent]) -> Int {
        var changed = 0
        for event in events {
            if let current = byID[event.id] {
                guard event.supersedes(current), event.json != current.json else { continue }
            }
            byID[event.id] = event
            changed += 1
        }
        return changed
    }

    /// A JSON array of the events sorted by id, one per line, each exactly as received; the
    /// build reads it like any other `--from` file.
    var json: [UInt8] {
        var bytes: [UInt8] = Array("[\n".utf8)
        for (index, id) in byID.keys.sorted().enumerated() {
            if index > 0 { bytes += Array(",\n".utf8) }
            bytes += byID[id]!.json
        }
        return bytes + Array("\n]\n".utf8)
    }
}
