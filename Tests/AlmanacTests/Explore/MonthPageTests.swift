@testable import Almanac
import AlmanacModel
import Foundation
import Templates
import Testing

@Suite("Month pages place each event as truthfully as its date allows")
struct MonthPageTests {
    typealias T = CalendarTestSite

    static let site = T.site([
        T.event(1, "Midnight docking", date: "2026-03-01T00:00:00Z"),
        T.event(2, "Last minute of February", date: "2026-02-28T23:59:00Z"),
        T.event(3, "Day only", date: "2026-03-01T00:00:00Z", precision: .day),
        T.event(4, "Sometime in December", date: "2026-12-01T00:00:00Z", precision: .month),
        T.event(5, "Third quarter", date: "2026-07-01T00:00:00Z", precision: .quarter(3)),
        T.event(6, "Week across months", date: "2026-11-30T00:00:00Z", precision: .week),
        T.event(7, "Undated", date: nil),
        T.event(8, "Not before two", date: "2026-03-10T14:00:00Z", precision: .hour),
    ])
    static let files = RenderedSite(site).files

    /// The cell of `day` (`2026-03-01`) in a month page, from its `<td` to its `</td>`.
    private func cell(_ html: String, _ day: String) -> String {
        guard let time = html.range(of: "<time class=\"day-number\" datetime=\"\(day)\">"),
              let start = html[..<time.lowerBound].range(of: "<td", options: .backwards),
              let end = html[time.upperBound...].range(of: "</td>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("an event at 00:00 UTC is on the day it starts, with its time; a minute earlier is the month before")
    func midnight() throws {
        let march = try #require(Self.files["calendar/2026/03/index.html"])
        let february = try #require(Self.files["calendar/2026/02/index.html"])
        #expect(cell(march, "2026-03-01").contains("<time datetime=\"2026-03-01T00:00:00Z\">00:00</time>"))
        #expect(cell(march, "2026-03-01").contains(">Midnight docking</a>"))
        #expect(cell(february, "2026-02-28").contains("23:59</time></span> <a"))
        #expect(!march.contains("Last minute of February") && !february.contains("Midnight docking"))
    }

    @Test("a day-precision event is on its day without a time; an hour-precision one says NET")
    func dayAndHour() throws {
        let march = try #require(Self.files["calendar/2026/03/index.html"])
        #expect(cell(march, "2026-03-01").contains("<li><a href=\"../../../events/day-only/\">Day only</a></li>"))
        #expect(cell(march, "2026-03-10").contains("NET <time datetime=\"2026-03-10T14:00:00Z\">14:00</time>"))
    }

    @Test("month and coarser events are listed under their month, on no day")
    func coarse() throws {
        let december = try #require(Self.files["calendar/2026/12/index.html"])
        let july = try #require(Self.files["calendar/2026/07/index.html"])
        let whole = try #require(december.range(of: "<h2 id=\"month-only\">Day not yet known</h2>"))
        #expect(december[whole.upperBound...].contains("Sometime in December</a>"))
        #expect(december[whole.upperBound...].contains("NET December 2026"))
        #expect(cell(december, "2026-12-01").contains("day empty") && !cell(december, "2026-12-01").contains("<a "))
        #expect(july.contains("NET Q3 2026") && cell(july, "2026-07-01").contains("day empty"))
    }

    @Test("a week-precision event follows its week's row, and the next month's first row when it reaches into it")
    func week() throws {
        let november = try #require(Self.files["calendar/2026/11/index.html"])
        let december = try #require(Self.files["calendar/2026/12/index.html"])
        for page in [november, december] {
            let band = try #require(page.range(of: "<tr class=\"week-band\">"))
            #expect(page[band.upperBound...].prefix(300).contains("Week of 30 November</time>"))
            #expect(page[band.upperBound...].prefix(300).contains("Week across months</a>"))
        }
        // November's band follows the row holding the 30th; December's follows its first row.
        let novemberRow = try #require(november.range(of: "datetime=\"2026-11-30\""))
        #expect(november[novemberRow.upperBound...].range(of: "week-band") != nil)
        #expect(december.range(of: "week-band")!.lowerBound < december.range(of: "datetime=\"2026-12-07\"")!.lowerBound)
        #expect(!cell(november, "2026-11-30").contains("<a "))
    }

    @Test("buckets: undated events are on no month; the current month always has a page")
    func buckets() {
        let months = EventsByMonth(Self.site)
        #expect(months.undatedCount == 1)
        #expect(months.ordered.map(\.path) == ["2026/01", "2026/02", "2026/03", "2026/07", "2026/11", "2026/12"])
        #expect(months.months[CalendarMonth(year: 2026, month: 1)]?.count == 0)
        #expect(months.months[CalendarMonth(year: 2026, month: 12)]?.count == 2)
        #expect(months.neighbours(of: CalendarMonth(year: 2026, month: 3)).previous?.path == "2026/02")
        #expect(months.neighbours(of: CalendarMonth(year: 2026, month: 3)).next?.path == "2026/07")
        #expect(months.neighbours(of: CalendarMonth(year: 2026, month: 5)).next?.path == "2026/07")
        #expect(months.neighbours(of: CalendarMonth(year: 2026, month: 1)).previous == nil)
    }

    @Test("today is marked once, on the calendar's front page and on its month's page")
    func today() throws {
        for path in ["calendar/index.html", "calendar/2026/01/index.html"] {
            let page = try #require(Self.files[path])
            #expect(page.components(separatedBy: "aria-current=\"date\"").count == 2, "\(path)")
            #expect(cell(page, "2026-01-15").contains("class=\"day empty today\" aria-current=\"date\""), "\(path)")
        }
        #expect(Self.files["calendar/2026/03/index.html"]?.contains("aria-current") == false)
    }

    @Test("the grid is a table with a caption and a header per weekday; months link to their neighbours")
    func accessibleTable() throws {
        let march = try #require(Self.files["calendar/2026/03/index.html"])
        #expect(march.contains("<table class=\"month\">\n<caption>"))
        #expect(march.components(separatedBy: "<th scope=\"col\">").count == 8)
        #expect(march.contains("<th scope=\"col\"><abbr title=\"Monday\">Mon</abbr></th>"))
        #expect(march.contains("<a rel=\"prev\" href=\"../../../calendar/2026/02/\">← February 2026</a>"))
        #expect(march.contains("<a rel=\"next\" href=\"../../../calendar/2026/07/\">July 2026 →</a>"))
        let index = try #require(Self.files["calendar/index.html"])
        #expect(index.contains("<a href=\"../calendar/2026/12/\">December</a> <span class=\"count\">2</span>"))
        #expect(index.contains("1 event has no date yet"))
    }
}
