/// The value of an iCalendar content line, escaped or checked according to its RFC 5545 type, so no
/// string from the data can end the line, start a property or add a component. Values come only from
/// the typed constructors below; a literal in source is trusted but may not hold a control character.
public struct ICalendarValue: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The value as it appears after the `:` of a content line (before folding).
    public let serialized: String

    private init(serialized: String) { self.serialized = serialized }

    /// A trusted literal such as `2.0`, `GREGORIAN`, `PUBLISH` or `CONFIRMED`.
    public init(stringLiteral value: StaticString) {
        let text = value.description
        precondition(!text.utf8.contains { $0 < 0x20 || $0 == 0x7F }, "control character in an iCalendar literal")
        serialized = text
    }

    /// TEXT (§3.3.11): `\ ; ,` are escaped, every line break becomes `\n`, other controls are dropped.
    public static func text(_ text: String) -> ICalendarValue {
        var out = ""
        ICalendarEscaper.appendText(text, to: &out)
        return ICalendarValue(serialized: out)
    }

    /// A list of TEXT values separated by commas (`CATEGORIES`).
    public static func textList(_ items: [String]) -> ICalendarValue {
        var out = ""
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            ICalendarEscaper.appendText(item, to: &out)
        }
        return ICalendarValue(serialized: out)
    }

    /// URI (§3.3.13): only checked http(s) URLs, which carry no control character, space or quote.
    public static func uri(_ url: WebURL) -> ICalendarValue { ICalendarValue(serialized: url.string) }

    /// INTEGER (§3.3.8).
    public static func integer(_ value: Int32) -> ICalendarValue { ICalendarValue(serialized: String(value)) }

    /// DATE (§3.3.4) such as `20261205`; nil unless `text` is exactly that form with a real month and day.
    public static func date(_ text: String) -> ICalendarValue? {
        ICalendarGrammar.isDate(text) ? ICalendarValue(serialized: text) : nil
    }

    /// DATE-TIME in UTC (§3.3.5) such as `20250626T082823Z`; nil for any other form.
    public static func utcDateTime(_ text: String) -> ICalendarValue? {
        ICalendarGrammar.isUTCDateTime(text) ? ICalendarValue(serialized: text) : nil
    }

    /// DURATION (§3.3.6) such as `P1DT2H` or `PT29M22S`; nil unless `text` matches `dur-value` exactly.
    public static func duration(_ text: String) -> ICalendarValue? {
        ICalendarGrammar.isDuration(text) ? ICalendarValue(serialized: text) : nil
    }
}
