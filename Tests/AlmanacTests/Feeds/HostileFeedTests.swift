@testable import Almanac
import AlmanacModel
import Foundation
@testable import Templates
import Testing

@Suite("Feeds of the hostile corpus: every field hostile, the site's title too")
struct HostileFeedTests {
    let site: Site
    let feed: NewsFeed

    init() throws {
        var input = DecodedInput()
        try InputReader().decode(try Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile", into: &input)
        var site = TestBuild.normalize(input)
        site.config.title = site.events[0].name
        self.site = site
        feed = try #require(NewsFeed(.home(site), in: site))
        #expect(feed.entries.count == 10)
        #expect(feed.entries.contains { $0.event.name.unicodeScalars.count > 40_000 })
        #expect(feed.entries.allSatisfy { $0.event.type.name.contains("\n") && !$0.categories.joined().contains("\n") })
    }

    /// Text as every output format carries it: without C0 and C1 controls (but tab and line
    /// breaks), DEL and Unicode noncharacters.
    private func printable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x09 || value == 0x0A || value == 0x0D { return true }
            if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
            return !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE
        })
        return String(scalars)
    }

    private func title(_ entry: NewsFeedEntry) -> String { printable(entry.event.name) + " — " + entry.event.dateText }

    @Test("the RSS feed parses with XMLParser and every text says exactly what the data said")
    func rss() throws {
        let text = RSSFeed.xml(feed).text
        let channel = try #require(try XMLTree.parse(text).first("channel"))
        #expect(channel.first("title")?.text == printable(site.config.title))
        #expect(channel.first("image")?.first("title")?.text == printable(site.config.title))
        let items = channel.all("item")
        #expect(items.count == feed.entries.count)
        for (item, entry) in zip(items, feed.entries) {
            #expect(item.first("guid")?.text == entry.id)
            #expect(item.first("title")?.text == title(entry))
            #expect(item.all("category").map(\.text) == entry.categories.map(printable))
            #expect(item.first("description")?.text == entry.content.text)
            #expect(item.first("media:content")?.attributes["url"] == entry.event.image?.url.string)
        }
        #expect(text.components(separatedBy: "</item>").count == items.count + 1)
        #expect(!text.contains("<![CDATA["))
    }

    @Test("the Atom feed parses, attributes included, and its texts round-trip")
    func atom() throws {
        let root = try XMLTree.parse(AtomFeed.xml(feed).text)
        #expect(root.first("title")?.text == printable(site.config.title))
        #expect(root.first("author")?.first("name")?.text == printable(site.config.title))
        let entries = root.all("entry")
        #expect(entries.count == feed.entries.count)
        for (element, entry) in zip(entries, feed.entries) {
            #expect(element.first("id")?.text == entry.id)
            #expect(element.first("title")?.text == title(entry))
            #expect(element.all("category").map { $0.attributes["term"] } == entry.categories.map(printable))
            #expect(element.first("summary")?.text == printable(EventPage.summary(entry.event)))
            #expect(element.first("content")?.text == entry.content.text)
        }
    }

    @Test("the JSON feed parses with JSONSerialization and its strings round-trip")
    func json() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(JSONFeed.json(feed).utf8Bytes)) as? [String: Any])
        #expect(root["title"] as? String == printable(site.config.title))
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == feed.entries.count)
        for (item, entry) in zip(items, feed.entries) {
            #expect(item["id"] as? String == entry.id)
            #expect(item["title"] as? String == title(entry))
            #expect(item["content_html"] as? String == entry.content.text)
            #expect(item["tags"] as? [String] == entry.categories.map(printable))
            #expect(item["image"] as? String == entry.event.image?.url.string)
        }
    }

    @Test("the HTML of every item shows the data as text and links only to http(s) URLs")
    func content() throws {
        var links = 0
        for entry in feed.entries {
            let html = entry.content.text
            for needle in ["<script", "<img src=x", "<svg", "<!--", "</item>"] {
                #expect(!html.contains(needle), "\(needle)")
            }
            let visible = HTMLText.visible(html)
            #expect(visible.contains("Where: " + printable(entry.event.location!)))
            #expect(visible.contains(printable(entry.event.description!.components(separatedBy: "\n\n")[0])))
            for link in HTMLText.links(html) {
                #expect(link.hasPrefix("https://") || link.hasPrefix("http://"), "\(link)")
                links += 1
            }
        }
        #expect(links >= 10, "every item links its one https webcast")
    }
}
