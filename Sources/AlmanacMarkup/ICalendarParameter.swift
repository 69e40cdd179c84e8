/// A property parameter (`VALUE=DATE`, `LABEL="NASA TV"`): the name is a trusted literal, the value is
/// untrusted text that is sanitized and quoted as RFC 5545 §3.2 needs.
public struct ICalendarParameter: Sendable, Hashable {
    /// `NAME=value` as UTF-8, ready to follow a `;`.
    let bytes: ByteBuffer

    /// `NAME=value`, ready to follow a `;`.
    public var serialized: String { String(decoding: bytes, as: UTF8.self) }

    /// A parameter named by a trusted literal, with an untrusted value.
    public init(_ name: StaticString, _ value: String) {
        var text = ByteBuffer(capacity: name.utf8CodeUnitCount + value.utf8.count + 3)
        text.append(ICalendarName.checked(name))
        text.append(UInt8(ascii: "="))
        ICalendarEscaper.appendParameterValue(value, to: &text)
        bytes = text
    }
}

/// Property, parameter and component names, which only source code writes.
enum ICalendarName {
    /// The name, after checking it is an `iana-token` or `x-name` (`[A-Z0-9-]+`).
    static func checked(_ name: StaticString) -> StaticString {
        let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        precondition(!bytes.isEmpty && bytes.allSatisfy { byte in
            (65...90).contains(byte) || (48...57).contains(byte) || byte == 45
        }, "invalid iCalendar name \(name)")
        return name
    }
}
