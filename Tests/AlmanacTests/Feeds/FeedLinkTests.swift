import Foundation
import Testing

@Suite("Pages advertise their feeds")
struct FeedLinkTests {
    /// The `href` of every `<link rel="alternate">` in `html`, with its media type.
    private func alternates(_ html: String) -> [(type: String, href: String)] {
        let pattern = try! NSRegularExpression(pattern: "<link rel=\"alternate\" type=\"([^\"]+)\" title=\"[^\"]+\" href=\"([^\"]+)\">")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (String(html[Range(match.range(at: 1), in: html)!]), String(html[Range(match.range(at: 2), in: html)!]))
        }
    }

    @Test("home, type, station, agency, program and event pages link in head and body to feeds that exist")
    func links() throws {
        let folder = TemporaryFolder("almanac-feed-links")
        _ = try TestBuild.run(from: Fixtures.path("ll2"), to: folder.path)
        let pages = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("index.html") }
        var checked = 0
        for page in pages {
            let html = try String(contentsOfFile: folder.child(page), encoding: .utf8)
            let links = alternates(html)
            // Events: RSS, Atom and JSON of their type and of all events; other pages: their scope's three
            // and its calendar.
            let expected = page.hasPrefix("events/") ? 6 : 4
            #expect(links.count == expected, "\(page)")
            #expect(links.prefix(3).map(\.type) == ["application/rss+xml", "application/atom+xml", "application/feed+json"])
            let pageFolder = URL(fileURLWithPath: folder.child(page)).deletingLastPathComponent()
            for link in links {
                let target = pageFolder.appendingPathComponent(link.href).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: target), "\(page) → \(link.href)")
                #expect(link.type != "text/calendar" || link.href.hasSuffix("calendar.ics"), "\(page) → \(link.href)")
                checked += 1
            }
            let indexes = ["types/", "stations/", "agencies/", "programs/", "search/"].map { $0 + "index.html" }
            let monthPage = page.hasPrefix("calendar/") && page != "calendar/index.html"
            if !indexes.contains(page) && !monthPage {
                #expect(html.contains("<a href=\"\(links[0].href)\" type=\"application/rss+xml\">RSS</a>"), "\(page)")
            }
        }
        #expect(pages.count > 30 && checked > 100)
    }
}
