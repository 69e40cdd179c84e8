import AlmanacModel
import Testing

@Suite("UTC time, parsed and formatted by hand")
struct UTCTimeTests {
    @Test("ISO 8601 forms the API uses", arguments: [
        ("2025-06-26T08:28:23Z", "2025-06-26T08:28:23Z"),
        ("2025-06-26T08:28:23.987Z", "2025-06-26T08:28:23Z"),
        ("2025-06-26T10:28:23+02:00", "2025-06-26T08:28:23Z"),
        ("2025-06-26T03:28:23-0500", "2025-06-26T08:28:23Z"),
        ("2025-06-26T08:28", "2025-06-26T08:28:00Z"),
        ("2025-06-26", "2025-06-26T00:00:00Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z"),
    ])
    func parses(text: String, expected: String) {
        #expect(UTCTime(iso8601: text)?.iso8601 == expected)
    }

    @Test("anything else is not a date", arguments: [
        "", "yesterday", "2025-13-01", "2025-02-30T00:00:00Z", "2023-02-29", "2025-06-26T24:00:00Z",
        "2025-06-26T08:28:23Q", "2025-06-26T08:28:23Z trailing", "12345", "2025/06/26",
    ])
    func refuses(text: String) {
        #expect(UTCTime(iso8601: text) == nil)
    }

    @Test("RFC 822, iCalendar and display formats")
    func formats() {
        let time = UTCTime(iso8601: "2025-11-27T09:05:07Z")!
        #expect(time.rfc822 == "Thu, 27 Nov 2025 09:05:07 +0000")
        #expect(time.icalendarDateTime == "20251127T090507Z")
        #expect(time.dayAndTime == "27 Nov 2025, 09:05 UTC")
        #expect(time.civilDate.icalendarDate == "20251127")
    }

    @Test("civil dates round-trip through day numbers across centuries and leap years")
    func civilRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            let date = CivilDate(daysSince1970: days)
            #expect(date.isValid)
            #expect(date.daysSince1970 == days)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 4)
        #expect(CivilDate(year: 2000, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 1900, month: 2, day: 29).isValid)
    }
}
