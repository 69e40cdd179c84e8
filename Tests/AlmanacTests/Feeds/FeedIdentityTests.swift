@testable import Almanac
import AlmanacModel
import Foundation
import Templates
import Testing

@Suite("Feed ids that never change, and feeds that depend only on the data")
struct FeedIdentityTests {
    /// The RSS guids of the all-events feed of a site decoded from `record`.
    private func guids(_ record: [String: Any], baseURL: String = "https://example.org/space/") throws -> [String] {
        var input = DecodedInput()
        try InputReader().decode(try JSONSerialization.data(withJSONObject: record), name: "event", into: &input)
        let site = TestBuild.normalize(input, baseURL: baseURL)
        let feed = try #require(NewsFeed(.home(site), in: site))
        let channel = try XMLTree.parse(RSSFeed.xml(feed).text).first("channel")
        return channel?.all("item").compactMap { $0.first("guid")?.text } ?? []
    }

    @Test("an event keeps its guid when its date, name, slug and last update change, and when the site moves to another path")
    func guidStability() throws {
        let data = try Fixtures.data("ll2/event-1201-2.3.0-detailed.json")
        var record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let before = try guids(record)
        #expect(before == ["tag:example.org,2026:event/1201"])
        record["date"] = "2027-03-04T05:06:07Z"
        record["last_updated"] = "2027-01-01T00:00:00Z"
        record["name"] = "Renamed and rescheduled"
        record["slug"] = "renamed-and-rescheduled"
        record["updates"] = []
        #expect(try guids(record) == before)
        #expect(try guids(record, baseURL: "https://example.org/elsewhere/") == before)
        record["id"] = 1202
        #expect(try guids(record) != before)
    }

    @Test("feeds are byte-identical across rebuilds and do not depend on --now")
    func determinism() throws {
        let folder = TemporaryFolder("almanac-feeds")
        _ = try TestBuild.run(from: Fixtures.path("ll2"), to: folder.child("a"))
        _ = try TestBuild.run(from: Fixtures.path("ll2"), to: folder.child("b"), now: UTCTime(iso8601: "2031-07-01T00:00:00Z")!)
        let feeds = try FileManager.default.subpathsOfDirectory(atPath: folder.child("a"))
            .filter { $0.hasSuffix("/feed.xml") || $0.hasSuffix("/feed.atom") || $0.hasSuffix("/feed.json") || $0.hasPrefix("feed.") }
        #expect(feeds.count == 3 * 19, "all events, 10 types, 1 station, 4 agencies, 3 programs")
        for path in feeds {
            let first = FileManager.default.contents(atPath: folder.child("a/" + path))
            #expect(first != nil && first == FileManager.default.contents(atPath: folder.child("b/" + path)), "\(path)")
        }
    }
}
