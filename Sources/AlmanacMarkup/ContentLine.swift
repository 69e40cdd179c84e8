/// One property of an iCalendar component: `NAME;PARAM=value:value`. Its parts are typed, so the line
/// holds no CR or LF until the serializer folds it. The parts are kept, not joined: the component
/// writes them straight into its folded text.
public struct ContentLine: Sendable, Hashable {
    private let name: StaticString
    private let parameters: [ICalendarParameter]
    private let value: ICalendarValue

    /// A property without parameters.
    public init(_ name: StaticString, _ value: ICalendarValue) {
        self.init(name, [], value)
    }

    /// A property with parameters, written in the order given.
    public init(_ name: StaticString, _ parameters: [ICalendarParameter], _ value: ICalendarValue) {
        self.name = ICalendarName.checked(name)
        self.parameters = parameters
        self.value = value
    }

    /// Appends the unfolded line, without its line break.
    func write(to out: inout ByteBuffer) {
        out.append(name)
        for parameter in parameters {
            out.append(UInt8(ascii: ";"))
            out.append(parameter.bytes)
        }
        out.append(UInt8(ascii: ":"))
        value.write(to: &out)
    }

    /// The unfolded line, without its line break.
    public var unfolded: String {
        var out = ByteBuffer()
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The line folded at 75 octets with CRLF and one space, ending in CRLF.
    public var folded: String {
        var line = ByteBuffer()
        write(to: &line)
        var out = ByteBuffer()
        line.withUnsafeBufferPointer { ContentLineFolder.fold($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func == (lhs: ContentLine, rhs: ContentLine) -> Bool { lhs.unfolded == rhs.unfolded }

    public func hash(into hasher: inout Hasher) { hasher.combine(unfolded) }
}
