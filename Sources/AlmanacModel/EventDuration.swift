/// How long an event lasts, parsed from the API's ISO 8601 duration (`PT1H5M34S`, `P1DT2H`,
/// `PT29M21.5S`, `-PT5M`). Fractional seconds are rounded to the nearest second; weeks and days are
/// exact (7 and 1 × 86,400 s, all times being UTC); years and months have no fixed length and are
/// refused.
public struct EventDuration: Sendable, Hashable, Comparable {
    /// Whole seconds; negative when the API gave a sign.
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    /// Parses an ISO 8601 duration; nil for anything else.
    public init?(iso8601 text: String) {
        var parser = DurationParser(Array(text.utf8))
        guard let seconds = parser.parse() else { return nil }
        self.seconds = seconds
    }

    public static func < (lhs: EventDuration, rhs: EventDuration) -> Bool { lhs.seconds < rhs.seconds }

    /// `2 h 5 min 34 s`, `1 d 2 h`, `6 s`, `0 s`.
    public var text: String {
        var remaining = abs(seconds)
        var parts: [String] = []
        for (unit, size) in [("d", Int64(86_400)), ("h", 3600), ("min", 60), ("s", 1)] {
            let count = remaining / size
            remaining %= size
            if count > 0 { parts.append("\(count) \(unit)") }
        }
        let body = parts.isEmpty ? "0 s" : parts.joined(separator: " ")
        return seconds < 0 ? "−" + body : body
    }

    /// `P1DT2H5M34S`, `PT6S`, `PT0S`: the RFC 5545 `dur-value` (no fractions, no skipped units
    /// between hours and seconds, weeks never mixed with days).
    public var icalendarText: String {
        var remaining = abs(seconds)
        let days = remaining / 86_400
        remaining %= 86_400
        let (hours, minutes, secs) = (remaining / 3600, remaining % 3600 / 60, remaining % 60)
        var text = seconds < 0 ? "-P" : "P"
        if days > 0 { text += "\(days)D" }
        if hours > 0 || minutes > 0 || secs > 0 || days == 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if hours > 0 && (minutes > 0 || secs > 0) || minutes > 0 { text += "\(minutes)M" }
            if secs > 0 || (hours == 0 && minutes == 0) { text += "\(secs)S" }
        }
        return text
    }
}

/// A small recursive-descent reader for `[+-]P[nW][nD][T[nH][nM][n[.n]S]]`, over bytes: it runs
/// once per event, so it makes no `String` unless a number has a fraction.
struct DurationParser {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let dateUnits: [(unit: UInt8, seconds: Double)] = [(UInt8(ascii: "W"), 604_800), (UInt8(ascii: "D"), 86_400)]
    private static let timeUnits: [(unit: UInt8, seconds: Double)] = [(UInt8(ascii: "H"), 3600), (UInt8(ascii: "M"), 60), (UInt8(ascii: "S"), 1)]

    mutating func parse() -> Int64? {
        var sign: Int64 = 1
        if accept("-") { sign = -1 } else { _ = accept("+") }
        guard accept("P") else { return nil }
        var total: Double = 0
        var sawUnit = false
        guard let dateTotal = units(Self.dateUnits, sawUnit: &sawUnit) else { return nil }
        total += dateTotal
        if accept("T") {
            var sawTimeUnit = false
            guard let timeTotal = units(Self.timeUnits, sawUnit: &sawTimeUnit),
                  sawTimeUnit else { return nil }
            total += timeTotal
            sawUnit = true
        }
        guard sawUnit, position == bytes.count, total < 1e15 else { return nil }
        return sign * Int64(total.rounded(.toNearestOrAwayFromZero))
    }

    /// Reads `<number><unit>` pairs whose units appear in order among `allowed`.
    private mutating func units(_ allowed: [(unit: UInt8, seconds: Double)], sawUnit: inout Bool) -> Double? {
        var total: Double = 0
        var next = 0
        while let value = number() {
            guard position < bytes.count,
                  let match = allowed[next...].firstIndex(where: { $0.unit == bytes[position] })
            else { return nil }
            position += 1
            total += value * allowed[match].seconds
            next = match + 1
            sawUnit = true
        }
        return total
    }

    /// A run of digits, points and commas (a comma is a decimal point); nil, with nothing read,
    /// when there is none or it is not a number. Whole numbers are read from the digits (the same
    /// value `Double` parses); only fractions go through `Double(String)`.
    private mutating func number() -> Double? {
        let start = position
        var whole = 0
        var isWhole = true
        while position < bytes.count {
            let byte = bytes[position]
            if (48...57).contains(byte) {
                if whole < 100_000_000_000_000 { whole = whole * 10 + Int(byte - 48) } else { isWhole = false }
            } else if byte == 46 || byte == 44 {
                isWhole = false
            } else {
                break
            }
            position += 1
        }
        guard position > start else { return nil }
        if isWhole { return Double(whole) }
        let text = String(decoding: bytes[start..<position].map { $0 == 44 ? 46 : $0 }, as: UTF8.self)
        guard let value = Double(text) else { position = start; return nil }
        return value
    }

    private mutating func accept(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, UInt32(bytes[position]) == character.value else { return false }
        position += 1
        return true
    }
}
