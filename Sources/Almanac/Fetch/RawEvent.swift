import AlmanacModel
import Foundation

/// One event exactly as the API sent it, with the two fields that merging needs.
struct RawEvent: Sendable {
    var id: Int
    var lastUpdated: UTCTime?
    /// The event's JSON object, byte for byte as received.
    var json: ArraySlice<UInt8>

    /// Whether this record should replace `other`: the newer `last_updated` wins, and on a tie the
    /// one fetched later (this one).
    func supersedes(_ other: RawEvent) -> Bool {
        (lastUpdated?.secondsSince1970 ?? .min) >= (other.lastUpdated?.secondsSince1970 ?? .min)
    }

    /// The events of a JSON array (the one under `key` in the top-level object, or the top level
    /// itself), paired with their already decoded `stamps`; records without an id are left out.
    static func slice(_ bytes: [UInt8], under key: String?, stamps: [EventStamp]) throws -> [RawEvent] {
        guard let ranges = JSONSlicer.elements(of: bytes, under: key), ranges.count == stamps.count else {
            throw AlmanacError("its list of events could not be delimited")
        }
        return zip(stamps, ranges).compactMap { stamp, range in
            stamp.id.map { RawEvent(id: $0, lastUpdated: stamp.lastUpdated, json: bytes[range]) }
        }
    }
}

/// The fields of an event that merging reads.
struct EventStamp: Decodable, Sendable {
    var id: Int?
    var lastUpdated: UTCTime?

    init(from decoder: Decoder) throws {
        let keys = try decoder.container(keyedBy: Keys.self)
        id = try? keys.decode(Int.self, forKey: .id)
        lastUpdated = (try? keys.decode(String.self, forKey: .last_updated)).flatMap(UTCTime.init(iso8601:))
    }

    private enum Keys: String, CodingKey { case id, last_updated }
}
