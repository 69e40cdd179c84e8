import AlmanacModel
import Testing

@Suite("Dates shown as precisely as they are known")
struct DatePrecisionTests {
    private func text(_ iso: String, precision id: Int?) -> String {
        let instant = UTCTime(iso8601: iso)!
        let precision = id.map(DatePrecision.init(apiID:)) ?? .unstated(for: instant)
        return EventDate(instant: instant, precision: precision).text
    }

    @Test("every API precision id has its own wording", arguments: [
        (0, "27 Nov 2025, 12:38 UTC"), (1, "27 Nov 2025, 12:38 UTC"), (2, "27 Nov 2025, NET 12:38 UTC"),
        (3, "Morning of 27 Nov 2025"), (4, "Afternoon of 27 Nov 2025"), (5, "27 Nov 2025"),
        (6, "Week of 27 Nov 2025"), (7, "NET November 2025"), (8, "NET Q1 2025"), (9, "NET Q2 2025"),
        (10, "NET Q3 2025"), (11, "NET Q4 2025"), (12, "NET H1 2025"), (13, "NET H2 2025"),
        (14, "NET 2025"), (15, "NET FY 2025"), (16, "NET 2020s"), (99, "NET November 2025"), (-1, "NET November 2025"),
    ])
    func wording(id: Int, expected: String) {
        #expect(text("2025-11-27T12:38:45Z", precision: id) == expected)
    }

    @Test("a coarse placeholder never shows a time or converts to local time")
    func coarseNeverTimed() {
        for id in 3...16 {
            let date = EventDate(instant: UTCTime(iso8601: "2026-12-01T00:00:00Z")!, precision: DatePrecision(apiID: id))
            #expect(!date.precision.isTimed)
            #expect(!date.text.contains(":"), "precision \(id): \(date.text)")
            #expect(!date.machineText.contains("T"), "precision \(id): \(date.machineText)")
        }
    }

    @Test("with no precision, midnight is a date and any other time is to the minute")
    func unstated() {
        #expect(text("2022-07-16T00:00:00Z", precision: nil) == "16 Jul 2022")
        #expect(text("2022-07-16T15:20:00Z", precision: nil) == "16 Jul 2022, 15:20 UTC")
    }

    @Test("a coarse date stays upcoming until its period ends")
    func periodEnd() {
        let instant = UTCTime(iso8601: "2026-07-01T00:00:00Z")!
        func end(_ id: Int) -> String { EventDate(instant: instant, precision: DatePrecision(apiID: id)).periodEnd.iso8601 }
        #expect(end(5) == "2026-07-02T00:00:00Z")
        #expect(end(6) == "2026-07-08T00:00:00Z")
        #expect(end(7) == "2026-08-01T00:00:00Z")
        #expect(end(10) == "2026-10-01T00:00:00Z")
        #expect(end(13) == "2027-01-01T00:00:00Z")
        #expect(end(14) == "2027-01-01T00:00:00Z")
        #expect(end(16) == "2030-01-01T00:00:00Z")
    }

    @Test("machine-readable dates are as precise as the date, never more")
    func machineText() {
        let instant = UTCTime(iso8601: "2026-12-05T14:00:00Z")!
        func machine(_ id: Int) -> String { EventDate(instant: instant, precision: DatePrecision(apiID: id)).machineText }
        #expect(machine(1) == "2026-12-05T14:00:00Z")
        #expect(machine(5) == "2026-12-05")
        #expect(machine(7) == "2026-12")
        #expect(machine(14) == "2026")
    }
}
