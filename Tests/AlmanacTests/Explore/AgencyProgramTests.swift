@testable import Almanac
import AlmanacModel
import Foundation
import Templates
import Testing

@Suite("Agencies and programs have pages and feeds of their own, like types and stations")
struct AgencyProgramTests {
    static let site = try! TestBuild.site(from: FixtureSet.all)
    static let files = RenderedSite(site).files

    @Test("each agency and program lists exactly the events that name it, in the site's order")
    func catalogs() {
        let site = Self.site
        #expect(site.agencies.map(\.slug.rawValue) == ["axs", "jaxa", "nasa", "rfsa", "spx"])
        #expect(site.programs.count == 10)
        for agency in site.agencies {
            #expect(agency.eventIndexes == site.allIndexes.filter { site.events[$0].agencies.contains { $0.id == agency.id } })
        }
        for program in site.programs {
            #expect(program.eventIndexes == site.allIndexes.filter { site.events[$0].programs.contains { $0.id == program.id } })
            #expect(!program.eventIndexes.isEmpty)
        }
        // Summaries carry the catalog's slugs, so lists link without reading full events.
        let event = site.events.first { $0.id == EventID(1201) }!
        #expect(event.agencies.map(\.slug.rawValue) == ["axs", "spx"] && event.agencies.map(\.abbreviation) == ["AXS", "SpX"])
    }

    @Test("an agency's record is completed by its other records: the 2.2.0 logo and country stay")
    func merged() throws {
        let rfsa = try #require(Self.site.agencies.first { $0.slug.rawValue == "rfsa" })
        #expect(rfsa.agency.logoURL?.string.hasSuffix("_logo_20190207032459.png") == true)
        #expect(rfsa.agency.countryCode == "RUS" && rfsa.agency.kind == "Government")
        let page = try #require(Self.files["agencies/rfsa/index.html"])
        #expect(page.contains("<img src=\"\(rfsa.agency.logoURL!)\" alt=\"Russian Federal Space Agency (ROSCOSMOS) logo\""))
        #expect(page.contains("<dt>Country</dt><dd>RUS</dd>"))
    }

    @Test("every agency and program has its page, calendar with both reminder variants, and RSS, Atom and JSON feeds")
    func pagesAndFeeds() {
        let site = Self.site
        let scopes = site.agencies.map { FeedScope.agency(site, $0) } + site.programs.map { FeedScope.program(site, $0) }
        var withNews = 0
        for scope in scopes {
            for file in ["index.html", "calendar.ics", "calendar-alarm-15.ics", "calendar-alarm-60.ics"] {
                #expect(Self.files[scope.folder + file] != nil, "\(scope.folder)\(file)")
            }
            // News feeds need events with a publication time, which 2.2.0 records lack.
            let hasNews = NewsFeed.exists(scope, in: site)
            for file in ["feed.xml", "feed.atom", "feed.json"] {
                #expect((Self.files[scope.folder + file] != nil) == hasNews, "\(scope.folder)\(file)")
            }
            withNews += hasNews ? 1 : 0
        }
        #expect(withNews == scopes.count - 1)
        #expect(Self.files["agencies/index.html"]?.contains("<a href=\"../agencies/nasa/\">National Aeronautics and Space Administration</a>") == true)
        #expect(Self.files["programs/index.html"]?.contains("<a href=\"../programs/artemis/\">Artemis</a>") == true)
    }

    @Test("an agency's calendar holds only its own events")
    func ownEvents() throws {
        let site = Self.site
        let nasa = try #require(site.agencies.first { $0.slug.rawValue == "nasa" })
        let calendar = ICSReader.read(try #require(Self.files["agencies/nasa/calendar.ics"]))
        let uids = Set(calendar.children("VEVENT").compactMap { $0.one("UID")?.text })
        let own = Set(site.calendarFeedIndexes(nasa.eventIndexes).map { "ll2-event-\(site.events[$0].id)@example.org" })
        #expect(uids == own)
        #expect(calendar.one("NAME")?.text == "Almanac — National Aeronautics and Space Administration")
    }

    @Test("a program's page shows its image, facts and agencies, linking those that have pages")
    func programPage() throws {
        let page = try #require(Self.files["programs/international-space-station/index.html"])
        #expect(page.contains("<dt>Type</dt><dd>Human Spaceflight</dd>"))
        #expect(page.contains("<dt>Started</dt><dd><time datetime=\"1998-11-20\">20 Nov 1998</time></dd>"))
        #expect(page.contains("Canadian Space Agency, European Space Agency, <a href=\"../../agencies/jaxa/\">Japan Aerospace Exploration Agency</a>"))
        #expect(page.contains("<a href=\"https://en.wikipedia.org/wiki/International_Space_Station_programme\">Wikipedia</a>"))
        #expect(page.contains("<figure class=\"hero\">"))
    }

    @Test("event pages link their agencies and programs to the site's pages")
    func eventLinks() throws {
        let page = try #require(Self.files["events/spacex-ax-4-crew-dragon-docking/index.html"])
        #expect(page.contains("<a href=\"../../agencies/spx/\">SpaceX (SpX)</a>"))
        #expect(page.contains("<a href=\"../../programs/axiom-private-spaceflight/\">Axiom Private Spaceflight</a>"))
    }
}
