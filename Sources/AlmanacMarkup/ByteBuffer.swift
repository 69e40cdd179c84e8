/// Growable bytes, the buffer every template and escaper writes into. An append is a uniqueness
/// check, a capacity check and a `memcpy`: `Array.append(contentsOf:)` costs about 100 instructions
/// a call through its generic sequence path, and a site of 10,000 events makes 6 million appends.
/// A value type with copy-on-write, like `Array` (hence safe to send); one allocation holds the count
/// and the bytes.
public struct ByteBuffer: @unchecked Sendable, Hashable {
    private var storage: Storage?

    /// No bytes, and no allocation.
    public init() {}

    /// A copy of `bytes`.
    public init(_ bytes: some Collection<UInt8>) {
        self.init(capacity: bytes.count)
        append(contentsOf: bytes)
    }

    /// No bytes yet, with room for `capacity`.
    public init(capacity: Int) {
        if capacity > 0 { storage = Storage.make(capacity: capacity) }
    }

    /// The number of bytes.
    public var count: Int { storage?.withUnsafeMutablePointerToHeader { $0.pointee.count } ?? 0 }

    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the bytes, valid only during the call.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(UnsafeRawBufferPointer($0)) }
    }

    /// Calls `body` with the bytes, valid only during the call.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let storage else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try storage.withUnsafeMutablePointers { header, bytes in
            try body(UnsafeBufferPointer(start: bytes, count: header.pointee.count))
        }
    }

    /// Keeps the first `newCount` bytes and drops the rest, keeping the capacity.
    public mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "count out of range")
        guard newCount < count else { return }
        if !isKnownUniquelyReferenced(&storage) { grow(toHold: count, count: count) }
        storage.unsafelyUnwrapped.withUnsafeMutablePointerToHeader { $0.pointee.count = newCount }
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let extra = bytes.count
        guard extra > 0 else { return }
        let count = self.count
        if !hasRoom(for: extra, count: count) { grow(toHold: count + extra, count: count) }
        storage.unsafelyUnwrapped.withUnsafeMutablePointers { header, start in
            UnsafeMutableRawPointer(start + count).copyMemory(from: bytes.baseAddress.unsafelyUnwrapped, byteCount: extra)
            header.pointee.count = count + extra
        }
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(UnsafeRawBufferPointer(bytes)) }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        let count = self.count
        if !hasRoom(for: 1, count: count) { grow(toHold: count + 1, count: count) }
        storage.unsafelyUnwrapped.withUnsafeMutablePointers { header, start in
            start[count] = byte
            header.pointee.count = count + 1
        }
    }

    /// Appends a literal's UTF-8 bytes.
    @inline(__always)
    public mutating func append(_ literal: StaticString) {
        append(UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends any bytes.
    public mutating func append(contentsOf bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ append($0) }) == nil { Array(bytes).withUnsafeBufferPointer { append($0) } }
    }

    /// Appends another buffer's bytes.
    public mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBytes { append($0) }
    }

    /// Appends a string's UTF-8 bytes, unchanged. (Disfavoured, so that a literal is appended as the
    /// `StaticString` it can be, with no `String` made.)
    @_disfavoredOverload
    public mutating func append(_ string: String) {
        string.withUTF8Bytes { append($0) }
    }

    @inline(__always)
    private mutating func hasRoom(for extra: Int, count: Int) -> Bool {
        guard storage != nil, isKnownUniquelyReferenced(&storage) else { return false }
        return storage.unsafelyUnwrapped.withUnsafeMutablePointerToHeader { $0.pointee.capacity } - count >= extra
    }

    /// Moves the bytes to storage of their own that holds `needed` with half as much again to spare,
    /// at least doubling. (Growing to `needed` exactly, a page that appended its body grew again at
    /// the next line, copying the whole page.)
    private mutating func grow(toHold needed: Int, count: Int) {
        let old = storage?.withUnsafeMutablePointerToHeader { $0.pointee.capacity } ?? 0
        let capacity = Swift.max(needed + needed / 2, 2 * old, 64)
        let new = Storage.make(capacity: capacity)
        withUnsafeBytes { old in
            new.withUnsafeMutablePointers { header, start in
                if count > 0 { UnsafeMutableRawPointer(start).copyMemory(from: old.baseAddress!, byteCount: count) }
                header.pointee.count = count
            }
        }
        storage = new
    }

    public static func == (lhs: ByteBuffer, rhs: ByteBuffer) -> Bool {
        lhs.withUnsafeBytes { left in rhs.withUnsafeBytes { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// The count and capacity, then the bytes, in one allocation. Reached only through pointers:
    /// its `header` property would be checked for exclusive access at run time on every append.
    private final class Storage: ManagedBuffer<(count: Int, capacity: Int), UInt8> {
        static func make(capacity: Int) -> Storage {
            let buffer = Storage.create(minimumCapacity: capacity) { _ in (0, capacity) }
            return unsafeDowncast(buffer, to: Storage.self)
        }
    }
}

extension ByteBuffer: ExpressibleByArrayLiteral {
    public init(arrayLiteral bytes: UInt8...) { self.init(bytes) }
}

extension ByteBuffer: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "index out of range")
        return withUnsafeBufferPointer { $0[index] }
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }
}
