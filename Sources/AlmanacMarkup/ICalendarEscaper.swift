/// Escapes untrusted text for iCalendar. TEXT values (RFC 5545 §3.3.11) get `\\ \; \, \n`; parameter
/// values (§3.2) cannot be escaped, so what they may not hold is replaced. Either way, CR, LF and every
/// other control character, C1 control and noncharacter is gone: a value can never end its line.
enum ICalendarEscaper {
    /// Appends `text` as a TEXT value: CRLF, CR, LF and the Unicode line and paragraph separators
    /// each become `\n`; tab is kept.
    static func appendText(_ text: String, to out: inout ByteBuffer) {
        let plain = plainText
        TextReplacer.append(text, to: &out, skipping: ByteRuns.plainICalendarTextRunEnd) { bytes, index in
            if plain.contains(bytes[index]) { return (0, "") }
            switch bytes[index] {
            case UInt8(ascii: "\\"): return (1, "\\\\")
            case UInt8(ascii: ";"): return (1, "\\;")
            case UInt8(ascii: ","): return (1, "\\,")
            default: return dropForbidden(bytes, at: index, lineBreak: "\\n")
            }
        }
    }

    /// The ASCII a TEXT value keeps as it is: tab and the printable characters but `\ ; ,`.
    private static let plainText = ASCIISet { byte in
        byte == 0x09 || (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: ",")
    }

    /// Appends `text` as a parameter value: line breaks become spaces and `"` becomes `'` (neither can
    /// be escaped there); the value is quoted when it holds `;`, `:` or `,`, which are never dropped.
    static func appendParameterValue(_ text: String, to out: inout ByteBuffer) {
        let needsQuotes = text.withUTF8Bytes { $0.contains { ICalendarEscaper.quoted.contains($0) } }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        // What markup escapes (`"`, controls, DEL, all but ASCII) covers what a parameter value replaces.
        TextReplacer.append(text, to: &out, skipping: ByteRuns.plainMarkupRunEnd) { bytes, index in
            bytes[index] == UInt8(ascii: "\"") ? (1, "'") : dropForbidden(bytes, at: index, lineBreak: " ")
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
    }

    /// What makes a parameter value quoted.
    private static let quoted = ASCIISet(";:,")

    /// How many bytes at `index` to replace, and by what: a line break by `lineBreak`; a control
    /// character other than tab, a C1 control or a noncharacter by nothing; anything else is kept (0).
    @inline(__always)
    private static func dropForbidden(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                                      lineBreak: StaticString) -> (Int, StaticString) {
        let byte = bytes[index]
        if byte >= 0x80 {
            if byte == 0xE2, let width = separatorWidth(bytes, at: index) { return (width, lineBreak) }
            return (UnicodeFilter.forbiddenWidth(bytes, at: index), "")
        }
        if byte >= 0x20 && byte != 0x7F || byte == 0x09 { return (0, "") }
        if byte == 0x0D { return (index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1, lineBreak) }
        return (1, byte == 0x0A ? lineBreak : "")
    }

    /// 3 when U+2028 or U+2029 (the line and paragraph separators) starts at `index`.
    @inline(__always)
    private static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : nil
    }
}
