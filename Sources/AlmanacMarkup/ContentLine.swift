/// One property of an iCalendar component: `NAME;PARAM=value:value`. Its parts are typed, so the line
/// holds no CR or LF until the serializer folds it.
public struct ContentLine: Sendable, Hashable {
    /// The unfolded line, without its line break.
    public let unfolded: String

    /// A property without parameters.
    public init(_ name: StaticString, _ value: ICalendarValue) {
        self.init(name, [], value)
    }

    /// A property with parameters, written in the order given.
    public init(_ name: StaticString, _ parameters: [ICalendarParameter], _ value: ICalendarValue) {
        var text = ICalendarName.checked(name)
        for parameter in parameters { text += ";" + parameter.serialized }
        unfolded = text + ":" + value.serialized
    }

    /// The line folded at 75 octets with CRLF and one space, ending in CRLF.
    public var folded: String { ContentLineFolder.fold(unfolded) }
}
