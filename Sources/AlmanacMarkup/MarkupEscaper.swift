/// Escapes untrusted text for HTML and XML: `& < > " '` become character references, and every
/// character that XML 1.0 forbids or HTML treats as a parse error (C0 and C1 controls other than tab,
/// line feed and carriage return; DEL; Unicode noncharacters) is dropped.
enum MarkupEscaper {
    static func appendEscaped(_ string: String, to out: inout [UInt8]) {
        TextReplacer.append(string, to: &out, replacing: classify)
    }

    /// How many bytes at `index` must be replaced (0 when the byte is kept) and by what.
    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, StaticString) {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "&"): return (1, "&amp;")
        case UInt8(ascii: "<"): return (1, "&lt;")
        case UInt8(ascii: ">"): return (1, "&gt;")
        case UInt8(ascii: "\""): return (1, "&quot;")
        case UInt8(ascii: "'"): return (1, "&#39;")
        case 0x09, 0x0A, 0x0D: return (0, "")
        case 0x00..<0x20, 0x7F: return (1, "")
        case 0x80...: return (UnicodeFilter.forbiddenWidth(bytes, at: index), "")
        default: return (0, "")
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
