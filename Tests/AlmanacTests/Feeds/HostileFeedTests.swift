import AlmanacModel
import Foundation
@testable import Templates
import Testing

@Suite("Feeds with hostile text in every field")
struct HostileFeedTests {
    let site: Site
    let feed: NewsFeed
    let event: Event

    init() throws {
        site = try FeedTestData.hostileSite()
        feed = try #require(NewsFeed(.home(site), in: site))
        event = try #require(site.events.first { $0.id == EventID(9001) })
        #expect(event.name.contains("<script>") && event.name.contains("]]>") && event.name.contains("\u{0}"))
        #expect(event.name.count > 10_000)
    }

    private var entry: NewsFeedEntry { feed.entries.first { $0.event.id == event.id }! }
    private var printable: (String) -> String { HostileStrings.printable }

    @Test("the RSS feed parses, and every text says exactly what the data said")
    func rss() throws {
        let text = RSSFeed.xml(feed).text
        let channel = try #require(try XMLTree.parse(text).first("channel"))
        #expect(channel.first("title")?.text == printable(site.config.title))
        #expect(channel.first("image")?.first("title")?.text == printable(site.config.title))
        let items = channel.all("item")
        #expect(items.count == 2)
        let item = try #require(items.first { $0.first("guid")?.text == entry.id })
        #expect(item.first("title")?.text == printable(event.name) + " — 1 Feb 2026, 10:00 UTC")
        #expect(item.all("category").map(\.text) == [printable(event.type.name), printable(event.stations[0].name)])
        #expect(item.first("description")?.text == entry.content.text)
        #expect(item.first("media:content")?.attributes["url"] == "https://example.com/i.png?a=1&b=%3C2%3E")
        #expect(items.compactMap { $0.first("media:content") }.count == 1, "no image from a javascript: URL")
        #expect(text.components(separatedBy: "</item>").count == 3)
        #expect(!text.contains("]]>") && !text.contains("<![CDATA["))
    }

    @Test("the Atom feed parses, attributes included, and its texts round-trip")
    func atom() throws {
        let root = try XMLTree.parse(AtomFeed.xml(feed).text)
        #expect(root.first("title")?.text == printable(site.config.title))
        #expect(root.first("author")?.first("name")?.text == printable(site.config.title))
        let item = try #require(root.all("entry").first { $0.first("id")?.text == entry.id })
        #expect(item.first("title")?.text == printable(event.name) + " — 1 Feb 2026, 10:00 UTC")
        #expect(item.all("category").map { $0.attributes["term"] } == [printable(event.type.name), printable(event.stations[0].name)])
        #expect(item.first("summary")?.text == printable("\(event.type.name) · 1 Feb 2026, 10:00 UTC · \(event.location!)"))
        #expect(item.first("content")?.text == entry.content.text)
    }

    @Test("the JSON feed parses and its strings round-trip")
    func json() throws {
        let data = Data(JSONFeed.json(feed).text.utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["title"] as? String == printable(site.config.title))
        let items = try #require(root["items"] as? [[String: Any]])
        let item = try #require(items.first { $0["id"] as? String == entry.id })
        #expect(item["title"] as? String == printable(event.name) + " — 1 Feb 2026, 10:00 UTC")
        #expect(item["content_html"] as? String == entry.content.text)
        #expect(item["tags"] as? [String] == [printable(event.type.name), printable(event.stations[0].name)])
        #expect(item["image"] as? String == "https://example.com/i.png?a=1&b=%3C2%3E")
        #expect(items.first { $0["title"] as? String == "Plain — Date not yet known" }?["image"] == nil)
    }

    @Test("the HTML of an item shows the text as text, and links only to http(s) URLs")
    func content() throws {
        let html = entry.content.text
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<img src=x"))
        let visible = HTMLText.visible(html)
        #expect(visible.contains(printable(event.location!)))
        #expect(visible.contains(printable(HostileStrings.all) + "\nSecond " + printable(HostileStrings.all)))
        let targets = HTMLText.linkTargets(html)
        #expect(targets.count == 2, "the image and the one http(s) webcast")
        #expect(targets.allSatisfy { $0.hasPrefix("https://") })
        #expect(!targets.contains { $0.localizedCaseInsensitiveContains("javascript") })
    }
}
