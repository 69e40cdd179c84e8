import AlmanacModel

/// A duration on the command line: seconds (`90`), units `d` `h` `m` `s` alone or combined (`24h`,
/// `90m`, `1h30m`), or ISO 8601 (`PT24H`, `P1D`).
enum DurationArgument {
    /// The duration in seconds; nil when the text is none of those forms or negative.
    static func seconds(_ text: String) -> Int64? {
        if text.first == "P" || text.first == "p" {
            return EventDuration(iso8601: text.uppercased()).map(\.seconds).flatMap { $0 >= 0 ? $0 : nil }
        }
        if let seconds = Int64(text) { return seconds >= 0 ? seconds : nil }
        var total: Int64 = 0
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                guard let number = Int64(digits), let unit = units[character] else { return nil }
                total += number * unit
                digits = ""
            }
        }
        return digits.isEmpty && !text.isEmpty ? total : nil
    }

    private static let units: [Character: Int64] = ["d": 86_400, "h": 3600, "m": 60, "s": 1]
}
