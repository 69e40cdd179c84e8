extension JSON {
    /// The value as RFC 8259 JSON text without any whitespace, for files that scripts read.
    public var compactText: String {
        var out = ByteBuffer()
        writeCompact(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The compact UTF-8 text of an object made of `members` and then `key`, an array of `elements`
    /// built and written one at a time, so that a long array is never held whole as a tree.
    public static func compactObject(_ members: [Member], thenArray key: String, of elements: some Sequence<JSON>) -> ByteBuffer {
        var out = ByteBuffer()
        out.append("{")
        for member in members {
            write(member, into: &out)
            out.append(",")
        }
        JSONEscaper.appendQuoted(key, to: &out)
        out.append(":[")
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(",") }
            element.writeCompact(into: &out)
        }
        out.append("]}")
        return out
    }

    func writeCompact(into out: inout ByteBuffer) {
        switch self {
        case .string(let string):
            JSONEscaper.appendQuoted(string, to: &out)
        case .number(let number):
            out.append(String(number))
        case .written(let written):
            written.value.writeCompact(into: &out)
        case .array(let elements):
            out.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(",") }
                element.writeCompact(into: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(",") }
                JSON.write(member, into: &out)
            }
            out.append("}")
        }
    }

    private static func write(_ member: Member, into out: inout ByteBuffer) {
        JSONEscaper.appendQuoted(member.key, to: &out)
        out.append(":")
        member.value.writeCompact(into: &out)
    }
}
