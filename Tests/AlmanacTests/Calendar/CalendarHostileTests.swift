import AlmanacMarkup
import AlmanacModel
import Templates
import Testing

@Suite("No string from the API can break a calendar file")
struct CalendarHostileTests {
    typealias T = CalendarTestSite

    @Test("hostile text in every field stays text in one VEVENT, within the line rules",
          arguments: HostileStrings.all)
    func everyField(hostile: String) throws {
        var event = T.event(7, hostile, date: "2026-02-01T10:00:00Z", lastUpdated: "2026-01-10T00:00:00Z")
        event.description = hostile
        event.location = hostile
        event.type.name = hostile
        var webcast = Webcast(url: WebURL("https://example.org/watch?v=1")!)
        webcast.title = hostile
        event.webcasts = [webcast]
        var site = T.site([event])
        site.config.title = hostile
        let calendar = T.homeFeed(site)
        let vevents = calendar.children("VEVENT")
        try #require(vevents.count == 1)
        let expected = HostileStrings.asCalendarText(hostile)
        #expect(calendar.one("X-WR-CALNAME")?.text == expected)
        #expect(vevents[0].one("UID")?.text == "ll2-event-7@example.org")
        #expect(vevents[0].one("SUMMARY")?.text == expected)
        #expect(vevents[0].one("LOCATION")?.text == expected)
        #expect(vevents[0].one("DESCRIPTION")?.text.contains(expected) == true)
        #expect(vevents[0].one("CATEGORIES")?.value.contains(#"\,"#) == hostile.contains(","))
        let label = try #require(vevents[0].one("CONFERENCE")?.parameters["LABEL"])
        #expect(!label.contains("\n") && !label.contains("\r"))
        #expect(vevents[0].one("CONFERENCE")?.value == "https://example.org/watch?v=1")
    }

    @Test("a 10,000-character name is folded, not cut, and unfolds to itself")
    func longName() throws {
        let name = String(repeating: "Crew Dragon 🚀 docking, ", count: 420)
        let event = T.event(1, name, date: "2026-02-01T10:00:00Z")
        let text = try #require(CalendarFeed.single(event, in: T.site([event]))).serialized
        #expect(text.utf8.count > 10_000)
        #expect(ICSReader.read(text).children("VEVENT").first?.one("SUMMARY")?.text == name)
    }
}
