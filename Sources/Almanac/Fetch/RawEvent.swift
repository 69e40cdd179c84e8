import AlmanacModel

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

    /// The events of an API page or a bare array, delimited by the build's own scanner so that the
    /// cache keeps exactly the bytes the build will decode; records that are not events or have no
    /// id are only counted. Throws when the JSON is broken anywhere (a cut-off body, say).
    static func events(in bytes: [UInt8]) throws(JSONFailure) -> (events: [RawEvent], skipped: Int) {
        var events: [RawEvent] = []
        var skipped = 0
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONFailure) in
            for record in try InputScanner.records(in: buffer) {
                var reader = JSONReader(buffer, position: record.start)
                guard record.kind == .event, let (id, updated) = try? stamp(&reader), let id else {
                    skipped += 1
                    continue
                }
                events.append(RawEvent(id: id, lastUpdated: updated, json: bytes[record.start..<record.end]))
            }
        }
        return (events, skipped)
    }

    /// `id` and `last_updated`, the rest skipped.
    private static func stamp(_ reader: inout JSONReader) throws(JSONFailure) -> (Int?, UTCTime?) {
        var id: Int?
        var updated: UTCTime?
        try reader.members { (reader, key) throws(JSONFailure) in
            if key == "id", try reader.peek() == .number {
                id = try reader.int()
            } else if key == "last_updated", try reader.peek() == .string {
                updated = UTCTime(iso8601: try reader.string())
            } else {
                try reader.skipValue()
            }
        }
        return (id, updated)
    }
}
