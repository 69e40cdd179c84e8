import AlmanacModel
import Templates
import Testing

@Suite("Which events a feed lists, and in what order")
struct FeedSelectionTests {
    private func ids(_ feed: NewsFeed?) -> [Int] { feed?.entries.map(\.event.id.rawValue) ?? [] }

    @Test("newest first by first publication, not by last change; ties go to the higher id")
    func order() {
        let site = FeedTestData.site([
            FeedTestData.event(1, published: 10, updated: 500),
            FeedTestData.event(2, published: 30),
            FeedTestData.event(3, published: 20),
            FeedTestData.event(4, published: 30),
        ])
        #expect(ids(NewsFeed(.home(site), in: site)) == [4, 2, 3, 1])
    }

    @Test("at most the item limit, keeping the newest")
    func limit() {
        let events = (1...8).map { FeedTestData.event($0, published: $0 * 3 % 8) }
        let site = FeedTestData.site(events, limit: 3)
        #expect(ids(NewsFeed(.home(site), in: site)) == [5, 2, 7], "published 7, 6 and 5 hours in")
        let one = FeedTestData.site(events, limit: 1)
        #expect(ids(NewsFeed(.home(one), in: one)) == [5])
    }

    @Test("events with no publication time are left out; a scope with none has no feed and no links")
    func undated() {
        let site = FeedTestData.site([FeedTestData.event(1, published: nil), FeedTestData.event(2, published: 5)])
        #expect(ids(NewsFeed(.home(site), in: site)) == [2])
        let empty = FeedTestData.site([FeedTestData.event(1, published: nil)])
        #expect(NewsFeed(.home(empty), in: empty) == nil)
        #expect(!NewsFeed.exists(.home(empty), in: empty))
        #expect(NewsFeedLinks.head(.home(empty), from: .home, in: empty).isEmpty)
        #expect(NewsFeedLinks.items(.home(empty), from: .home, in: empty).isEmpty)
    }

    @Test("a scope lists only its own events, and the feed date is the newest change among them")
    func scope() {
        var site = FeedTestData.site((1...4).map { FeedTestData.event($0, published: $0, updated: $0 * 100) })
        site.types[0].eventIndexes = [0, 2]
        let feed = NewsFeed(.type(site, site.types[0]), in: site)
        #expect(ids(feed) == [3, 1])
        #expect(feed?.updated == FeedTestData.event(3, published: 3, updated: 300).lastUpdated)
    }
}
