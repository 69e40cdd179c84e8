/// Writes untrusted text as a JSON string: `"` and `\` are escaped, tab and line breaks become
/// `\t`, `\n`, `\r`, and the characters the XML and HTML escaper drops (other controls,
/// noncharacters) are dropped too, so every feed format carries the same text.
enum JSONEscaper {
    static func appendQuoted(_ string: String, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        TextReplacer.append(string, to: &out, skipping: ByteRuns.plainJSONRunEnd, replacing: classify)
        out.append(UInt8(ascii: "\""))
    }

    /// How many bytes at `index` must be replaced (0 when the byte is kept) and by what.
    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, StaticString) {
        switch bytes[index] {
        case UInt8(ascii: "\""): return (1, "\\\"")
        case UInt8(ascii: "\\"): return (1, "\\\\")
        case 0x09: return (1, "\\t")
        case 0x0A: return (1, "\\n")
        case 0x0D: return (1, "\\r")
        case 0x00..<0x20, 0x7F: return (1, "")
        case 0x80...: return (UnicodeFilter.forbiddenWidth(bytes, at: index), "")
        default: return (0, "")
        }
    }
}
