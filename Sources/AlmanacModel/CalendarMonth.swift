/// A month of the Gregorian calendar, as the month pages name it.
public struct CalendarMonth: Sendable, Hashable, Comparable {
    public let year: Int
    /// 1–12.
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month `date` falls in.
    public init(_ date: CivilDate) { self.init(year: date.year, month: date.month) }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1) }

    public var dayCount: Int { CivilDate.daysIn(month: month, year: year) }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> CalendarMonth { CalendarMonth(firstDay.firstOfMonth(adding: count)) }

    /// `2026/01`: the month's folder under `calendar/`.
    public var path: String { "\(pad4(year))/\(pad2(month))" }

    /// `2026-01`, for `<time datetime>`.
    public var machineText: String { "\(pad4(year))-\(pad2(month))" }

    /// `January 2026`.
    public var name: String { firstDay.monthAndYear }

    /// True when the year can name a folder (`0001`–`9999`).
    public var hasPage: Bool { (1...9999).contains(year) }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
