/// Exact checks of the RFC 5545 value forms Almanac writes, so a value that reaches a calendar file
/// always parses: DATE, DATE-TIME in UTC and `dur-value`. They read UTF-8 bytes: every valid form is ASCII.
enum ICalendarGrammar {
    /// `date-value = 4DIGIT 2DIGIT 2DIGIT` naming a real day (§3.3.4).
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { isDate(bytes[...]) }

    private static func isDate(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard bytes.count == 8, bytes.allSatisfy(isDigit) else { return false }
        let start = bytes.startIndex
        let (year, month, day) = (number(bytes, start, 4), number(bytes, start + 4, 2), number(bytes, start + 6, 2))
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// `date-time = date "T" time` with `time = 2DIGIT 2DIGIT 2DIGIT "Z"` (§3.3.5, UTC form only).
    static func isUTCDateTime(_ all: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = all[...]
        let start = bytes.startIndex
        guard bytes.count == 16, bytes[start + 8] == UInt8(ascii: "T"), bytes[start + 15] == UInt8(ascii: "Z"),
              bytes[(start + 9)..<(start + 15)].allSatisfy(isDigit), isDate(bytes[start..<(start + 8)]) else { return false }
        return number(bytes, start + 9, 2) < 24 && number(bytes, start + 11, 2) < 60 && number(bytes, start + 13, 2) < 61
    }

    /// `dur-value = (["+"] / "-") "P" (dur-date / dur-time / dur-week)` (§3.3.6), where
    /// `dur-date = dur-day [dur-time]`, `dur-time = "T" (dur-hour / dur-minute / dur-second)`,
    /// `dur-hour = 1*DIGIT "H" [dur-minute]`, `dur-minute = 1*DIGIT "M" [dur-second]`,
    /// `dur-second = 1*DIGIT "S"`, `dur-week = 1*DIGIT "W"`.
    static func isDuration(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var rest = bytes[...]
        if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        guard rest.first == UInt8(ascii: "P") else { return false }
        rest = rest.dropFirst()
        if take("W", from: &rest) != nil { return rest.isEmpty }
        if take("D", from: &rest) != nil, rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: "T") else { return false }
        rest = rest.dropFirst()
        guard var unit = take("HMS", from: &rest) else { return false }
        while !rest.isEmpty {
            let next: StaticString = unit == UInt8(ascii: "H") ? "M" : "S"
            guard unit != UInt8(ascii: "S"), let taken = take(next, from: &rest) else { return false }
            unit = taken
        }
        return true
    }

    /// Reads `1*DIGIT` followed by one of `units`; returns the unit, or nil (leaving `text` as it was).
    private static func take(_ units: StaticString, from text: inout Slice<UnsafeBufferPointer<UInt8>>) -> UInt8? {
        let digits = text.prefix(while: isDigit).count
        guard digits > 0, digits < text.count else { return nil }
        let unit = text[text.startIndex + digits]
        guard UnsafeBufferPointer(start: units.utf8Start, count: units.utf8CodeUnitCount).contains(unit) else { return nil }
        text = text.dropFirst(digits + 1)
        return unit
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// The decimal number written by the `count` digits at `start`.
    private static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ start: Int, _ count: Int) -> Int {
        bytes[start..<(start + count)].reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
