/// The weeks of a month as a calendar grid shows them: ISO 8601 weeks, Monday first, Sunday last;
/// days of the neighbouring months are nil.
public struct MonthGrid: Sendable, Hashable {
    public let month: CalendarMonth
    /// Each week's seven days, Monday to Sunday.
    public let weeks: [[CivilDate?]]

    public init(_ month: CalendarMonth) {
        self.month = month
        let first = month.firstDay
        let leading = MonthGrid.weekdayIndex(first)
        let cells = leading + month.dayCount
        weeks = (0..<(cells + 6) / 7).map { week in
            (0..<7).map { column in
                let day = week * 7 + column - leading + 1
                return (1...month.dayCount).contains(day) ? CivilDate(year: month.year, month: month.month, day: day) : nil
            }
        }
    }

    /// The Monday that starts the grid (it may belong to the month before).
    public var gridStart: CivilDate { month.firstDay.adding(days: -MonthGrid.weekdayIndex(month.firstDay)) }

    /// The row of the week holding `date`, clamped to the grid.
    public func week(of date: CivilDate) -> Int {
        let offset = Int(date.daysSince1970 - gridStart.daysSince1970)
        return min(max(offset.floorDiv(7), 0), weeks.count - 1)
    }

    /// 0 for Monday through 6 for Sunday.
    public static func weekdayIndex(_ date: CivilDate) -> Int { (date.weekday + 6) % 7 }

    /// `Monday` … `Sunday`, in grid order.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
