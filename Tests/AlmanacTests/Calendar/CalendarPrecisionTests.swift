@testable import Almanac
import AlmanacModel
import Templates
import Testing

@Suite("Each date precision goes on a calendar as truthfully as it is known")
struct CalendarPrecisionTests {
    typealias T = CalendarTestSite

    @Test("second, minute and hour precision are timed events in UTC",
          arguments: [DatePrecision.second, .minute, .hour])
    func timed(precision: DatePrecision) throws {
        let event = T.event(1, date: "2026-03-06T17:05:00Z", precision: precision, duration: "PT1H5M34S")
        let vevent = try #require(T.vevent(event, in: T.site([event])))
        #expect(vevent.one("DTSTART")?.value == "20260306T170500Z")
        #expect(vevent.one("DTSTART")?.parameters.isEmpty == true)
        #expect(vevent.one("DURATION")?.value == "PT1H5M34S")
        #expect(vevent.all("DTEND").isEmpty)
        #expect(vevent.one("STATUS")?.value == (precision == .hour ? "TENTATIVE" : "CONFIRMED"))
    }

    @Test("morning, afternoon and day precision fill their day, with an exclusive end",
          arguments: [DatePrecision.morning, .afternoon, .day])
    func allDay(precision: DatePrecision) throws {
        let event = T.event(1, date: "2026-12-31T09:00:00Z", precision: precision, duration: "PT5H")
        let vevent = try #require(T.vevent(event, in: T.site([event])))
        #expect(vevent.one("DTSTART")?.value == "20261231")
        #expect(vevent.one("DTSTART")?.parameters == ["VALUE": "DATE"])
        #expect(vevent.one("DTEND")?.value == "20270101")
        #expect(vevent.one("DTEND")?.parameters == ["VALUE": "DATE"])
        #expect(vevent.all("DURATION").isEmpty, "never both DTEND and DURATION")
        #expect(vevent.one("STATUS")?.value == "TENTATIVE")
    }

    @Test("week precision spans its seven days as an all-day event")
    func week() throws {
        let event = T.event(1, date: "2026-11-30T00:00:00Z", precision: .week)
        let vevent = try #require(T.vevent(event, in: T.site([event])))
        #expect(vevent.one("DTSTART")?.value == "20261130")
        #expect(vevent.one("DTEND")?.value == "20261207")
    }

    @Test("month and coarser never become a (placeholder) timed event: no feed entry, no file",
          arguments: [DatePrecision.month, .quarter(4), .half(2), .year, .fiscalYear, .decade])
    func coarse(precision: DatePrecision) {
        let coarse = T.event(1, date: "2026-12-01T00:00:00Z", precision: precision)
        let site = T.site([coarse, T.event(2, date: "2026-02-01T10:00:00Z")])
        #expect(coarse.calendarPlacement() == nil)
        #expect(CalendarFeed.single(coarse, in: site) == nil)
        #expect(T.homeFeed(site).children("VEVENT").compactMap { $0.one("UID")?.value } == ["ll2-event-2@example.org"])
        let paths = SiteRenderer(site: site, assets: []).plan().filter { $0.path.hasSuffix(".ics") }.map(\.path)
        #expect(!paths.contains("events/event-1/event.ics"))
        #expect(paths.contains("events/event-2/event.ics"))
    }

    @Test("an event without a date is in no feed and has no file")
    func undated() {
        let event = T.event(1, date: nil)
        let site = T.site([event])
        #expect(CalendarFeed.single(event, in: site) == nil)
        #expect(T.homeFeed(site).children("VEVENT").isEmpty)
    }

    @Test("without a duration a timed event is an instant, unless a default duration is set")
    func defaultDuration() throws {
        let event = T.event(1, date: "2026-03-06T17:05:00Z")
        let instant = try #require(T.vevent(event, in: T.site([event])))
        #expect(instant.all("DURATION").isEmpty && instant.all("DTEND").isEmpty)
        var settings = CalendarSettings()
        settings.defaultDuration = EventDuration(iso8601: "PT1H")
        let lasting = try #require(T.vevent(event, in: T.site([event], calendar: settings)))
        #expect(lasting.one("DURATION")?.value == "PT1H")
        let given = T.event(2, date: "2026-03-06T17:05:00Z", duration: "PT6S")
        #expect(T.vevent(given, in: T.site([given], calendar: settings))?.one("DURATION")?.value == "PT6S")
    }

    @Test("a year iCalendar cannot write keeps the event off calendars")
    func yearOutOfRange() {
        #expect(T.event(1, date: "9999-12-31T00:00:00Z", precision: .day).calendarPlacement() == nil)
        #expect(T.event(1, date: "0001-01-01T00:00:00Z", precision: .day).calendarPlacement() != nil)
    }
}
