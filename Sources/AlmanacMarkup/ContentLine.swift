/// One property of an iCalendar component: `NAME;PARAM=value:value`. Its parts are typed, so the line
/// holds no CR or LF until the serializer folds it.
public struct ContentLine: Sendable, Hashable {
    /// The unfolded line as UTF-8, without its line break.
    let bytes: [UInt8]

    /// The unfolded line, without its line break.
    public var unfolded: String { String(decoding: bytes, as: UTF8.self) }

    /// A property without parameters.
    public init(_ name: StaticString, _ value: ICalendarValue) {
        self.init(name, [], value)
    }

    /// A property with parameters, written in the order given.
    public init(_ name: StaticString, _ parameters: [ICalendarParameter], _ value: ICalendarValue) {
        var line: [UInt8] = []
        line.reserveCapacity(name.utf8CodeUnitCount + parameters.reduce(0) { $0 + 1 + $1.bytes.count } + 1 + value.bytes.count)
        line.append(ICalendarName.checked(name))
        for parameter in parameters {
            line.append(UInt8(ascii: ";"))
            line += parameter.bytes
        }
        line.append(UInt8(ascii: ":"))
        line += value.bytes
        bytes = line
    }

    /// The line folded at 75 octets with CRLF and one space, ending in CRLF.
    public var folded: String {
        var out: [UInt8] = []
        ContentLineFolder.fold(bytes, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
