import AlmanacMarkup
import Testing

@Suite("Dates, times and durations match RFC 5545 exactly")
struct ICalendarGrammarTests {
    @Test("dur-value forms are accepted", arguments: [
        "P1D", "P14D", "P1W", "PT0S", "PT6S", "PT1H", "PT1M", "PT1H0M1S", "PT1H30M", "PT29M22S",
        "P1DT2H", "P1DT0H0M1S", "-PT5M", "+P1DT12H",
    ])
    func validDurations(text: String) {
        #expect(ICalendarValue.duration(text)?.serialized == text)
    }

    @Test("what ISO 8601 allows but dur-value does not is refused", arguments: [
        "", "P", "PT", "P1DT", "PT1H1S", "P1W1D", "P1Y", "P1M", "PT1.5S", "PT29M21.5S", "P1D2H", "pt1s",
        "PT1S ", "P1WT1H", "PT1S1M", "PT1H1H", "1D", "P-1D",
    ])
    func invalidDurations(text: String) {
        #expect(ICalendarValue.duration(text) == nil)
    }

    @Test("DATE names a real day; DATE-TIME is the UTC form")
    func datesAndTimes() {
        #expect(ICalendarValue.date("20240229")?.serialized == "20240229")
        for bad in ["20230229", "20241301", "20240100", "2024022", "2024-02-29", "20240229T000000Z"] {
            #expect(ICalendarValue.date(bad) == nil, "\(bad)")
        }
        #expect(ICalendarValue.utcDateTime("20250626T082823Z")?.serialized == "20250626T082823Z")
        for bad in ["20250626T082823", "20250626T242823Z", "20250626T086023Z", "20250626 082823Z", "20250626T082823z"] {
            #expect(ICalendarValue.utcDateTime(bad) == nil, "\(bad)")
        }
    }
}
