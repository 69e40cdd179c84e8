@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Every template against hostile data")
struct TemplateSafetyTests {
    static let hostile: RenderedSite = {
        var input = DecodedInput()
        try! InputReader().decode(try! Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile", into: &input)
        return RenderedSite(TestBuild.normalize(input).site)
    }()

    @Test("no markup from the data survives unescaped in any page, feed or sitemap")
    func noMarkupInjection() {
        let site = Self.hostile
        #expect(site.files.count > 10)
        // JSON strings are plain text (a JSON Feed title may say "<script>"); the HTML inside a
        // JSON feed is checked in HostileFeedTests.
        for (path, text) in site.files where !path.hasSuffix(".json") {
            for needle in ["<script>alert", "<img src=x", "<svg", "</item>]]>", "<!--&amp;"] {
                #expect(!text.contains(needle), "\(path) contains \(needle)")
            }
        }
    }

    @Test("only http(s) and relative links: never javascript:, data: or vbscript:")
    func onlyWebLinks() {
        let site = Self.hostile
        for path in site.htmlPaths {
            for link in site.links(in: path) {
                let lower = link.lowercased()
                let ok = lower.hasPrefix("https://") || lower.hasPrefix("http://") || !lower.contains(":")
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
        let eventPages = site.files.keys.filter { $0.hasPrefix("events/") }
        #expect(eventPages.count == 10)
        #expect(eventPages.allSatisfy(OutputPaths.isSafe))
        #expect(eventPages.allSatisfy { $0.split(separator: "/").count == 3 })
    }
}
