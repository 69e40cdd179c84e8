@testable import Almanac
import AlmanacModel
import Templates
import Testing

@Suite("Calendar variants with reminders: a VALARM on each timed event, none in the plain feed")
struct ReminderTests {
    typealias T = CalendarTestSite

    static let site = T.site([
        T.event(1, "Timed docking", date: "2026-02-01T10:00:00Z", duration: "PT1H"),
        T.event(2, "All-day event", date: "2026-02-02T00:00:00Z", precision: .day),
        T.event(3, "Week event", date: "2026-02-09T00:00:00Z", precision: .week),
        T.event(4, "Not before noon", date: "2026-02-03T12:00:00Z", precision: .hour),
        T.event(5, "Afternoon event", date: "2026-02-04T00:00:00Z", precision: .afternoon),
    ])

    private func feed(_ reminder: CalendarReminder?) -> ICSComponent {
        ICSReader.read(CalendarFeed.feed(.home(Self.site), in: Self.site, reminder: reminder).serialized)
    }

    private func alarms(_ calendar: ICSComponent) -> [String: [ICSComponent]] {
        Dictionary(uniqueKeysWithValues: calendar.children("VEVENT").map { ($0.one("SUMMARY")!.text, $0.children("VALARM")) })
    }

    @Test("15 and 60 minutes: one display alarm before the start of each timed event", arguments: [(15, "-PT15M", "15 minutes"), (60, "-PT1H", "1 hour")])
    func timedEvents(minutes: Int, trigger: String, lead: String) throws {
        let reminder = try #require(CalendarReminder.all.first { $0.minutes == minutes })
        let alarms = alarms(feed(reminder))
        #expect(alarms.count == 5)
        for name in ["Timed docking", "Not before noon"] {
            let alarm = try #require(alarms[name]?.first)
            #expect(alarms[name]?.count == 1)
            #expect(alarm.one("ACTION")?.value == "DISPLAY")
            #expect(alarm.one("TRIGGER")?.value == trigger && alarm.one("TRIGGER")?.parameters.isEmpty == true)
            #expect(alarm.one("DESCRIPTION")?.text == "\(name) starts in \(lead)")
        }
    }

    @Test("all-day, part-of-day and week events get no alarm: their start is midnight, not a time")
    func allDayEvents() {
        for reminder in CalendarReminder.all {
            let alarms = alarms(feed(reminder))
            for name in ["All-day event", "Week event", "Afternoon event"] { #expect(alarms[name]?.isEmpty == true, "\(name)") }
        }
    }

    @Test("the plain feed and an event's own file carry no alarm")
    func plainFeed() {
        #expect(!CalendarFeed.feed(.home(Self.site), in: Self.site).serialized.contains("VALARM"))
        #expect(!Self.site.fullEvents.contains { CalendarFeed.single($0, in: Self.site)?.serialized.contains("VALARM") == true })
    }

    @Test("each variant names itself and points SOURCE at its own file, beside every feed")
    func headers() throws {
        let calendar = feed(CalendarReminder.all[0])
        #expect(calendar.one("NAME")?.text == "Almanac (reminders 15 minutes before)")
        #expect(calendar.one("SOURCE")?.value == "https://example.org/space/calendar-alarm-15.ics")
        #expect(calendar.one("X-WR-CALDESC")?.text.contains("a reminder 15 minutes before it starts") == true)
        let paths = Set(RenderedSite(Self.site).files.keys.filter { $0.hasSuffix(".ics") && !$0.hasPrefix("events/") })
        #expect(paths == ["calendar.ics", "calendar-alarm-15.ics", "calendar-alarm-60.ics", "types/docking/calendar.ics",
                          "types/docking/calendar-alarm-15.ics", "types/docking/calendar-alarm-60.ics"])
    }

    @Test("pages offering a calendar offer the variants and say which apps honour them")
    func offered() throws {
        let home = try #require(RenderedSite(Self.site).files["index.html"])
        #expect(home.contains("<a href=\"webcal://example.org/space/calendar-alarm-15.ics\">15 minutes before</a>"))
        #expect(home.contains("<a href=\"webcal://example.org/space/calendar-alarm-60.ics\">1 hour before</a>"))
        #expect(home.contains("Google Calendar ignores reminders in subscribed calendars"))
    }
}
