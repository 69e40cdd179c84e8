/// Exact checks of the RFC 5545 value forms Almanac writes, so a value that reaches a calendar file
/// always parses: DATE, DATE-TIME in UTC and `dur-value`.
enum ICalendarGrammar {
    /// `date-value = 4DIGIT 2DIGIT 2DIGIT` naming a real day (§3.3.4).
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes.allSatisfy(isDigit) else { return false }
        let (year, month, day) = (number(bytes[0..<4]), number(bytes[4..<6]), number(bytes[6..<8]))
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// `date-time = date "T" time` with `time = 2DIGIT 2DIGIT 2DIGIT "Z"` (§3.3.5, UTC form only).
    static func isUTCDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z"),
              bytes[9..<15].allSatisfy(isDigit),
              isDate(String(decoding: bytes[0..<8], as: UTF8.self)) else { return false }
        return number(bytes[9..<11]) < 24 && number(bytes[11..<13]) < 60 && number(bytes[13..<15]) < 61
    }

    /// `dur-value = (["+"] / "-") "P" (dur-date / dur-time / dur-week)` (§3.3.6), where
    /// `dur-date = dur-day [dur-time]`, `dur-time = "T" (dur-hour / dur-minute / dur-second)`,
    /// `dur-hour = 1*DIGIT "H" [dur-minute]`, `dur-minute = 1*DIGIT "M" [dur-second]`,
    /// `dur-second = 1*DIGIT "S"`, `dur-week = 1*DIGIT "W"`.
    static func isDuration(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        guard rest.first == "P" else { return false }
        rest = rest.dropFirst()
        if take(["W"], from: &rest) != nil { return rest.isEmpty }
        if take(["D"], from: &rest) != nil, rest.isEmpty { return true }
        guard rest.first == "T" else { return false }
        rest = rest.dropFirst()
        guard var unit = take(["H", "M", "S"], from: &rest) else { return false }
        while !rest.isEmpty {
            let next: Character = unit == "H" ? "M" : "S"
            guard unit != "S", take([next], from: &rest) == next else { return false }
            unit = next
        }
        return true
    }

    /// Reads `1*DIGIT` followed by one of `units`; returns the unit, or nil (leaving `text` as it was).
    private static func take(_ units: [Character], from text: inout Substring) -> Character? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let after = text.dropFirst(digits.count)
        guard !digits.isEmpty, let unit = after.first, units.contains(unit) else { return nil }
        text = after.dropFirst()
        return unit
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
