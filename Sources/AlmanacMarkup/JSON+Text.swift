extension JSON {
    /// The value as RFC 8259 JSON text, indented by two spaces, members in their written order.
    public var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out
    }

    /// The text and a final line break, as UTF-8 bytes.
    public var utf8Bytes: [UInt8] { Array((text + "\n").utf8) }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .string(let string):
            JSONEscaper.appendQuoted(string, to: &out)
        case .array(let elements):
            writeBlock(elements, open: "[", close: "]", into: &out, indent: indent) { element, out, inner in
                element.write(into: &out, indent: inner)
            }
        case .object(let members):
            writeBlock(members, open: "{", close: "}", into: &out, indent: indent) { member, out, inner in
                JSONEscaper.appendQuoted(member.key, to: &out)
                out += ": "
                member.value.write(into: &out, indent: inner)
            }
        }
    }

    private func writeBlock<Element>(_ elements: [Element], open: String, close: String, into out: inout String,
                                     indent: String, _ writeElement: (Element, inout String, String) -> Void) {
        guard !elements.isEmpty else { out += open + close; return }
        let inner = indent + "  "
        out += open
        for (index, element) in elements.enumerated() {
            out += index == 0 ? "\n" + inner : ",\n" + inner
            writeElement(element, &out, inner)
        }
        out += "\n" + indent + close
    }
}
