import AlmanacModel
import Foundation

/// One event of the fake API.
struct StoredEvent {
    var object: [String: Any]
    var id: Int
    var lastUpdated: UTCTime
    var date: UTCTime?
    /// The `detailed` JSON, serialized once so that tests can compare bytes.
    var bytes: [UInt8]

    init(_ object: [String: Any]) throws {
        guard let id = object["id"] as? Int, let updated = (object["last_updated"] as? String).flatMap(UTCTime.init(iso8601:)) else {
            throw AlmanacTestError("fixture event without id or last_updated")
        }
        self.object = object
        self.id = id
        lastUpdated = updated
        date = (object["date"] as? String).flatMap(UTCTime.init(iso8601:))
        bytes = Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// The fields only `mode=detailed` carries.
    static let detailedOnly = ["spacestations", "agencies", "launches", "program", "expeditions", "astronauts"]

    func bytes(mode: String?) -> [UInt8] {
        guard mode != "detailed" else { return bytes }
        let reduced = object.filter { !StoredEvent.detailedOnly.contains($0.key) }
        return Array(try! JSONSerialization.data(withJSONObject: reduced, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}

extension FakeLaunchLibrary {
    /// Every 2.3.0 fixture event that has a `last_updated`, once per id.
    static func fixtureEvents() throws -> [Int: StoredEvent] {
        let files = ["ll2-real/events-previous-2.3.0-detailed-10.json", "ll2-real/events-2.3.0-normal-lldev-7.json",
                     "ll2/list-2.3.0-normal-ordering-date-offset310.json", "ll2/list-2.3.0-normal-ordering-last_updated-offset960.json",
                     "ll2/event-1201-2.3.0-detailed.json", "ll2/event-352-2.3.0-detailed.json"]
        var events: [Int: StoredEvent] = [:]
        for file in files {
            let document = try JSONSerialization.jsonObject(with: try Fixtures.data(file))
            let objects = (document as? [[String: Any]]) ?? ((document as? [String: Any])?["results"] as? [[String: Any]])
                ?? [document as! [String: Any]]
            for object in objects {
                let event = try StoredEvent(object)
                events[event.id] = event
            }
        }
        return events
    }

    /// One page of `/events/` for `query`.
    func page(_ query: [String: String]) -> [UInt8] {
        let limit = min(max(Int(query["limit"] ?? "") ?? 10, 1), maxPageSize)
        let offset = max(Int(query["offset"] ?? "") ?? 0, 0)
        var list = Array(storedEvents.values)
        if let since = query["last_updated__gte"].flatMap(UTCTime.init(iso8601:)) {
            list = list.filter { $0.lastUpdated >= since }
        }
        list.sort(by: FakeLaunchLibrary.order(query["ordering"]))
        let results = list.dropFirst(offset).prefix(limit).map { $0.bytes(mode: query["mode"]) }
        let next = offset + limit < list.count ? link(query, offset: offset + limit, limit: limit) : "null"
        let previous = offset > 0 ? link(query, offset: max(0, offset - limit), limit: limit) : "null"
        var body = Array(#"{"count":\#(list.count),"next":\#(next),"previous":\#(previous),"results":["#.utf8)
        body += Array(results.joined(separator: Array(",".utf8)))
        return body + Array("]}".utf8)
    }

    /// `"http://127.0.0.1:PORT/2.3.0/events/?limit=5&offset=10&…"`, quoted for JSON.
    private func link(_ query: [String: String], offset: Int, limit: Int) -> String {
        var components = URLComponents(url: api.appendingPathComponent("events/"), resolvingAgainstBaseURL: false)!
        var items = query
        items["offset"] = String(offset)
        items["limit"] = String(limit)
        components.queryItems = items.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        return "\"" + components.url!.absoluteString + "\""
    }

    static func order(_ ordering: String?) -> (StoredEvent, StoredEvent) -> Bool {
        switch ordering {
        case "-last_updated": return { ($0.lastUpdated, $0.id) > ($1.lastUpdated, $1.id) }
        case "last_updated": return { ($0.lastUpdated, $0.id) < ($1.lastUpdated, $1.id) }
        case "-date": return { ($0.date ?? .distantPast, $0.id) > ($1.date ?? .distantPast, $1.id) }
        case "date": return { ($0.date ?? .distantFuture, $0.id) < ($1.date ?? .distantFuture, $1.id) }
        default: return { $0.id < $1.id }
        }
    }

    /// Applies a live edit; the caller holds the lock.
    func applyLocked(_ edit: Edit) {
        switch edit {
        case .touch(let id, let time, let name):
            guard var object = storedEvents[id]?.object else { return }
            object["last_updated"] = time.iso8601
            object["name"] = name
            storedEvents[id] = try! StoredEvent(object)
        case .add(let id, let like, let time):
            guard var object = storedEvents[like]?.object else { return }
            object["id"] = id
            object["last_updated"] = time.iso8601
            object["name"] = "New event \(id)"
            storedEvents[id] = try! StoredEvent(object)
        case .delete(let id):
            storedEvents[id] = nil
        }
    }
}

extension UTCTime {
    static let distantPast = UTCTime(secondsSince1970: .min)
    static let distantFuture = UTCTime(secondsSince1970: .max)
}
