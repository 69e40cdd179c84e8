@testable import Almanac
import AlmanacModel
import Foundation
@testable import Templates
import Testing

@Suite("Rebuilding keeps identities and raises revisions")
struct CalendarRebuildTests {
    static let fixture = "ll2/event-352-2.3.0-detailed.json"

    @Test("an event whose date and last_updated change keeps its UID and gets a higher SEQUENCE")
    func movedEvent() throws {
        let before = try vevent(edits: [:])
        let after = try vevent(edits: ["date": "2026-03-08T09:15:00Z", "last_updated": "2026-03-07T08:00:00Z",
                                       "name": "HTV-X1 Release & Reentry (new time)"])
        #expect(before.one("UID")?.text == "ll2-event-352@example.org")
        #expect(after.one("UID")?.text == before.one("UID")?.text)
        #expect(before.one("DTSTART")?.value == "20260306T170500Z")
        #expect(after.one("DTSTART")?.value == "20260308T091500Z")
        let (old, new) = (try #require(before.one("SEQUENCE").flatMap { Int32($0.value) }),
                          try #require(after.one("SEQUENCE").flatMap { Int32($0.value) }))
        #expect(new > old)
        #expect(after.one("DTSTAMP")?.value == "20260307T080000Z")
        #expect(after.one("LAST-MODIFIED")?.value == "20260307T080000Z")
    }

    @Test("a one-second change of last_updated raises SEQUENCE; the value stays in 32 bits")
    func sequenceFormula() {
        let base = UTCTime(iso8601: "2026-03-06T17:54:47Z")!
        #expect(CalendarSequence.value(base.adding(seconds: 1)) == CalendarSequence.value(base) + 1)
        #expect(CalendarSequence.value(nil) == 0)
        #expect(CalendarSequence.value(UTCTime(iso8601: "2019-06-01T00:00:00Z")) == 0)
        #expect(CalendarSequence.value(UTCTime(iso8601: "2020-01-01T00:00:01Z")) == 1)
        #expect(CalendarSequence.value(UTCTime(iso8601: "2099-01-01T00:00:00Z")) == Int32.max)
    }

    @Test("rebuilding unchanged data writes nothing; the feeds do not depend on the clock")
    func unchangedData() throws {
        let output = TemporaryFolder("almanac-ics")
        let source = Fixtures.path("ll2-real/events-previous-2.3.0-detailed-10.json")
        _ = try TestBuild.run(from: source, to: output.child("site"))
        let feed = try Data(contentsOf: URL(fileURLWithPath: output.child("site/calendar.ics")))
        let (again, _) = try TestBuild.run(from: source, to: output.child("site"))
        #expect(again.write.written == 0)
        _ = try TestBuild.run(from: source, to: output.child("later"), now: TestBuild.now.adding(seconds: 3600))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output.child("later/calendar.ics"))) == feed)
    }

    /// Event 352's own VEVENT after replacing some of its JSON fields.
    private func vevent(edits: [String: String]) throws -> ICSComponent {
        var json = try #require(JSONSerialization.jsonObject(with: Fixtures.data(Self.fixture)) as? [String: Any])
        for (key, value) in edits { json[key] = value }
        var input = DecodedInput()
        try InputReader().decode(try JSONSerialization.data(withJSONObject: json), name: "352", into: &input)
        let site = TestBuild.normalize(input)
        return try #require(CalendarTestSite.vevent(site.event(at: 0), in: site))
    }
}
