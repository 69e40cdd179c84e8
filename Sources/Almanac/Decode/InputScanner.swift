/// One record of an input document: where its bytes are and what it holds.
struct InputRecordRange: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case event
        case station
        /// Not an object: it is skipped with a warning.
        case notAnObject(found: String)
    }

    var kind: Kind
    /// Byte offsets of the record's JSON value in its document.
    var start: Int
    var end: Int
    /// Where it stands in the document, for messages: `results[3]`, `[12]`, or `""` for a lone event.
    var path: String
}

/// Finds the records of a Launch Library 2 document without decoding them: an API page
/// (`{"count", "next", "previous", "results": [...]}`), a bare array of records or pages, or a single
/// record. Space station records carry `orbit` or `founded` and never an event `date`. Broken JSON
/// syntax anywhere makes the whole document unusable.
enum InputScanner {
    /// The records of the document in `bytes`.
    static func records(in bytes: UnsafeBufferPointer<UInt8>) throws(JSONFailure) -> [InputRecordRange] {
        var found: [InputRecordRange] = []
        try scan(bytes) { found.append($0) }
        return found
    }

    /// Hands `found` each record of the document in `bytes` as the scan reaches its end.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, found: (InputRecordRange) -> Void) throws(JSONFailure) {
        var reader = JSONReader(bytes)
        try scanValue(&reader, path: "", topLevel: true, found: found)
        reader.skipWhitespace()
        guard reader.position == bytes.count else {
            throw JSONFailure.syntax("unexpected data after the JSON value", at: reader.position)
        }
    }

    private static func scanValue(_ reader: inout JSONReader, path: String, topLevel: Bool,
                                  found: (InputRecordRange) -> Void) throws(JSONFailure) {
        let kind = try reader.peek()
        let start = reader.position
        switch kind {
        case .array where topLevel:
            try reader.elements { (reader, index) throws(JSONFailure) in
                try scanValue(&reader, path: path + "[\(index)]", topLevel: false, found: found)
            }
        case .object:
            try scanObject(&reader, start: start, path: path, found: found)
        default:
            try reader.skipValue()
            found(InputRecordRange(kind: .notAnObject(found: kind.rawValue), start: start, end: reader.position, path: path))
        }
    }

    /// One pass over an object: an API page's `results` are scanned as records as they come (so a
    /// huge page is never read twice); any other object is one record, a station when it carries
    /// `orbit` or `founded` and no event `date`.
    private static func scanObject(_ reader: inout JSONReader, start: Int, path: String,
                                   found: (InputRecordRange) -> Void) throws(JSONFailure) {
        var isPage = false, orbit = false, date = false
        let prefix = path.isEmpty ? "results" : path + ".results"
        try reader.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "results" where try reader.peek() == .array:
                isPage = true
                try reader.elements { (reader, index) throws(JSONFailure) in
                    try scanValue(&reader, path: prefix + "[\(index)]", topLevel: false, found: found)
                }
                return
            case "orbit", "founded": orbit = true
            case "date": date = true
            default: break
            }
            try reader.skipValue()
        }
        guard !isPage else { return }
        let kind: InputRecordRange.Kind = orbit && !date ? .station : .event
        found(InputRecordRange(kind: kind, start: start, end: reader.position, path: path))
    }
}
