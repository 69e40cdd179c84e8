@testable import Almanac
import Testing

@Suite("Decoding every fixture shape")
struct DecodeTests {
    @Test("a 2.3.0 detailed event decodes with its stations, agencies and programs")
    func detailedEvent() throws {
        var input = DecodedInput()
        try InputReader().decode(try Fixtures.data("ll2/event-1201-2.3.0-detailed.json"), name: "e", into: &input)
        #expect(input.events.count == 1)
        let event = try #require(input.events.first?.event)
        #expect(event.id == 1201)
        #expect(event.spacestations?.first?.name == "International Space Station")
        #expect(event.agencies?.count == 2)
        #expect(event.program?.isEmpty == false)
        #expect(event.datePrecision?.id == 1)
        #expect(event.duration == "PT5H24M4S")
        #expect(input.warnings.isEmpty)
    }
}
