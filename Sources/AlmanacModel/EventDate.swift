/// An event's date: the instant the API gives and how precisely it is known. Its texts are made
/// when they are shown, not kept: two strings per event were 16 MB at 100,000 events, and making
/// one costs about as much as copying it.
public struct EventDate: Sendable, Hashable {
    public let instant: UTCTime
    public let precision: DatePrecision
    /// The last instant the date could still stand for: the end of its day, week, month, quarter…
    /// An event is upcoming until then.
    public let periodEnd: UTCTime

    public init(instant: UTCTime, precision: DatePrecision) {
        self.instant = instant
        self.precision = precision
        periodEnd = EventDate.periodEnd(instant, precision)
    }

    /// The date as a reader should see it: `27 Nov 2025, 12:38 UTC`, `27 Nov 2025, NET 14:00 UTC`,
    /// `Morning of 5 Dec 2026`, `5 Dec 2026`, `Week of 30 Nov 2026`, `NET December 2026`,
    /// `NET Q3 2026`, `NET H2 2027`, `NET 2027`, `NET FY 2027`, `NET 2020s`.
    public var text: String { EventDate.text(instant, precision) }

    /// The `datetime` attribute of `<time>`: as precise as the date is known, never more
    /// (`2025-11-27T12:38:00Z`, `2026-12-05`, `2026-12`, `2027`).
    public var machineText: String { EventDate.machineText(instant, precision) }

    private static func text(_ instant: UTCTime, _ precision: DatePrecision) -> String {
        let date = instant.civilDate
        switch precision {
        case .second, .minute: return instant.dayAndTime
        case .hour: return "\(date.shortText), NET \(instant.hourMinute) UTC"
        case .morning: return "Morning of \(date.shortText)"
        case .afternoon: return "Afternoon of \(date.shortText)"
        case .day: return date.shortText
        case .week: return "Week of \(date.shortText)"
        case .month: return "NET \(date.monthAndYear)"
        case .quarter(let quarter): return "NET Q\(quarter) \(date.year)"
        case .half(let half): return "NET H\(half) \(date.year)"
        case .year: return "NET \(date.year)"
        case .fiscalYear: return "NET FY \(date.year)"
        case .decade: return "NET \(date.year / 10 * 10)s"
        }
    }

    private static func machineText(_ instant: UTCTime, _ precision: DatePrecision) -> String {
        let date = instant.civilDate
        switch precision {
        case .second, .minute, .hour: return instant.iso8601
        case .morning, .afternoon, .day, .week: return date.iso8601
        case .month: return "\(pad4(date.year))-\(pad2(date.month))"
        case .quarter, .half, .year, .fiscalYear, .decade: return pad4(date.year)
        }
    }

    private static func periodEnd(_ instant: UTCTime, _ precision: DatePrecision) -> UTCTime {
        let date = instant.civilDate
        switch precision {
        case .second, .minute, .hour: return instant
        case .morning, .afternoon, .day: return UTCTime(date.adding(days: 1))
        case .week: return UTCTime(date.adding(days: 7))
        case .month: return UTCTime(date.firstOfMonth(adding: 1))
        case .quarter(let quarter):
            return UTCTime(CivilDate(year: date.year, month: 1, day: 1).firstOfMonth(adding: quarter * 3))
        case .half(let half):
            return UTCTime(CivilDate(year: date.year, month: 1, day: 1).firstOfMonth(adding: half * 6))
        case .year: return UTCTime(CivilDate(year: date.year + 1, month: 1, day: 1))
        case .fiscalYear: return UTCTime(CivilDate(year: date.year + 1, month: 12, day: 31))
        case .decade: return UTCTime(CivilDate(year: date.year / 10 * 10 + 10, month: 1, day: 1))
        }
    }
}

extension CivilDate {
    /// The first day of the month `months` after this one.
    public func firstOfMonth(adding months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        return CivilDate(year: index.floorDiv(12), month: index - index.floorDiv(12) * 12 + 1, day: 1)
    }
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
