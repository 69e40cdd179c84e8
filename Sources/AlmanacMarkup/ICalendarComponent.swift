/// A component (`VEVENT`, `VCALENDAR`, `VTIMEZONE`…): its properties, then its subcomponents,
/// between `BEGIN:` and `END:` lines. Serializing yields CRLF line endings and folded lines.
public struct ICalendarComponent: Sendable, Hashable {
    /// `VEVENT`, `VCALENDAR`…
    public let name: String
    /// The properties, folded once when the component is made: a component is often written into
    /// many files (an event's `VEVENT` into every feed it belongs to).
    private let foldedProperties: ByteBuffer
    /// The subcomponents, written after the properties.
    public var components: [ICalendarComponent]

    /// A component named by a trusted literal.
    public init(_ name: StaticString, properties: [ContentLine], components: [ICalendarComponent] = []) {
        self.name = ICalendarName.checked(name).description
        var folded = ByteBuffer(capacity: 64 * properties.count)
        var line = ByteBuffer()
        for property in properties {
            // Most lines need no fold: written in place, only the long ones are copied out and folded.
            let start = folded.count
            property.write(to: &folded)
            if folded.count - start <= ContentLineFolder.maxOctets {
                folded.append("\r\n" as StaticString)
                continue
            }
            line.truncate(to: 0)
            folded.withUnsafeBufferPointer { line.append(UnsafeBufferPointer(rebasing: $0[start...])) }
            folded.truncate(to: start)
            line.withUnsafeBufferPointer { ContentLineFolder.fold($0, into: &folded) }
        }
        foldedProperties = folded
        self.components = components
    }

    /// The component as iCalendar text.
    public var serialized: String { String(decoding: utf8Bytes, as: UTF8.self) }

    /// The serialized component as UTF-8 bytes.
    public var utf8Bytes: ByteBuffer {
        var out = ByteBuffer(capacity: byteCount)
        write(to: &out)
        return out
    }

    private func write(to out: inout ByteBuffer) {
        out.append("BEGIN:" as StaticString)
        out.append(name)
        out.append("\r\n" as StaticString)
        out.append(foldedProperties)
        for component in components { component.write(to: &out) }
        out.append("END:" as StaticString)
        out.append(name)
        out.append("\r\n" as StaticString)
    }

    /// The serialized length.
    private var byteCount: Int {
        components.reduce(foldedProperties.count + 2 * name.utf8.count + 14) { $0 + $1.byteCount }
    }
}
