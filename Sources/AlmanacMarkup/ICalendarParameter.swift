/// A property parameter (`VALUE=DATE`, `LABEL="NASA TV"`): the name is a trusted literal, the value is
/// untrusted text that is sanitized and quoted as RFC 5545 §3.2 needs.
public struct ICalendarParameter: Sendable, Hashable {
    /// `NAME=value`, ready to follow a `;`.
    public let serialized: String

    /// A parameter named by a trusted literal, with an untrusted value.
    public init(_ name: StaticString, _ value: String) {
        var text = ICalendarName.checked(name) + "="
        ICalendarEscaper.appendParameterValue(value, to: &text)
        serialized = text
    }
}

/// Property, parameter and component names, which only source code writes.
enum ICalendarName {
    /// The name, after checking it is an `iana-token` or `x-name` (`[A-Z0-9-]+`).
    static func checked(_ name: StaticString) -> String {
        let text = name.description
        precondition(!text.isEmpty && text.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (48...57).contains(byte) || byte == 45
        }, "invalid iCalendar name \(text)")
        return text
    }
}
