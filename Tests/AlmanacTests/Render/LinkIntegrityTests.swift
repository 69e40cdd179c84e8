@testable import Almanac
import Testing

@Suite("The site built from every fixture")
struct LinkIntegrityTests {
    static let site = RenderedSite(try! TestBuild.site(from: FixtureSet.all))

    @Test("a page for every event, type and station, plus the indexes, 404, sitemap and robots.txt")
    func everyPage() throws {
        let normalized = try TestBuild.site(from: FixtureSet.all)
        let files = Self.site.files
        for event in normalized.events { #expect(files["events/\(event.slug)/index.html"] != nil) }
        for type in normalized.types { #expect(files["types/\(type.slug)/index.html"] != nil) }
        for station in normalized.stations { #expect(files["stations/\(station.slug)/index.html"] != nil) }
        for path in ["index.html", "types/index.html", "stations/index.html", "404.html", "sitemap.xml", "robots.txt"] {
            #expect(files[path] != nil, "\(path) is missing")
        }
    }

    @Test("every relative link points at a file of the site (assets aside)")
    func relativeLinksResolve() {
        let site = Self.site
        let assets: Set<String> = ["style.css", "almanac.js", "countdown.js", "search.js", "favicon.svg"]
        for path in site.htmlPaths {
            for link in site.links(in: path) {
                guard let target = site.resolve(link, from: path), !assets.contains(target) else { continue }
                #expect(site.files[target] != nil, "\(path) links to \(link) → \(target)")
            }
        }
    }

    @Test("canonical URLs and the sitemap use --base-url, including its sub-path")
    func absoluteURLs() {
        let files = Self.site.files
        #expect(files["index.html"]!.contains(#"<link rel="canonical" href="https://example.org/space/">"#))
        #expect(files["types/index.html"]!.contains(#"href="https://example.org/space/types/""#))
        #expect(files["sitemap.xml"]!.contains("<loc>https://example.org/space/events/"))
        #expect(files["robots.txt"]!.contains("Sitemap: https://example.org/space/sitemap.xml"))
        #expect(files["404.html"]!.contains(#"href="https://example.org/space/style.css""#))
    }
}
