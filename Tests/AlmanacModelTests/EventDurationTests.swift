import AlmanacModel
import Testing

@Suite("ISO 8601 durations")
struct EventDurationTests {
    @Test("the forms the API sends", arguments: [
        ("PT5H24M4S", 19_444), ("PT6S", 6), ("PT1H34S", 3_634), ("PT58M18S", 3_498), ("P1DT2H", 93_600),
        ("P3DT2H16M35S", 267_395), ("PT29M21.5S", 1_762), ("PT0.4S", 0), ("PT0S", 0), ("P1W", 604_800),
        ("-PT5M", -300), ("+PT1M", 60), ("P2D", 172_800), ("PT1,5S", 2),
    ])
    func parses(text: String, seconds: Int64) {
        #expect(EventDuration(iso8601: text)?.seconds == seconds)
    }

    @Test("garbage, years, months and empty time parts are refused", arguments: [
        "", "P", "PT", "5H", "P1Y", "P1M", "PT1H2D", "PT1S1M", "P1DT", "PTxS", "P1.2.3D", "PT1H PT", "1 hour",
    ])
    func refuses(text: String) {
        #expect(EventDuration(iso8601: text) == nil)
    }

    @Test("RFC 5545 dur-value output has no fractions and no skipped units")
    func icalendar() {
        func ical(_ seconds: Int64) -> String { EventDuration(seconds: seconds).icalendarText }
        #expect(ical(0) == "PT0S")
        #expect(ical(6) == "PT6S")
        #expect(ical(3_634) == "PT1H0M34S")
        #expect(ical(3_600) == "PT1H")
        #expect(ical(3_660) == "PT1H1M")
        #expect(ical(86_400) == "P1D")
        #expect(ical(93_600) == "P1DT2H")
        #expect(ical(-300) == "-PT5M")
    }

    @Test("human-readable text")
    func text() {
        #expect(EventDuration(seconds: 19_444).text == "5 h 24 min 4 s")
        #expect(EventDuration(seconds: 93_600).text == "1 d 2 h")
        #expect(EventDuration(seconds: 0).text == "0 s")
    }
}
