/// Folds content lines (RFC 5545 §3.1): no physical line is longer than 75 octets, continuation lines
/// start with one space, and every line ends in CRLF. A fold never falls inside a UTF-8 sequence, nor
/// between a backslash and the character it escapes, and where it can it falls inside a word: parsers
/// that trim the blanks around folds, as some do, then lose nothing.
enum ContentLineFolder {
    static let maxOctets = 75

    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 36 + 2)
        let escaped = escapedPositions(bytes)
        var start = 0
        var room = maxOctets
        while bytes.count - start > room {
            let end = breakPoint(bytes, escaped, from: start, before: start + room)
            out += bytes[start..<end]
            out += [0x0D, 0x0A, 0x20]
            start = end
            room = maxOctets - 1
        }
        out += bytes[start...]
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }

    /// The last place at or before `limit` where a fold may fall, preferring one between two
    /// non-blank characters.
    private static func breakPoint(_ bytes: [UInt8], _ escaped: [Bool], from start: Int, before limit: Int) -> Int {
        var latest: Int?
        var index = limit
        while index > start {
            if bytes[index] & 0xC0 != 0x80 && !escaped[index] {
                if !isBlank(bytes[index]) && !isBlank(bytes[index - 1]) { return index }
                latest = latest ?? index
            }
            index -= 1
        }
        return latest ?? limit
    }

    /// True at each character a backslash escapes (`\\`, `\;`, `\,`, `\n`), read left to right.
    private static func escapedPositions(_ bytes: [UInt8]) -> [Bool] {
        var escaped = [Bool](repeating: false, count: bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                escaped[index + 1] = true
                index += 2
            } else {
                index += 1
            }
        }
        return escaped
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
