import Testing

/// A strict reader of iCalendar text for tests: it records an issue for every broken line rule
/// (CRLF, 75 octets, folding, UTF-8) and gives the components with their properties.
struct ICSComponent {
    struct Property {
        var name: String
        var parameters: [String: String]
        /// As written, still escaped.
        var value: String

        /// The value read as TEXT: `\\ \; \, \n` unescaped.
        var text: String { ICSReader.unescape(value) }
    }

    var name: String
    var properties: [Property] = []
    var components: [ICSComponent] = []

    /// Every property named `name`.
    func all(_ name: String) -> [Property] { properties.filter { $0.name == name } }

    /// The property named `name`, recording an issue unless there is exactly one.
    func one(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> Property? {
        let found = all(name)
        if found.count != 1 { Issue.record("\(self.name) has \(found.count) \(name)", sourceLocation: sourceLocation) }
        return found.first
    }

    /// The subcomponents named `name`.
    func children(_ name: String) -> [ICSComponent] { components.filter { $0.name == name } }
}

enum ICSReader {
    /// Reads a whole file; records issues for line-rule violations and returns the `VCALENDAR`.
    static func read(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ICSComponent {
        var stack = [ICSComponent(name: "")]
        for line in logicalLines(text, sourceLocation: sourceLocation) {
            guard let property = parse(line) else {
                Issue.record("not a content line: \(line.prefix(80))", sourceLocation: sourceLocation)
                continue
            }
            switch property.name {
            case "BEGIN": stack.append(ICSComponent(name: property.value))
            case "END":
                let done = stack.removeLast()
                #expect(done.name == property.value, "END:\(property.value) closes \(done.name)", sourceLocation: sourceLocation)
                stack[stack.count - 1].components.append(done)
            default: stack[stack.count - 1].properties.append(property)
            }
        }
        #expect(stack.count == 1 && stack[0].components.count == 1, "one top-level component", sourceLocation: sourceLocation)
        return stack[0].components.first ?? ICSComponent(name: "")
    }

    /// Checks the physical lines and unfolds them.
    static func logicalLines(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let bytes = Array(text.utf8)
        #expect(bytes.suffix(2) == [13, 10], "ends with CRLF", sourceLocation: sourceLocation)
        var logical: [[UInt8]] = []
        for physical in bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast() {
            #expect(physical.last == 13, "line ends with CRLF", sourceLocation: sourceLocation)
            let line = Array(physical.dropLast())
            #expect(!line.contains(13), "no bare CR", sourceLocation: sourceLocation)
            #expect(line.count <= 75, "at most 75 octets: \(line.count)", sourceLocation: sourceLocation)
            #expect(String(validating: line, as: UTF8.self) != nil,
                    "each physical line is valid UTF-8", sourceLocation: sourceLocation)
            if line.first == 32 {
                #expect(!logical.isEmpty, sourceLocation: sourceLocation)
                logical[logical.count - 1] += line.dropFirst()
            } else {
                #expect(!line.isEmpty, "no empty line", sourceLocation: sourceLocation)
                logical.append(line)
            }
        }
        return logical.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `NAME;P=v;Q="w":value`; nil when the line has no name or no colon outside quotes.
    static func parse(_ line: String) -> ICSComponent.Property? {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for (offset, character) in line.enumerated() {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == ";" || character == ":") {
                parts.append(current)
                current = ""
                if character == ":" {
                    return property(parts, value: String(line.dropFirst(offset + 1)))
                }
                continue
            }
            current.append(character)
        }
        return nil
    }

    private static func property(_ parts: [String], value: String) -> ICSComponent.Property? {
        guard let name = parts.first, !name.isEmpty,
              name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") }) else { return nil }
        var parameters: [String: String] = [:]
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            parameters[pair[0]] = pair[1]
        }
        return ICSComponent.Property(name: name, parameters: parameters, value: value)
    }

    /// A TEXT value unescaped; records an issue for a bare `;` or `,` or an unknown escape.
    static func unescape(_ value: String) -> String {
        var out = ""
        var escaping = false
        for character in value {
            if escaping {
                #expect("\\;,nN".contains(character), "unknown escape \\\(character)")
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                #expect(character != ";" && character != ",", "bare \(character) in TEXT")
                out.append(character)
            }
        }
        #expect(!escaping, "TEXT ends in a lone backslash")
        return out
    }
}
