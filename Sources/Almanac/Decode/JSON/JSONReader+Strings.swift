extension JSONReader {
    /// Reads a member name starting at its opening quote, pointing into the bytes when it has no escape.
    mutating func readKey() throws(JSONFailure) -> JSONKey {
        let start = position + 1
        var end = plainRunEnd(from: start)
        while end < bytes.count, bytes[end] < 0x20 { end = plainRunEnd(from: end + 1) }  // names are not checked
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            position = end + 1
            return JSONKey(slice: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        return JSONKey(decoded: try readStringBody())
    }

    /// The bytes of a string value without escapes or control characters, its quotes consumed;
    /// nil (with the position left anywhere) for any other string, which `string()` then reads.
    mutating func plainStringBytes() throws(JSONFailure) -> UnsafeBufferPointer<UInt8>? {
        let kind = try peek()
        guard kind == .string else { throw JSONFailure.type(expected: .string, found: kind) }
        let start = position + 1
        let end = plainRunEnd(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        position = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Reads a string starting at its opening quote; escapes are decoded, invalid UTF-8 and lone
    /// surrogates become U+FFFD.
    mutating func readStringBody() throws(JSONFailure) -> String {
        let start = position + 1
        position = plainRunEnd(from: start)
        guard position < bytes.count else { throw JSONFailure.syntax("unterminated string", at: start - 1) }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
        case UInt8(ascii: "\\"):
            return try readEscapedString(from: start)
        default:
            throw JSONFailure.syntax("control character in a string", at: position)
        }
    }

    /// Skips a string starting at its opening quote.
    mutating func skipStringBody() throws(JSONFailure) {
        position = try stringEnd(quote: position)
    }

    /// Where the string that opens at `quote` ends (just past its closing quote); a backslash
    /// skips the byte after it. The string is not checked further.
    func stringEnd(quote: Int) throws(JSONFailure) -> Int {
        var index = quote + 1
        while true {
            index = plainRunEnd(from: index)
            guard index < bytes.count else { throw JSONFailure.syntax("unterminated string", at: quote) }
            switch bytes[index] {
            case UInt8(ascii: "\""): return index + 1
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
    }

    private mutating func readEscapedString(from start: Int) throws(JSONFailure) -> String {
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try appendEscape(to: &out)
            case 0..<0x20:
                throw JSONFailure.syntax("control character in a string", at: position)
            default:
                out.append(byte)
                position += 1
            }
        }
        throw JSONFailure.syntax("unterminated string", at: start - 1)
    }

    private mutating func appendEscape(to out: inout [UInt8]) throws(JSONFailure) {
        guard position < bytes.count else { throw JSONFailure.syntax("unterminated string", at: position) }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): appendScalar(try unicodeEscape(), to: &out)
        default: throw JSONFailure.syntax("invalid escape", at: position - 1)
        }
    }

    /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
    private mutating func unicodeEscape() throws(JSONFailure) -> Unicode.Scalar {
        let high = try hex4()
        guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) ?? "\u{FFFD}" }
        guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
        else { return "\u{FFFD}" }
        let saved = position
        position += 2
        let low = try hex4()
        guard (0xDC00...0xDFFF).contains(low) else { position = saved; return "\u{FFFD}" }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    }

    private mutating func hex4() throws(JSONFailure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw JSONFailure.syntax("invalid \\u escape", at: position) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw JSONFailure.syntax("invalid \\u escape", at: position)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
