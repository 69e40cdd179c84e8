@testable import Almanac
import Foundation
import Testing

@Suite("Decoding every fixture shape")
struct DecodeTests {
    private func decode(_ names: String...) throws -> DecodedInput {
        var input = DecodedInput()
        for name in names { try InputReader().decode(try Fixtures.data(name), name: name, into: &input) }
        return input
    }

    /// The wire events of a fixture, as the API sent them.
    private func apiEvents(_ name: String) throws -> [APIEvent] {
        let data = try Fixtures.data(name)
        return try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return try InputScanner.records(in: bytes).map { record in
                var reader = JSONReader(bytes, position: record.start)
                return try APIEvent(json: &reader)
            }
        }
    }

    @Test("a 2.3.0 detailed event decodes with its stations, agencies and programs")
    func detailedEvent() throws {
        let input = try decode("ll2/event-1201-2.3.0-detailed.json")
        let event = try #require(try apiEvents("ll2/event-1201-2.3.0-detailed.json").first)
        #expect(input.events.count == 1 && event.id == 1201)
        #expect(input.events[0].stationIDs == [4] && input.events[0].modeRank == 2)
        #expect(event.spacestations?.first?.name == "International Space Station")
        #expect(event.agencies?.count == 2)
        #expect(event.program?.isEmpty == false)
        #expect(event.datePrecision?.id == 1)
        #expect(event.duration == "PT5H24M4S")
        #expect(input.warnings.isEmpty)
    }

    @Test("a 2.2.0 event: feature_image as a string, agency type as a string")
    func version220() throws {
        let event = try #require(try apiEvents("ll2/event-1300-2.2.0.json").first)
        #expect(event.featureImage?.hasPrefix("https://") == true)
        #expect(event.agencies?.first?.type?.name == "Government")
        #expect(event.image == nil)
    }

    @Test("API pages in normal mode, from production and the dev server")
    func pages() throws {
        let input = try decode("ll2/list-2.3.0-normal-ordering-date-offset310.json",
                               "ll2/list-2.3.0-normal-ordering-last_updated-offset960.json")
        #expect(input.events.count == 20)
        #expect(input.events.allSatisfy { $0.stationIDs.isEmpty })
        #expect(input.warnings.isEmpty)
    }

    @Test("bare arrays of 2.2.0 and 2.3.0 events")
    func bareArrays() throws {
        let input = try decode("ll2-real/events-previous-2.2.0-451.json", "ll2-real/events-previous-2.3.0-detailed-10.json",
                               "ll2-real/events-2.3.0-normal-lldev-7.json")
        #expect(input.events.count == 451 + 10 + 7)
        #expect(input.skippedEvents == 0 && input.warnings.isEmpty)
    }

    @Test("space station lists are recognized as stations, not warned about")
    func stationLists() throws {
        let input = try decode("ll2-real/space_stations-2.3.0-detailed.json", "ll2-real/spacestation-2.2.0.json")
        #expect(input.stations.count == 30)
        #expect(input.events.isEmpty && input.warnings.isEmpty)
    }

    @Test("a bad event is skipped with one line naming its id or position and the field")
    func badEventsSkipped() throws {
        var input = DecodedInput()
        try InputReader().decode(try Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile.json", into: &input)
        #expect(input.events.count == 10)
        #expect(input.skippedEvents == 6)
        let expected = [
            "skipped event 900101 at results[10].name: expected a string, found a number",
            "skipped event 900102 at results[11].date: not a date: \"next tuesday\"",
            "skipped a record at results[12].id: required field is missing",
            "skipped event 900104 at results[13].vid_urls: expected a list, found an object",
            "skipped a record at results[14].id: expected a number, found a string",
            "skipped event 900106 at results[15].name: expected a string, found null",
        ]
        #expect(input.warnings.filter { $0.contains("skipped") } == expected.map { "hostile.json: " + $0 })
        #expect(input.warnings.allSatisfy { !$0.contains("\n") })
    }

    @Test("input that is not JSON at all is one clear error")
    func notJSON() {
        var input = DecodedInput()
        #expect(throws: AlmanacError.self) {
            try InputReader().decode(Data("{\"results\": [".utf8), name: "cut.json", into: &input)
        }
        do {
            try InputReader().decode(Data("<html>".utf8), name: "page.html", into: &input)
        } catch {
            #expect(error.oneLine.hasPrefix("page.html is not Launch Library 2 JSON"))
        }
    }
}
