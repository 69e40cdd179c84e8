/// The value of an iCalendar content line, escaped or checked according to its RFC 5545 type, so no
/// string from the data can end the line, start a property or add a component. Values come only from
/// the typed constructors below; a literal in source is trusted but may not hold a control character.
public struct ICalendarValue: Sendable, Hashable, ExpressibleByStringLiteral {
    /// What the value is made of: it is escaped as it is written into its line, so a value costs
    /// no copy of its own.
    private enum Source: Sendable {
        case literal(StaticString)
        case checked(String)
        case text(String)
        case textList([String])
    }

    private let source: Source

    private init(_ source: Source) { self.source = source }

    /// The value as it appears after the `:` of a content line (before folding).
    public var serialized: String {
        var out = ByteBuffer()
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value as it appears after the `:` of a content line.
    func write(to out: inout ByteBuffer) {
        switch source {
        case .literal(let text): out.append(text)
        case .checked(let text): out.append(text)
        case .text(let text): ICalendarEscaper.appendText(text, to: &out)
        case .textList(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                ICalendarEscaper.appendText(item, to: &out)
            }
        }
    }

    public static func == (lhs: ICalendarValue, rhs: ICalendarValue) -> Bool { lhs.serialized == rhs.serialized }

    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    /// A trusted literal such as `2.0`, `GREGORIAN`, `PUBLISH` or `CONFIRMED`.
    public init(stringLiteral value: StaticString) {
        let text = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        precondition(!text.contains { $0 < 0x20 || $0 == 0x7F }, "control character in an iCalendar literal")
        source = .literal(value)
    }

    /// TEXT (§3.3.11): `\ ; ,` are escaped, every line break becomes `\n`, other controls are dropped.
    public static func text(_ text: String) -> ICalendarValue { ICalendarValue(.text(text)) }

    /// A list of TEXT values separated by commas (`CATEGORIES`).
    public static func textList(_ items: [String]) -> ICalendarValue { ICalendarValue(.textList(items)) }

    /// URI (§3.3.13): only checked http(s) URLs, which carry no control character, space or quote.
    public static func uri(_ url: WebURL) -> ICalendarValue { ICalendarValue(.checked(url.string)) }

    /// INTEGER (§3.3.8).
    public static func integer(_ value: Int32) -> ICalendarValue { ICalendarValue(.checked(String(value))) }

    /// DATE (§3.3.4) such as `20261205`; nil unless `text` is exactly that form with a real month and day.
    public static func date(_ text: String) -> ICalendarValue? {
        checked(text, by: ICalendarGrammar.isDate)
    }

    /// DATE-TIME in UTC (§3.3.5) such as `20250626T082823Z`; nil for any other form.
    public static func utcDateTime(_ text: String) -> ICalendarValue? {
        checked(text, by: ICalendarGrammar.isUTCDateTime)
    }

    /// DURATION (§3.3.6) such as `P1DT2H` or `PT29M22S`; nil unless `text` matches `dur-value` exactly.
    public static func duration(_ text: String) -> ICalendarValue? {
        checked(text, by: ICalendarGrammar.isDuration)
    }

    private static func checked(_ text: String, by isValid: (UnsafeBufferPointer<UInt8>) -> Bool) -> ICalendarValue? {
        text.withUTF8Bytes(isValid) ? ICalendarValue(.checked(text)) : nil
    }
}
