/// Folds content lines (RFC 5545 §3.1): no physical line is longer than 75 octets, continuation lines
/// start with one space, and every line ends in CRLF. A fold never falls inside a UTF-8 sequence, nor
/// between a backslash and the character it escapes, and where it can it falls inside a word: parsers
/// that trim the blanks around folds, as some do, then lose nothing.
enum ContentLineFolder {
    static let maxOctets = 75

    /// Appends the line folded, ending in CRLF.
    static func fold(_ line: UnsafeBufferPointer<UInt8>, into out: inout ByteBuffer) {
        let bytes = line
            var start = 0
            var room = maxOctets
            while bytes.count - start > room {
                let end = breakPoint(bytes, from: start, before: start + room)
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                out.append("\r\n " as StaticString)
                start = end
                room = maxOctets - 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[start...]))
            out.append("\r\n" as StaticString)
    }

    /// The last place at or before `limit` where a fold may fall, preferring one between two
    /// non-blank characters.
    private static func breakPoint(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int {
        var latest: Int?
        var index = limit
        while index > start {
            if bytes[index] & 0xC0 != 0x80 && !isEscaped(bytes, index, from: start) {
                if !isBlank(bytes[index]) && !isBlank(bytes[index - 1]) { return index }
                latest = latest ?? index
            }
            index -= 1
        }
        return latest ?? limit
    }

    /// True when the character at `index` is escaped: an odd run of backslashes stands before it.
    /// Escapes never span a fold, so counting back to `start` is enough.
    private static func isEscaped(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, from start: Int) -> Bool {
        var backslashes = 0
        while index - backslashes - 1 >= start, bytes[index - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
        return backslashes % 2 == 1
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
