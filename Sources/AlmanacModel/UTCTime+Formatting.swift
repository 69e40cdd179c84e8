/// Hand-written, locale-free date formats.
extension UTCTime {
    /// `2025-06-26T08:28:23Z` (RFC 3339, for `<time datetime>`, Atom and JSON Feed).
    public var iso8601: String {
        let date = civilDate
        return "\(date.iso8601)T\(pad2(hour)):\(pad2(minute)):\(pad2(second))Z"
    }

    /// `Thu, 26 Jun 2025 08:28:23 +0000` (RFC 822 as RSS 2.0 wants it, four-digit year).
    public var rfc822: String {
        let date = civilDate
        return "\(CivilDate.weekdayAbbreviations[date.weekday]), \(pad2(date.day)) "
            + "\(CivilDate.monthAbbreviations[date.month - 1]) \(date.year) "
            + "\(pad2(hour)):\(pad2(minute)):\(pad2(second)) +0000"
    }

    /// `20250626T082823Z` (iCalendar DATE-TIME in UTC).
    public var icalendarDateTime: String {
        "\(civilDate.icalendarDate)T\(pad2(hour))\(pad2(minute))\(pad2(second))Z"
    }

    /// `08:28` (24-hour clock).
    public var hourMinute: String { "\(pad2(hour)):\(pad2(minute))" }

    /// `26 Jun 2025, 08:28 UTC`.
    public var dayAndTime: String { "\(civilDate.shortText), \(hourMinute) UTC" }
}

extension CivilDate {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// `2025-06-26`.
    public var iso8601: String { "\(pad4(year))-\(pad2(month))-\(pad2(day))" }

    /// `20250626` (iCalendar DATE).
    public var icalendarDate: String { "\(pad4(year))\(pad2(month))\(pad2(day))" }

    /// `26 Jun 2025`.
    public var shortText: String { "\(day) \(CivilDate.monthAbbreviations[month - 1]) \(year)" }

    /// `June 2025`.
    public var monthAndYear: String { "\(CivilDate.monthNames[month - 1]) \(year)" }

    /// `June`.
    public var monthName: String { CivilDate.monthNames[month - 1] }
}

@inline(__always)
func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

@inline(__always)
func pad4(_ value: Int) -> String {
    let text = String(value)
    return value >= 0 && text.count < 4 ? String(repeating: "0", count: 4 - text.count) + text : text
}
