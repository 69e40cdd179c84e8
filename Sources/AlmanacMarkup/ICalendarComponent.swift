/// A component (`VCALENDAR`, `VEVENT`, `VTIMEZONE`…): its properties, then its subcomponents,
/// between `BEGIN:` and `END:` lines. Serializing yields CRLF line endings and folded lines.
public struct ICalendarComponent: Sendable, Hashable {
    /// `VEVENT`, `VCALENDAR`…
    public let name: String
    /// The content lines, in the order they are written.
    public var properties: [ContentLine]
    /// The subcomponents, written after the properties.
    public var components: [ICalendarComponent]

    /// A component named by a trusted literal.
    public init(_ name: StaticString, properties: [ContentLine], components: [ICalendarComponent] = []) {
        self.name = ICalendarName.checked(name)
        self.properties = properties
        self.components = components
    }

    /// The component as iCalendar text.
    public var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// The serialized component as UTF-8 bytes.
    public var utf8Bytes: [UInt8] { Array(serialized.utf8) }

    private func write(to out: inout String) {
        out += "BEGIN:" + name + "\r\n"
        for property in properties { out += property.folded }
        for component in components { component.write(to: &out) }
        out += "END:" + name + "\r\n"
    }
}
