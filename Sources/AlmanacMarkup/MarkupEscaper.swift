/// Escapes untrusted text for HTML and XML: `& < > " '` become character references, and every
/// character that XML 1.0 forbids or HTML treats as a parse error (C0 and C1 controls other than tab,
/// line feed and carriage return; DEL; Unicode noncharacters) is dropped.
enum MarkupEscaper {
    static func appendEscaped(_ string: String, to out: inout ByteBuffer) {
        string.withUTF8Bytes { appendEscaped(utf8: $0, to: &out) }
    }

    static func appendEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            index = ByteRuns.plainMarkupRunEnd(bytes, from: index)
            let wordEnd = min(index + 8, bytes.count)
            while index < wordEnd {
                let byte = bytes[index]
                let width: Int
                if byte >= 0x80 {
                    width = UnicodeFilter.forbiddenWidth(bytes, at: index)
                } else {
                    width = needsAttention(byte) ? 1 : 0
                }
                if width == 0 {
                    index += 1
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if width == 1 { out.append(replacement(for: byte)) }
                index += width
                runStart = index
            }
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// `& < > " '` and the C0 controls (but tab, line feed, carriage return) and DEL, by bitmask.
    @inline(__always)
    private static func needsAttention(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D) | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
        return byte < 64 ? (low >> byte) & 1 == 1 : byte == 0x7F
    }

    /// The character reference for a special character; nothing for a forbidden one.
    @inline(__always)
    private static func replacement(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return ""
        }
    }
}

/// Recognizes, in valid UTF-8, the non-ASCII characters that no text output may carry.
enum UnicodeFilter {
    /// The byte length of a C1 control (U+0080–U+009F) or a noncharacter (U+FDD0–U+FDEF, U+xFFFE,
    /// U+xFFFF) starting at `index`; 0 for any other character.
    @inline(__always)
    static func forbiddenWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let remaining = bytes.count - index
        if lead == 0xC2, remaining >= 2, bytes[index + 1] <= 0x9F { return 2 }
        if lead == 0xEF, remaining >= 3 {
            let (b1, b2) = (bytes[index + 1], bytes[index + 2])
            if b1 == 0xB7, (0x90...0xAF).contains(b2) { return 3 }
            if b1 == 0xBF, b2 >= 0xBE { return 3 }
        }
        if lead >= 0xF0, remaining >= 4, bytes[index + 1] & 0x0F == 0x0F,
           bytes[index + 2] == 0xBF, bytes[index + 3] >= 0xBE {
            return 4
        }
        return 0
    }
}
