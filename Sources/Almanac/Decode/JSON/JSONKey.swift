import Glibc

/// An object member's name, read without making a `String`: `switch key { case "id": … }` compares
/// its bytes with the literal. A name with escapes (rare) is decoded into its own bytes.
struct JSONKey: CustomStringConvertible {
    private enum Storage {
        case slice(UnsafeBufferPointer<UInt8>)
        case decoded([UInt8])
    }

    private let storage: Storage

    init(slice: UnsafeBufferPointer<UInt8>) { storage = .slice(slice) }

    init(decoded: String) { storage = .decoded(Array(decoded.utf8)) }

    var description: String {
        switch storage {
        case .slice(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .decoded(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    @inline(__always)
    static func ~= (pattern: StaticString, key: JSONKey) -> Bool { key == pattern }

    @inline(__always)
    static func == (key: JSONKey, literal: StaticString) -> Bool {
        switch key.storage {
        case .slice(let bytes):
            return bytes.count == literal.utf8CodeUnitCount && (bytes.isEmpty || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
        case .decoded(let bytes):
            return bytes.count == literal.utf8CodeUnitCount
                && bytes.withUnsafeBufferPointer { $0.isEmpty || memcmp($0.baseAddress!, literal.utf8Start, $0.count) == 0 }
        }
    }
}
