import AlmanacModel
import Templates
import Testing

@Suite("Feeds hold every upcoming event and the past calendar.pastDays days")
struct CalendarWindowTests {
    typealias T = CalendarTestSite

    /// `TestBuild.now` is 2026-01-15T12:00:00Z; 90 days before is 2025-10-17T12:00:00Z.
    static let events = [
        T.event(1, date: "2025-10-17T11:00:00Z"),                                 // 90 days and 1 h ago
        T.event(2, date: "2025-10-17T13:00:00Z"),                                 // 89 days and 23 h ago
        T.event(3, date: "2025-10-17T10:00:00Z", duration: "PT3H"),               // ends inside the window
        T.event(4, date: "2025-10-12T00:00:00Z", precision: .week),               // its week ends inside
        T.event(5, date: "2026-01-15T11:00:00Z"),                                 // an hour ago
        T.event(6, date: "2027-06-01T09:00:00Z"),                                 // upcoming
        T.event(7, date: "2026-12-01T00:00:00Z", precision: .month),              // upcoming, coarse
        T.event(8, date: nil),                                                    // undated
    ]

    @Test("the default window is 90 days; an event is in while it ends inside it")
    func defaultWindow() {
        #expect(ids(CalendarSettings()) == [2, 3, 4, 5, 6])
    }

    @Test("--calendar-days changes the window: 0 keeps only upcoming events", arguments: [
        (0, [6]), (1, [5, 6]), (365, [1, 2, 3, 4, 5, 6]),
    ])
    func otherWindows(days: Int, expected: [Int]) {
        var settings = CalendarSettings()
        settings.pastDays = days
        #expect(ids(settings) == expected)
    }

    @Test("the single-event files keep what the window leaves out")
    func singleFilesKeepEverything() {
        let site = T.site(Self.events)
        let old = site.fullEvents.first { $0.id.rawValue == 1 }!
        #expect(CalendarFeed.single(old, in: site) != nil)
    }

    /// The ids in the home feed, sorted.
    private func ids(_ settings: CalendarSettings) -> [Int] {
        let site = T.site(Self.events, calendar: settings)
        return T.homeFeed(site).children("VEVENT").compactMap { vevent in
            vevent.one("UID").flatMap { Int($0.text.dropFirst("ll2-event-".count).prefix { $0.isNumber }) }
        }.sorted()
    }
}
