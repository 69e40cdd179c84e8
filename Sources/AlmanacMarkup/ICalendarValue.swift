/// The value of an iCalendar content line, escaped or checked according to its RFC 5545 type, so no
/// string from the data can end the line, start a property or add a component. Values come only from
/// the typed constructors below; a literal in source is trusted but may not hold a control character.
public struct ICalendarValue: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The value's UTF-8 bytes as they appear after the `:` of a content line (before folding).
    let bytes: [UInt8]

    /// The value as it appears after the `:` of a content line (before folding).
    public var serialized: String { String(decoding: bytes, as: UTF8.self) }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// A trusted literal such as `2.0`, `GREGORIAN`, `PUBLISH` or `CONFIRMED`.
    public init(stringLiteral value: StaticString) {
        let text = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        precondition(!text.contains { $0 < 0x20 || $0 == 0x7F }, "control character in an iCalendar literal")
        bytes = Array(text)
    }

    /// TEXT (§3.3.11): `\ ; ,` are escaped, every line break becomes `\n`, other controls are dropped.
    public static func text(_ text: String) -> ICalendarValue {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        ICalendarEscaper.appendText(text, to: &out)
        return ICalendarValue(bytes: out)
    }

    /// A list of TEXT values separated by commas (`CATEGORIES`).
    public static func textList(_ items: [String]) -> ICalendarValue {
        var out: [UInt8] = []
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            ICalendarEscaper.appendText(item, to: &out)
        }
        return ICalendarValue(bytes: out)
    }

    /// URI (§3.3.13): only checked http(s) URLs, which carry no control character, space or quote.
    public static func uri(_ url: WebURL) -> ICalendarValue { ICalendarValue(bytes: Array(url.string.utf8)) }

    /// INTEGER (§3.3.8).
    public static func integer(_ value: Int32) -> ICalendarValue { ICalendarValue(bytes: Array(String(value).utf8)) }

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

    private static func checked(_ text: String, by isValid: (ArraySlice<UInt8>) -> Bool) -> ICalendarValue? {
        let bytes = Array(text.utf8)
        return isValid(bytes[...]) ? ICalendarValue(bytes: bytes) : nil
    }
}
