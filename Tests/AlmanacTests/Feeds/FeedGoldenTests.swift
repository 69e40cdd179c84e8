@testable import Almanac
import AlmanacModel
import Templates
import Testing

@Suite("Golden feeds, read by a person")
struct FeedGoldenTests {
    @Test("the all-events RSS feed of three recorded events")
    func rss() throws {
        let site = try TestBuild.site(from: ["ll2/event-1201-2.3.0-detailed.json", "ll2/event-352-2.3.0-detailed.json",
                                             "ll2/event-1300-2.2.0.json"])
        let feed = try #require(NewsFeed(.home(site), in: site))
        Snapshot.assertMatches(RSSFeed.xml(feed).text, named: "feed-all-events.rss.xml")
    }
}
