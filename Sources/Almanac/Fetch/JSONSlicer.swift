/// Finds where each element of a JSON array starts and ends, in text a JSON parser has already
/// accepted, so events can be stored exactly as the API sent them instead of re-serialized (which
/// could reorder keys or reformat numbers).
struct JSONSlicer {
    private let bytes: [UInt8]
    private var position = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The elements of the top-level array, or of the array under `key` in the top-level object.
    static func elements(of bytes: [UInt8], under key: String? = nil) -> [Range<Int>]? {
        var slicer = JSONSlicer(bytes)
        if let key, !slicer.moveToValue(of: Array(key.utf8)) { return nil }
        return slicer.arrayElements()
    }

    private mutating func moveToValue(of key: [UInt8]) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        while let name = string() {
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            if bytes[(name.lowerBound + 1)..<(name.upperBound - 1)].elementsEqual(key) { return true }
            guard value() != nil, take(UInt8(ascii: ",")) else { return false }
        }
        return false
    }

    private mutating func arrayElements() -> [Range<Int>]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var ranges: [Range<Int>] = []
        if take(UInt8(ascii: "]")) { return ranges }
        repeat {
            skipSpace()
            guard let range = value() else { return nil }
            ranges.append(range)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? ranges : nil
    }

    /// Skips one value of any kind and returns where it was.
    private mutating func value() -> Range<Int>? {
        skipSpace()
        guard position < bytes.count else { return nil }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return container(from: start)
        default:
            while position < bytes.count, !JSONSlicer.scalarEnds.contains(bytes[position]) { position += 1 }
            return start..<position
        }
    }

    /// Skips an object or array, nested ones and strings with brackets inside included.
    private mutating func container(from start: Int) -> Range<Int>? {
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                guard string() != nil else { return nil }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
            position += 1
            if depth == 0 { return start..<position }
        }
        return nil
    }

    /// Skips a string (quotes included) and returns where it was.
    private mutating func string() -> Range<Int>? {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        let start = position
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): position += 1; return start..<position
            default: position += 1
            }
        }
        return nil
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.count, JSONSlicer.space.contains(bytes[position]) { position += 1 }
    }

    private static let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    private static let scalarEnds: Set<UInt8> = space.union([UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")])
}
