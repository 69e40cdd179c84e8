extension JSON {
    /// The value as RFC 8259 JSON text, indented by two spaces, members in their written order.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text and a final line break, as UTF-8 bytes.
    public var utf8Bytes: ByteBuffer {
        var out = bytes
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private var bytes: ByteBuffer {
        var out = ByteBuffer()
        write(into: &out, indent: "")
        return out
    }

    func write(into out: inout ByteBuffer, indent: String) {
        switch self {
        case .written(let written) where written.indent == indent:
            out.append(written.bytes)
        case .written(let written):
            written.value.write(into: &out, indent: indent)
        case .string, .number:
            writeCompact(into: &out)
        case .array(let elements):
            writeBlock(elements, open: "[", close: "]", into: &out, indent: indent) { element, out, inner in
                element.write(into: &out, indent: inner)
            }
        case .object(let members):
            writeBlock(members, open: "{", close: "}", into: &out, indent: indent) { member, out, inner in
                JSONEscaper.appendQuoted(member.key, to: &out)
                out.append(": ")
                member.value.write(into: &out, indent: inner)
            }
        }
    }

    private func writeBlock<Element>(_ elements: [Element], open: StaticString, close: StaticString, into out: inout ByteBuffer,
                                     indent: String, _ writeElement: (Element, inout ByteBuffer, String) -> Void) {
        guard !elements.isEmpty else { out.append(open); out.append(close); return }
        let inner = indent + "  "
        out.append(open)
        for (index, element) in elements.enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            out.append(inner)
            writeElement(element, &out, inner)
        }
        out.append("\n")
        out.append(indent)
        out.append(close)
    }
}
