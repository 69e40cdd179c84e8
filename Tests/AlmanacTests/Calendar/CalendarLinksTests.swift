import AlmanacMarkup
import AlmanacModel
import Templates
import Testing

@Suite("Pages offer their feeds and say what they hold")
struct CalendarLinksTests {
    typealias T = CalendarTestSite

    @Test("a scope page links its feed by webcal:, through Google Calendar and by https, and states the window")
    func scopeLinks() throws {
        var settings = CalendarSettings()
        settings.pastDays = 7
        let site = T.site([T.event(1, date: "2026-02-01T10:00:00Z")], calendar: settings)
        let type = site.types[0]
        let location = PageLocation.type(type.slug)
        let html = CalendarLinks.items(.type(site, type), from: location, in: site).joined().text
        #expect(html.contains(#"href="webcal://example.org/space/types/docking/calendar.ics""#))
        #expect(html.contains(#"href="https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fexample.org%2Fspace%2Ftypes%2Fdocking%2Fcalendar.ics""#))
        #expect(html.contains(#"href="../../types/docking/calendar.ics" type="text/calendar""#))
        #expect(html.contains("https://example.org/space/types/docking/calendar.ics</code>"))
        #expect(html.contains("every upcoming event and those of the past 7 days"))
        #expect(html.contains("known only to the month or more coarsely"))
        let head = CalendarLinks.head(.type(site, type), from: location, in: site).joined().text
        #expect(head.contains(#"<link rel="alternate" type="text/calendar" title="Almanac — Docking (iCalendar)" href="../../types/docking/calendar.ics">"#))
    }

    @Test("the home page's Follow section carries the calendar links")
    func homePage() {
        let site = T.site([T.event(1, date: "2026-02-01T10:00:00Z")])
        let html = HomePage.html(site).text
        #expect(html.contains(#"<h2 id="follow">Follow</h2>"#))
        #expect(html.contains(#"href="webcal://example.org/space/calendar.ics""#))
        #expect(html.contains(#"<link rel="alternate" type="text/calendar""#))
    }

    @Test("an event page offers its own file and Google Calendar with the same times")
    func eventPage() {
        let event = T.event(1, "Soyuz MS-28 Docking", date: "2025-11-27T12:38:29Z", duration: "PT58M18S")
        let site = T.site([event])
        let html = EventPage.html(site.event(at: 0), in: site).text
        #expect(html.contains(#"<a href="../../events/soyuz-ms-28-docking/event.ics" type="text/calendar">Add to my calendar</a>"#))
        #expect(html.contains("action=TEMPLATE&amp;text=Soyuz%20MS-28%20Docking&amp;dates=20251127T123829Z%2F20251127T133647Z"))
    }

    @Test("an all-day event's Google link uses dates with an exclusive end")
    func allDayGoogleLink() throws {
        let event = T.event(1, date: "2026-11-30T00:00:00Z", precision: .week)
        let url = try #require(GoogleCalendarLink.addEvent(event, in: T.site([event])))
        #expect(url.string.contains("dates=20261130%2F20261207"))
    }

    @Test("a coarse or undated event's page says why it has no calendar file", arguments: [
        ("2026-12-01T00:00:00Z", "known only as “NET December 2026”"), (nil, "date is not known yet"),
    ])
    func unplaceable(date: String?, reason: String) {
        let event = T.event(1, date: date, precision: .month)
        let site = T.site([event])
        let html = EventPage.html(site.event(at: 0), in: site).text
        #expect(!html.contains("event.ics"))
        #expect(!html.contains("calendar.google.com"))
        #expect(html.contains(reason))
    }
}
