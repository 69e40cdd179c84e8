import Glibc

/// Values decoded before, by the exact bytes of their JSON: events repeat the same programs,
/// agencies and stations again and again, and the same bytes always decode to the same value.
/// It keeps its own copy of the bytes it remembers, so it may outlive the documents it has read.
struct JSONMemo<Value: JSONReadable> {
    private var values: [RawJSON: Value] = [:]

    /// The next value, decoded, or taken from an earlier value with the same bytes.
    mutating func value(_ reader: inout JSONReader) throws(JSONFailure) -> Value {
        _ = try reader.peek()
        let start = reader.position
        guard (try? reader.skipValue()) != nil else {
            reader.position = start
            return try Value(json: &reader)
        }
        let seen = UnsafeBufferPointer(rebasing: reader.bytes[start..<reader.position])
        if let value = values[RawJSON(seen)] { return value }
        reader.position = start
        let value = try Value(json: &reader)
        if reader.position == start + seen.count { values[RawJSON(copying: seen)] = value }
        return value
    }
}

/// The bytes of one JSON value, compared and hashed byte for byte: a key that is looked up points
/// into the document; a key that is stored owns a copy (and keeps it alive).
private struct RawJSON: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let owner: OwnedBytes?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        owner = nil
    }

    init(copying bytes: UnsafeBufferPointer<UInt8>) {
        let owner = OwnedBytes(copying: bytes)
        self.owner = owner
        self.bytes = UnsafeBufferPointer(owner.memory)
    }

    static func == (a: RawJSON, b: RawJSON) -> Bool {
        a.bytes.count == b.bytes.count && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    /// The length and the two ends: cheap for values of a few kilobytes, and equal values are
    /// still told apart by `==`.
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        let ends = min(bytes.count, 64)
        hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<ends])))
        hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(bytes.count - ends)...])))
    }
}

/// A copy of some bytes at a fixed address, freed with its last reference.
private final class OwnedBytes {
    let memory: UnsafeMutableBufferPointer<UInt8>

    init(copying bytes: UnsafeBufferPointer<UInt8>) {
        memory = .allocate(capacity: bytes.count)
        _ = memory.initialize(from: bytes)
    }

    deinit { memory.deallocate() }
}

extension JSONReader {
    /// A list of nested objects that may be null, each taken from `memo` when it was seen before.
    mutating func list<T>(_ key: JSONKey, reusing memo: inout JSONMemo<T>) throws(JSONFailure) -> [T]? {
        try list(key) { (reader) throws(JSONFailure) in try memo.value(&reader) }
    }
}
