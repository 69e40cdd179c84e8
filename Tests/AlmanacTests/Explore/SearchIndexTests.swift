@testable import Almanac
import AlmanacModel
import Foundation
import Templates
import Testing

@Suite("The search index: small, complete, and nothing the search does not need")
struct SearchIndexTests {
    static let site = try! TestBuild.site(from: FixtureSet.all)
    static let text = String(decoding: SearchIndex.utf8Bytes(site), as: UTF8.self)

    private static func parsed() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("one entry per event, upcoming first (soonest first), then past (most recent first)")
    func everyEvent() throws {
        let index = try Self.parsed()
        let events = try #require(index["events"] as? [[Any]])
        let site = Self.site
        let upcoming = site.upcoming(site.allIndexes)
        #expect(events.count == site.events.count)
        #expect(index["upcoming"] as? Int == upcoming.count && !upcoming.isEmpty)
        let slugs = events.map { $0[2] as? String }
        #expect(slugs == (upcoming + site.past(site.allIndexes)).map { site.events[$0].slug.rawValue })
        #expect(index["fields"] as? [String] == ["id", "name", "slug", "when", "year", "type", "stations", "agencies", "programs"])
    }

    @Test("an event's facets point at its type, stations, agencies and programs; its year and date as the pages show it")
    func facets() throws {
        let index = try Self.parsed()
        let events = try #require(index["events"] as? [[Any]])
        let entry = try #require(events.first { $0[0] as? Int == 1201 })
        let names = { (key: String, positions: Any?) -> [String] in
            let list = index[key] as? [[String]] ?? []
            return (positions as? [Int] ?? []).map { list[$0][1] }
        }
        #expect(entry[1] as? String == "SpaceX AX-4 Crew Dragon Docking")
        #expect(entry[3] as? String == "26 Jun 2025, 10:30 UTC" && entry[4] as? Int == 2025)
        #expect((index["types"] as? [[String]])?[entry[5] as! Int] == ["Docking", "docking"])
        #expect(names("stations", entry[6]) == ["international-space-station"])
        #expect(names("agencies", entry[7]) == ["axs", "spx"])
        #expect(names("programs", entry[8]) == ["international-space-station", "axiom-private-spaceflight"])
        #expect((index["agencies"] as? [[String]])?.contains(["SpaceX", "spx", "SpX"]) == true)
        // A normal-mode event names no station, agency or program: its entry stops after the type.
        let plain = try #require(events.first { entry in
            let summary = Self.site.events.first { $0.id.rawValue == entry[0] as? Int }
            return summary.map { $0.stations.isEmpty && $0.agencies.isEmpty && $0.programs.isEmpty && $0.date != nil } ?? false
        })
        #expect(plain.count == 6)
    }

    @Test("no description, no image, no link: only what a search needs, written without whitespace")
    func lean() {
        let site = Self.site
        var checked = 0
        for event in site.fullEvents {
            if let description = event.description, description.count > 40 {
                #expect(!Self.text.contains(String(description.prefix(40))), "\(event.id)")
                checked += 1
            }
        }
        #expect(checked > 100)
        #expect(!Self.text.contains("https://") && !Self.text.contains("\n") && !Self.text.contains("\": "))
    }

    @Test("about a hundred bytes an event: the fixtures' 476 events stay under 160 bytes each")
    func size() {
        let perEvent = Self.text.utf8.count / Self.site.events.count
        #expect(Self.site.events.count == 476)
        #expect(perEvent < 160, "\(perEvent) bytes an event")
    }

    @Test("hostile names stay JSON strings: the index parses and carries each name as the pages do")
    func hostile() throws {
        var input = DecodedInput()
        try InputReader().decode(try Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile", into: &input)
        let site = TestBuild.normalize(input)
        let data = Data(SearchIndex.utf8Bytes(site))
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let names = (index["events"] as? [[Any]] ?? []).compactMap { $0[1] as? String }
        #expect(names.count == site.events.count)
        #expect(names.contains { $0.contains("<script>alert(1)</script>") })
    }
}
