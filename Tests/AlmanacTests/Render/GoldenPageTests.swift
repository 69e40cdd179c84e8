@testable import Almanac
import Testing

/// Whole pages compared with golden files a person has read (`Tests/AlmanacTests/Snapshots/`).
@Suite("Golden pages")
struct GoldenPageTests {
    static let site = RenderedSite(try! TestBuild.site(from: [
        "ll2/event-1201-2.3.0-detailed.json", "ll2/event-352-2.3.0-detailed.json",
        "ll2/list-2.3.0-normal-ordering-date-offset310.json",
    ]))

    @Test("the page of a detailed docking event")
    func eventPage() {
        Snapshot.assertMatches(Self.site.files["events/spacex-ax-4-crew-dragon-docking/index.html"]!,
                               named: "event-1201.html")
    }

    @Test("the home page")
    func homePage() {
        Snapshot.assertMatches(Self.site.files["index.html"]!, named: "home.html")
    }
}
