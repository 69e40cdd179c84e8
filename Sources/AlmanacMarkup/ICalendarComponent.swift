/// A component (`VCALENDAR`, `VEVENT`, `VTIMEZONE`…): its properties, then its subcomponents,
/// between `BEGIN:` and `END:` lines. Serializing yields CRLF line endings and folded lines.
public struct ICalendarComponent: Sendable, Hashable {
    /// `VEVENT`, `VCALENDAR`…
    public let name: String
    /// The content lines, in the order they are written.
    public var properties: [ContentLine]
    /// The subcomponents, written after the properties.
    public var components: [ICalendarComponent]
    /// The properties already folded, written before `properties` (see `prepared()`).
    private var foldedProperties: [UInt8] = []

    /// A component named by a trusted literal.
    public init(_ name: StaticString, properties: [ContentLine], components: [ICalendarComponent] = []) {
        self.name = ICalendarName.checked(name)
        self.properties = properties
        self.components = components
    }

    /// The same component with its properties folded once, for a component written into many
    /// files: it keeps the folded bytes instead of the property values, which are then empty.
    public func prepared() -> ICalendarComponent {
        var copy = self
        for property in properties { ContentLineFolder.fold(property.unfolded, into: &copy.foldedProperties) }
        copy.properties = []
        return copy
    }

    /// The component as iCalendar text.
    public var serialized: String { String(decoding: utf8Bytes, as: UTF8.self) }

    /// The serialized component as UTF-8 bytes.
    public var utf8Bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    private func write(to out: inout [UInt8]) {
        out += "BEGIN:".utf8
        out += name.utf8
        out += [0x0D, 0x0A]
        out += foldedProperties
        for property in properties { ContentLineFolder.fold(property.unfolded, into: &out) }
        for component in components { component.write(to: &out) }
        out += "END:".utf8
        out += name.utf8
        out += [0x0D, 0x0A]
    }
}
