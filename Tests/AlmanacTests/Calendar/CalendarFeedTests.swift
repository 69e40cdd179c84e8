@testable import Almanac
import AlmanacModel
import Templates
import Testing

@Suite("Feeds built from the recorded Launch Library 2 data")
struct CalendarFeedTests {
    static let detailed = ["ll2/event-1201-2.3.0-detailed.json", "ll2/event-352-2.3.0-detailed.json",
                           "ll2/event-1300-2.2.0.json"]

    @Test("the golden feed: two detailed events in the window, the third (June 2025) left out")
    func golden() throws {
        let site = try TestBuild.site(from: Self.detailed)
        Snapshot.assertMatches(CalendarFeed.feed(.home(site), in: site).serialized, named: "calendar-home.ics")
    }

    @Test("the calendar says what it is, what it holds, how often to refresh and where it comes from")
    func header() throws {
        let site = try TestBuild.site(from: Self.detailed)
        let type = try #require(site.types.first { $0.name == "Docking" })
        let calendar = ICSReader.read(CalendarFeed.feed(.type(site, type), in: site).serialized)
        #expect(calendar.one("VERSION")?.value == "2.0")
        #expect(calendar.one("PRODID")?.text == "-//Almanac//Almanac test//EN")
        #expect(calendar.one("CALSCALE")?.value == "GREGORIAN")
        #expect(calendar.one("METHOD")?.value == "PUBLISH")
        #expect(calendar.one("NAME")?.text == "Almanac — Docking")
        #expect(calendar.one("X-WR-CALNAME")?.text == "Almanac — Docking")
        let description = try #require(calendar.one("DESCRIPTION")?.text)
        #expect(description.contains("every upcoming event and those of the past 90 days"))
        #expect(description.contains("known only to the month or more coarsely"))
        #expect(calendar.one("X-WR-CALDESC")?.text == description)
        #expect(calendar.one("REFRESH-INTERVAL")?.parameters == ["VALUE": "DURATION"])
        #expect(calendar.one("REFRESH-INTERVAL")?.value == "PT1H")
        #expect(calendar.one("X-PUBLISHED-TTL")?.value == "PT1H")
        #expect(calendar.one("URL")?.value == "https://example.org/space/types/docking/")
        #expect(calendar.one("SOURCE")?.value == "https://example.org/space/types/docking/calendar.ics")
        #expect(calendar.children("VEVENT").compactMap { $0.one("CATEGORIES")?.text } == ["Docking"])
    }

    @Test("a VEVENT carries the event's identity, times, revision, text and links")
    func vevent() throws {
        let site = try TestBuild.site(from: Self.detailed)
        let event = try #require(site.fullEvents.first { $0.id.rawValue == 1201 })
        let vevent = try #require(CalendarTestSite.vevent(event, in: site))
        #expect(vevent.one("UID")?.text == "ll2-event-1201@example.org")
        #expect(vevent.one("DTSTAMP")?.value == "20250626T135556Z")
        #expect(vevent.one("LAST-MODIFIED")?.value == "20250626T135556Z")
        #expect(vevent.one("DTSTART")?.value == "20250626T103000Z")
        #expect(vevent.one("DURATION")?.value == "PT5H24M4S")
        let expectedSequence = UTCTime(iso8601: "2025-06-26T13:55:56Z")!.secondsSince1970 - 1_577_836_800
        #expect(vevent.one("SEQUENCE")?.value == String(expectedSequence))
        #expect(vevent.one("SUMMARY")?.text == "SpaceX AX-4 Crew Dragon Docking")
        #expect(vevent.one("LOCATION")?.text == "International Space Station")
        #expect(vevent.one("URL")?.value == "https://example.org/space/events/spacex-ax-4-crew-dragon-docking/")
        let description = try #require(vevent.one("DESCRIPTION")?.text)
        #expect(description.hasPrefix("When: 26 Jun 2025, 10:30 UTC\n\nThe AX-4 Crew Dragon will dock autonomously"))
        #expect(description.hasSuffix("\n\nEvent page: https://example.org/space/events/spacex-ax-4-crew-dragon-docking/"))
        #expect(vevent.one("ORGANIZER")?.value == "https://example.org/space/")
        #expect(vevent.one("TRANSP")?.value == "TRANSPARENT")
        #expect(vevent.one("IMAGE")?.parameters["VALUE"] == "URI")
        let conferences = vevent.all("CONFERENCE")
        #expect(conferences.count == event.webcasts.count && !conferences.isEmpty)
        #expect(conferences.map(\.value) == event.webcasts.map(\.url.string))
        #expect(conferences.allSatisfy { $0.parameters["VALUE"] == "URI" && $0.parameters["FEATURE"] == "VIDEO" })
        for webcast in event.webcasts { #expect(description.contains("\(webcast.label): \(webcast.url)")) }
    }

    @Test("every file of the whole recorded data set reads strictly, with unique UIDs per feed")
    func wholeDataSet() throws {
        let site = try TestBuild.site(from: FixtureSet.all)
        let files = SiteRenderer(site: site, assets: []).plan().filter { $0.path.hasSuffix(".ics") }
        let scopes = 1 + site.types.count + site.stations.count + site.agencies.count + site.programs.count
        #expect(files.count == scopes * (1 + CalendarReminder.all.count)
            + site.events.filter { $0.calendarPlacement() != nil }.count)
        for file in files {
            let calendar = ICSReader.read(String(decoding: file.contents(), as: UTF8.self))
            let uids = calendar.children("VEVENT").compactMap { $0.one("UID")?.text }
            #expect(Set(uids).count == uids.count, "\(file.path)")
            for vevent in calendar.children("VEVENT") {
                _ = (vevent.one("DTSTAMP"), vevent.one("DTSTART"), vevent.one("SUMMARY"))
                #expect(vevent.all("DTEND").isEmpty || vevent.all("DURATION").isEmpty, "\(file.path)")
            }
        }
    }

    @Test("a type's or station's feed holds only its own events")
    func scopes() throws {
        let site = try TestBuild.site(from: FixtureSet.all)
        let station = try #require(site.stations.first { $0.name == "International Space Station" })
        let calendar = ICSReader.read(CalendarFeed.feed(.station(site, station), in: site).serialized)
        let uids = Set(calendar.children("VEVENT").compactMap { $0.one("UID")?.text })
        let expected = Set(site.calendarFeedIndexes(station.eventIndexes).map { "ll2-event-\(site.events[$0].id)@example.org" })
        #expect(!uids.isEmpty && uids == expected)
        #expect(site.calendarFeedIndexes(station.eventIndexes).count < station.eventIndexes.count)
    }

    @Test("a feed with no event in its window stays a valid calendar, with a UTC time zone")
    func emptyFeed() throws {
        let site = try TestBuild.site(from: FixtureSet.all)
        let skylab = try #require(site.stations.first { $0.name == "Skylab" })
        let calendar = ICSReader.read(CalendarFeed.feed(.station(site, skylab), in: site).serialized)
        #expect(calendar.children("VEVENT").isEmpty)
        #expect(calendar.children("VTIMEZONE").first?.one("TZID")?.value == "UTC")
    }
}
