import AlmanacModel

/// The calendar options, checked: `--calendar-days N`, `--default-duration D`, `--calendar-refresh D`.
enum CalendarArguments {
    static let names: Set<String> = ["calendar-days", "default-duration", "calendar-refresh"]

    /// The most past days a feed may cover: a century, far beyond what calendar apps accept.
    static let maxPastDays = 36_500

    static func settings(_ parsed: ParsedArguments) throws -> CalendarSettings {
        var settings = CalendarSettings()
        if let text = parsed.values["calendar-days"] {
            guard let days = Int(text), (0...maxPastDays).contains(days) else {
                throw UsageError("--calendar-days must be a whole number of days from 0 to \(maxPastDays), got '\(text)'")
            }
            settings.pastDays = days
        }
        if let text = parsed.values["default-duration"] {
            settings.defaultDuration = try positiveDuration(text, option: "--default-duration")
        }
        if let text = parsed.values["calendar-refresh"] {
            settings.refreshSeconds = Int(try positiveDuration(text, option: "--calendar-refresh").seconds)
        }
        return settings
    }

    private static func positiveDuration(_ text: String, option: String) throws -> EventDuration {
        guard let duration = EventDuration(iso8601: text), duration.seconds > 0 else {
            throw UsageError("\(option) must be a positive ISO 8601 duration such as PT1H or P1DT2H, got '\(text)'")
        }
        return duration
    }
}
