import AlmanacModel
import Dispatch

/// Decodes records of one document, in parallel, and reduces each event to a `DecodedEvent` right
/// away, so only a window of full events is ever in memory. Each decoder reads its share of the
/// records in turn, reusing the agencies, programs and stations they repeat.
struct RecordDecoder {
    enum Outcome: Sendable {
        /// The event reduced for normalizing, its details in `details`.
        case event(DecodedEvent, stations: [APIStation], warnings: [String])
        case station(APIStation)
        case skipped(String)
    }

    private var parts = RepeatedParts()
    private var mapper: EventMapper

    /// `keepingDetails`: the events' details outlive decoding (see `InputReader.keptInputBytes`).
    init(keepingDetails: Bool) { mapper = EventMapper(sharesStorage: keepingDetails) }

    /// Records per decoder: enough for the repeated parts to be reused, enough chunks for every core.
    private static let chunk = 256

    static func decode(_ records: ArraySlice<InputRecordRange>, in bytes: UnsafeBufferPointer<UInt8>,
                       keepingDetails: Bool) -> [Outcome] {
        guard records.count > chunk else {
            var decoder = RecordDecoder(keepingDetails: keepingDetails)
            return records.map { decoder.decode($0, in: bytes) }
        }
        var outcomes = [Outcome](repeating: .skipped(""), count: records.count)
        let first = records.startIndex
        nonisolated(unsafe) let bytes = bytes
        outcomes.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: (records.count + chunk - 1) / chunk) { part in
                var decoder = RecordDecoder(keepingDetails: keepingDetails)
                for offset in part * chunk..<min(records.count, (part + 1) * chunk) {
                    results[offset] = decoder.decode(records[first + offset], in: bytes)
                }
            }
        }
        return outcomes
    }

    private mutating func decode(_ record: InputRecordRange, in bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var reader = JSONReader(bytes, position: record.start)
        do throws(JSONFailure) {
            switch record.kind {
            case .event: return reduce(try APIEvent(json: &reader, reusing: &parts), record: record)
            case .station: return .station(try APIStation(json: &reader))
            case .notAnObject(let found): throw JSONFailure.type(expected: .object, found: JSONKind(rawValue: found) ?? .null)
            }
        } catch {
            return .skipped(RecordDecoder.warning(for: error, record: record, in: bytes))
        }
    }

    private mutating func reduce(_ api: APIEvent, record: InputRecordRange) -> Outcome {
        let event = mapper.event(api)
        let decoded = DecodedEvent(summary: event.summary, apiSlug: api.slug, stationIDs: (api.spacestations ?? []).map(\.id),
                                   modeRank: api.modeRank, location: RecordLocation(source: 0, range: record.start..<record.end),
                                   order: 0, details: event.details)
        return .event(decoded, stations: api.spacestations ?? [], warnings: mapper.warnings)
    }

    /// `skipped event 12 at results[3].vid_urls[0].start_time: not a date: "soon"`.
    private static func warning(for failure: JSONFailure, record: InputRecordRange, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let what = probeID(record, in: bytes).map { "event \($0)" } ?? "a record"
        let field = failure.dottedPath
        let path = [record.path, field].filter { !$0.isEmpty }.joined(separator: record.path.isEmpty || field.hasPrefix("[") ? "" : ".")
        return "skipped \(what) at \(path.isEmpty ? "top level" : path): \(failure.message)"
    }

    /// The record's numeric `id`, when it has one.
    private static func probeID(_ record: InputRecordRange, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard case .event = record.kind else { return nil }
        var reader = JSONReader(bytes, position: record.start)
        var id: Int?
        try? reader.members { (reader, key) throws(JSONFailure) in
            if key == "id", try reader.peek() == .number { id = try reader.int() } else { try reader.skipValue() }
        }
        return id
    }
}
