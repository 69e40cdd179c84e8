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

/// A small recursive-descent reader for `[+-]P[nW][nD][T[nH][nM][n[.n]S]]`.
struct DurationParser {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() -> Int64? {
        var sign: Int64 = 1
        if accept("-") { sign = -1 } else { _ = accept("+") }
        guard accept("P") else { return nil }
        var total: Double = 0
        var sawUnit = false
        guard let dateTotal = units([("W", 604_800), ("D", 86_400)], sawUnit: &sawUnit) else { return nil }
        total += dateTotal
        if accept("T") {
            var sawTimeUnit = false
            guard let timeTotal = units([("H", 3600), ("M", 60), ("S", 1)], sawUnit: &sawTimeUnit),
                  sawTimeUnit else { return nil }
            total += timeTotal
            sawUnit = true
        }
        guard sawUnit, position == bytes.count, total < 1e15 else { return nil }
        return sign * Int64(total.rounded(.toNearestOrAwayFromZero))
    }

    /// Reads `<number><unit>` pairs whose units appear in order among `allowed`.
    private mutating func units(_ allowed: [(Character, Double)], sawUnit: inout Bool) -> Double? {
        var total: Double = 0
        var next = 0
        while let value = number() {
            guard position < bytes.count,
                  let match = allowed[next...].firstIndex(where: { $0.0.asciiValue == bytes[position] })
            else { return nil }
            position += 1
            total += value * allowed[match].1
            next = match + 1
            sawUnit = true
        }
        return total
    }

    private mutating func number() -> Double? {
        let start = position
        while position < bytes.count, (48...57).contains(bytes[position]) || bytes[position] == 46
            || bytes[position] == 44 {
            position += 1
        }
        guard position > start else { return nil }
        let text = String(decoding: bytes[start..<position], as: UTF8.self).replacingComma()
        guard let value = Double(text) else { position = start; return nil }
        return value
    }

    private mutating func accept(_ character: Character) -> Bool {
        guard position < bytes.count, bytes[position] == character.asciiValue else { return false }
        position += 1
        return true
    }
}

extension String {
    fileprivate func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}
