@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Every template against hostile data")
struct TemplateSafetyTests {
    static let hostile: RenderedSite = {
        var input = DecodedInput()
        try! InputReader().decode(try! Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile", into: &input)
        return RenderedSite(TestBuild.normalize(input))
    }()

    @Test("no markup from the data survives unescaped in any page, feed or sitemap")
    func noMarkupInjection() {
        let site = Self.hostile
        #expect(site.files.count > 10)
        // JSON strings and iCalendar TEXT are plain text (a title may say "<script>"); the HTML inside
        // a JSON feed is checked in HostileFeedTests, calendars for injected lines in CalendarHostileTests.
        for (path, text) in site.files where !path.hasSuffix(".json") && !path.hasSuffix(".ics") {
            for needle in ["<script>alert", "<img src=x", "<svg", "</item>]]>", "<!--&amp;"] {
                #expect(!text.contains(needle), "\(path) contains \(needle)")
            }
        }
    }

    @Test("only http(s), relative and (the site's own) webcal links: never javascript:, data: or vbscript:")
    func onlyWebLinks() {
        let site = Self.hostile
        for path in site.htmlPaths {
            for link in site.links(in: path) {
                let lower = link.lowercased()
                let ok = lower.hasPrefix("https://") || lower.hasPrefix("http://") || !lower.contains(":")
                    || lower.hasPrefix("webcal://example.org/space/")
                #expect(ok, "\(path): \(link)")
            }
        }
    }

    @Test("no control characters reach any output file")
    func noControlCharacters() {
        for (path, text) in Self.hostile.files {
            let bad = text.unicodeScalars.first { scalar in
                (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || (0x7F...0x9F).contains(scalar.value)
            }
            #expect(bad == nil, "\(path) contains U+\(String(bad?.value ?? 0, radix: 16))")
        }
    }

    @Test("every event gets its own page inside the output folder, colliding and hostile slugs too")
    func pagesStayInside() throws {
        let site = Self.hostile
        let eventFiles = site.files.keys.filter { $0.hasPrefix("events/") }
        #expect(eventFiles.filter { $0.hasSuffix("/index.html") }.count == 10)
        #expect(eventFiles.allSatisfy(OutputPaths.isSafe))
        #expect(eventFiles.allSatisfy { $0.split(separator: "/").count == 3 })
    }
}
