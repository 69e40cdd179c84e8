/// Escapes untrusted text for iCalendar. TEXT values (RFC 5545 §3.3.11) get `\\ \; \, \n`; parameter
/// values (§3.2) cannot be escaped, so what they may not hold is replaced. Either way, CR, LF and every
/// other control character, C1 control and noncharacter is gone: a value can never end its line.
enum ICalendarEscaper {
    /// Appends `text` as a TEXT value: CRLF, CR, LF and the Unicode line and paragraph separators
    /// each become `\n`; tab is kept.
    static func appendText(_ text: String, to out: inout String) {
        transform(text, lineBreak: "\\n", into: &out) { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: ";"): return "\\;"
            case UInt8(ascii: ","): return "\\,"
            default: return nil
            }
        }
    }

    /// Appends `text` as a parameter value: line breaks become spaces and `"` becomes `'` (neither can
    /// be escaped there); the value is quoted when it holds `;`, `:` or `,`.
    static func appendParameterValue(_ text: String, to out: inout String) {
        var value = ""
        transform(text, lineBreak: " ", into: &value) { $0 == UInt8(ascii: "\"") ? "'" : nil }
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }
        out += needsQuotes ? "\"" + value + "\"" : value
    }

    /// Copies `text` without forbidden characters, writing `lineBreak` for each line break and passing
    /// every other ASCII byte through `replace` (nil keeps the byte).
    private static func transform(_ text: String, lineBreak: String, into out: inout String,
                                  replace: (UInt8) -> String?) {
        var text = text
        text.withUTF8 { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if let width = lineBreakWidth(bytes, at: index) {
                    kept += lineBreak.utf8
                    index += width
                } else if byte >= 0x80 {
                    let forbidden = UnicodeFilter.forbiddenWidth(bytes, at: index)
                    if forbidden == 0 { kept.append(byte) }
                    index += max(forbidden, 1)
                } else {
                    if byte == 0x09 || (byte >= 0x20 && byte != 0x7F) {
                        if let replacement = replace(byte) { kept += replacement.utf8 } else { kept.append(byte) }
                    }
                    index += 1
                }
            }
            out += String(decoding: kept, as: UTF8.self)
        }
    }

    /// The byte length of a line break at `index` (CRLF, CR, LF, U+2028, U+2029); nil when there is none.
    private static func lineBreakWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x0A: return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return 3
        default: return nil
        }
    }
}
