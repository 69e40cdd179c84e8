@testable import Almanac
import AlmanacMarkup
import AlmanacModel
import Templates
import Testing

@Suite("Event pages count down to what is coming and lead with the webcast of what is live")
struct EventStatusTests {
    typealias T = CalendarTestSite

    private func page(_ event: Event, _ others: [Event] = []) -> String {
        let site = T.site([event] + others)
        return EventPage.html(site.fullEvents.first { $0.id == event.id }!, in: site).text
    }

    @Test("an upcoming event known to the minute counts down, with its date as the fallback")
    func countdown() {
        let html = page(T.event(1, date: "2026-02-01T10:00:00Z"))
        #expect(html.contains("<p class=\"countdown\" data-countdown=\"2026-02-01T10:00:00Z\" data-done=\"The scheduled time has come.\" hidden>Starts in "))
        #expect(html.contains("<span class=\"countdown-value\" role=\"timer\">1 Feb 2026, 10:00 UTC</span>"))
        #expect(html.contains("<script src=\"../../countdown.js\" defer></script>"))
    }

    @Test("an hour-precision event counts down to its earliest start")
    func hour() {
        #expect(page(T.event(1, date: "2026-02-01T10:00:00Z", precision: .hour)).contains("hidden>Earliest start in "))
    }

    @Test("no countdown for past events, nor for dates known only to the day or coarser", arguments: [
        ("2026-01-15T11:59:00Z", DatePrecision.minute), ("2026-02-01T00:00:00Z", .day),
        ("2026-02-01T00:00:00Z", .morning), ("2026-02-01T00:00:00Z", .month),
    ])
    func noCountdown(date: String, precision: DatePrecision) {
        let html = page(T.event(1, date: date, precision: precision))
        #expect(!html.contains("countdown"))
    }

    @Test("a live event says so first, with its live webcast's link before anything else")
    func live() {
        var event = T.event(1, "Docking live", date: "2026-01-15T11:30:00Z", duration: "PT2H")
        event.isWebcastLive = true
        var replay = Webcast(url: WebURL("https://example.org/replay")!)
        replay.title = "Replay"
        var stream = Webcast(url: WebURL("https://example.org/live")!)
        stream.title = "NASA TV"
        stream.isLive = true
        event.webcasts = [replay, stream]
        let html = page(event)
        let banner = "<p class=\"live-now\"><span class=\"badge live\">Live</span> <a href=\"https://example.org/live\">Watch live: NASA TV</a></p>"
        #expect(html.contains(banner))
        #expect(html.range(of: banner)!.lowerBound < html.range(of: "<dl class=\"facts\">")!.lowerBound)
        let watch = html.range(of: "<h2 id=\"webcasts\">Watch</h2>")!.upperBound
        #expect(html[watch...].range(of: "NASA TV")!.lowerBound < html[watch...].range(of: "Replay")!.lowerBound)
    }

    @Test("a stale live flag far from the event's time shows nothing")
    func stale() {
        var event = T.event(1, date: "2025-06-01T10:00:00Z")
        event.isWebcastLive = true
        event.webcasts = [Webcast(url: WebURL("https://example.org/live")!)]
        #expect(!page(event).contains("live-now"))
    }
}
