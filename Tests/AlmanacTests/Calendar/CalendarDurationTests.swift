import AlmanacMarkup
import AlmanacModel
import Testing

@Suite("DURATION is what the API sends, normalized to RFC 5545's dur-value")
struct CalendarDurationTests {
    @Test("odd ISO 8601 inputs become exact dur-values", arguments: [
        ("PT29M21.5S", "PT29M22S"), ("P1DT2H", "P1DT2H"), ("PT0S", "PT0S"), ("PT36H", "P1DT12H"),
        ("PT90M", "PT1H30M"), ("PT3601S", "PT1H0M1S"), ("P2W", "P14D"), ("P1D", "P1D"),
        ("PT1H34S", "PT1H0M34S"), ("P0D", "PT0S"), ("PT0.4S", "PT0S"), ("P1DT0.5S", "P1DT1S"),
    ])
    func normalized(input: String, expected: String) throws {
        let duration = try #require(EventDuration(iso8601: input))
        #expect(duration.icalendarText == expected)
        #expect(ICalendarValue.duration(duration.icalendarText) != nil)
    }

    @Test("every length of up to ten days, sampled, is a valid dur-value")
    func sweep() {
        var seconds: Int64 = 0
        while seconds < 864_000 {
            let text = EventDuration(seconds: seconds).icalendarText
            #expect(ICalendarValue.duration(text) != nil, "\(seconds) s gives \(text)")
            seconds += seconds < 4000 ? 1 : 997
        }
    }
}
