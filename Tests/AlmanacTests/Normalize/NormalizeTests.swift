@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Normalizing into the view model")
struct NormalizeTests {
    /// The site of events given as JSON objects, one input after another.
    private func site(_ events: [String]) throws -> Site {
        var input = DecodedInput()
        for (index, json) in events.enumerated() {
            try InputReader().decode(Data("[\(json)]".utf8), name: "inline-\(index)", into: &input)
        }
        return TestBuild.normalize(input)
    }

    @Test("events are merged by id: the newest last_updated wins, whatever the order")
    func mergeNewestWins() throws {
        let old = #"{"id": 1, "name": "Old", "last_updated": "2025-01-01T00:00:00Z"}"#
        let new = #"{"id": 1, "name": "New", "last_updated": "2025-02-01T00:00:00Z"}"#
        #expect(try site([old, new]).events.map(\.name) == ["New"])
        #expect(try site([new, old]).events.map(\.name) == ["New"])
    }

    @Test("slugs: the API's when safe and unique (lowest id keeps it), else derived from name and id")
    func slugs() throws {
        let events = [
            #"{"id": 3, "name": "Third", "slug": "same"}"#, #"{"id": 2, "name": "Second", "slug": "same"}"#,
            #"{"id": 4, "name": "Up & Out", "slug": "../../etc"}"#, #"{"id": 5, "name": "Null slug", "slug": null}"#,
            #"{"id": 6, "name": "", "slug": ""}"#, #"{"id": 7, "name": "Clash", "slug": "clash-8"}"#,
            #"{"id": 8, "name": "Clash", "slug": "Clash"}"#,
        ]
        let slugs = Dictionary(uniqueKeysWithValues: try site(events).events.map { ($0.id.rawValue, $0.slug.rawValue) })
        #expect(slugs == [2: "same", 3: "third-3", 4: "up-out-4", 5: "null-slug-5", 6: "event-6-6",
                          7: "clash-8", 8: "clash-8-2"])
    }

    @Test("events with no date are kept, listed as not yet known, and count as upcoming")
    func undated() throws {
        let site = try site([#"{"id": 1, "name": "Someday", "date": null}"#,
                             #"{"id": 2, "name": "Past", "date": "2020-01-01T10:00:00Z"}"#])
        #expect(site.events.map(\.name) == ["Past", "Someday"])
        #expect(site.events[1].dateText == "Date not yet known")
        #expect(site.upcoming(site.allIndexes) == [1])
        #expect(site.past(site.allIndexes) == [0])
    }

    @Test("types and stations list their events; station lists enrich stations seen in events")
    func typesAndStations() throws {
        let site = try TestBuild.site(from: ["ll2/event-1201-2.3.0-detailed.json", "ll2/event-352-2.3.0-detailed.json",
                                             "ll2-real/space_stations-2.3.0-detailed.json"])
        let iss = try #require(site.stations.first { $0.name == "International Space Station" })
        #expect(iss.eventIndexes.count == 2)
        #expect(iss.slug.rawValue == "international-space-station")
        #expect(iss.status == "Active" && iss.orbit == "Low Earth Orbit")
        #expect(site.stations.count == 15)
        let docking = try #require(site.types.first { $0.name == "Docking" })
        #expect(docking.eventIndexes.map { site.events[$0].id.rawValue } == [1201])
    }

    @Test("precision, duration and end come from the API fields")
    func dates() throws {
        let site = try site([#"{"id": 1, "name": "Dock", "date": "2025-06-26T10:30:00Z", "duration": "PT5H24M4S", "date_precision": {"id": 1}}"#,
                             #"{"id": 2, "name": "Coarse", "date": "2026-12-01T00:00:00Z", "duration": "PT1H", "date_precision": {"id": 7}}"#])
        #expect(site.events[0].end?.iso8601 == "2025-06-26T15:54:04Z")
        #expect(site.events[1].dateText == "NET December 2026")
        #expect(site.events[1].end == nil)
    }

    @Test("every fixture normalizes: 476 events, no duplicate slugs")
    func allFixtures() throws {
        let site = try TestBuild.site(from: FixtureSet.all)
        #expect(site.events.count == 476)
        #expect(Set(site.events.map(\.slug)).count == site.events.count)
        #expect(site.types.count == 29)
    }
}

/// Every recorded fixture file.
enum FixtureSet {
    static let all = [
        "ll2/event-1201-2.3.0-detailed.json", "ll2/event-1300-2.2.0.json", "ll2/event-352-2.3.0-detailed.json",
        "ll2/list-2.3.0-normal-ordering-date-offset310.json", "ll2/list-2.3.0-normal-ordering-last_updated-offset960.json",
        "ll2-real/events-2.3.0-normal-lldev-7.json", "ll2-real/events-previous-2.2.0-451.json",
        "ll2-real/events-previous-2.3.0-detailed-10.json", "ll2-real/space_stations-2.3.0-detailed.json",
        "ll2-real/spacestation-2.2.0.json",
    ]
}
