import AlmanacModel
import Testing

@Suite("Month grids: ISO weeks from Monday, every day of the month once")
struct MonthGridTests {
    private func day(_ text: String) -> CivilDate { UTCTime(iso8601: text)!.civilDate }

    @Test("a month that starts on a Monday has no leading blank: June 2026")
    func startsOnMonday() {
        let grid = MonthGrid(CalendarMonth(year: 2026, month: 6))
        #expect(grid.weeks.count == 5)
        #expect(grid.weeks[0][0] == day("2026-06-01"))
        #expect(grid.weeks[4] == [day("2026-06-29"), day("2026-06-30"), nil, nil, nil, nil, nil])
        #expect(grid.gridStart == day("2026-06-01"))
    }

    @Test("a month that starts on a Sunday fills six blanks, then needs six rows: March 2026")
    func startsOnSunday() {
        let grid = MonthGrid(CalendarMonth(year: 2026, month: 3))
        #expect(grid.weeks.count == 6)
        #expect(grid.weeks[0] == [nil, nil, nil, nil, nil, nil, day("2026-03-01")])
        #expect(grid.weeks[5] == [day("2026-03-30"), day("2026-03-31"), nil, nil, nil, nil, nil])
        #expect(grid.gridStart == day("2026-02-23"))
    }

    @Test("leap February 2024 has 29 days, February 2025 has 28, February 2021 fills exactly four rows")
    func february() {
        let leap = MonthGrid(CalendarMonth(year: 2024, month: 2))
        let common = MonthGrid(CalendarMonth(year: 2025, month: 2))
        let exact = MonthGrid(CalendarMonth(year: 2021, month: 2))
        #expect(leap.weeks.joined().compactMap { $0 }.count == 29)
        #expect(common.weeks.joined().compactMap { $0 }.count == 28)
        #expect(leap.weeks[0] == [nil, nil, nil, day("2024-02-01"), day("2024-02-02"), day("2024-02-03"), day("2024-02-04")])
        #expect(leap.weeks[4][3] == day("2024-02-29") && leap.weeks[4][4] == nil)
        #expect(common.weeks[0][5] == day("2025-02-01") && common.weeks[4][4] == day("2025-02-28"))
        #expect(exact.weeks.count == 4 && exact.weeks.joined().allSatisfy { $0 != nil })
    }

    @Test("every day of every month of two years appears once, in order, under its weekday")
    func everyDayOnce() {
        for index in 0..<24 {
            let month = CalendarMonth(year: 2024, month: 1).adding(months: index)
            let days = MonthGrid(month).weeks.joined().compactMap { $0 }
            #expect(days.count == month.dayCount)
            #expect(days.enumerated().allSatisfy { $0.element == month.firstDay.adding(days: $0.offset) })
            for week in MonthGrid(month).weeks {
                for (column, date) in week.enumerated() {
                    if let date { #expect(MonthGrid.weekdayIndex(date) == column) }
                }
            }
        }
    }

    @Test("the row of a day is clamped to the grid, for weeks that began the month before")
    func rowOfDay() {
        let grid = MonthGrid(CalendarMonth(year: 2026, month: 12))
        #expect(grid.week(of: day("2026-12-01")) == 0)
        #expect(grid.week(of: day("2026-12-07")) == 1)
        #expect(grid.week(of: day("2026-11-23")) == 0)
        #expect(grid.week(of: day("2026-12-31")) == grid.weeks.count - 1)
    }
}
