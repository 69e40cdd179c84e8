extension UTCTime {
    /// Parses the ISO 8601 forms the API uses: `2025-06-26T08:28:23Z`, with optional fractional
    /// seconds (dropped), a `±HH:MM` offset, no zone (read as UTC), or a bare date `2025-06-26`.
    public init?(iso8601 text: String) {
        var text = text
        guard let time = text.withUTF8({ UTCTime(iso8601UTF8: $0) }) else { return nil }
        self = time
    }

    /// `init(iso8601:)` for text given as UTF-8 bytes, so a decoder needs no `String` for it.
    public init?(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        if scanner.isAtEnd {
            self.init(date)
            return
        }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
              let hour = scanner.number(digits: 2), scanner.skip(":"),
              let minute = scanner.number(digits: 2), hour < 24, minute < 60 else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let parsed = scanner.number(digits: 2), parsed < 61 else { return nil }
            second = min(parsed, 59)
            if scanner.skip(".") || scanner.skip(",") {
                guard scanner.skipDigits() else { return nil }
            }
        }
        guard let offset = scanner.zoneOffsetSeconds(), scanner.isAtEnd else { return nil }
        self = UTCTime(date, hour: hour, minute: minute, second: second).adding(seconds: -offset)
    }
}

/// Reads fixed-width numbers and separators from ASCII text.
struct DigitScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, UInt32(bytes[position]) == character.value else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        position += digits
        return value
    }

    /// Skips one or more digits; false when there is none.
    mutating func skipDigits() -> Bool {
        let start = position
        while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
        return position > start
    }

    /// `Z`, nothing (UTC), `±HH:MM` or `±HHMM`, as seconds east of UTC.
    mutating func zoneOffsetSeconds() -> Int64? {
        if isAtEnd || skip("Z") || skip("z") { return 0 }
        let sign: Int64
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2) else { return nil }
        _ = skip(":")
        let minutes = isAtEnd ? 0 : (number(digits: 2) ?? -1)
        guard hours < 24, (0..<60).contains(minutes) else { return nil }
        return sign * Int64(hours * 3600 + minutes * 60)
    }
}
