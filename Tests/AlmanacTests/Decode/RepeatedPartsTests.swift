@testable import Almanac
import Foundation
import Testing

/// Events repeat the same agencies, programs and stations; the decoder reuses what it decoded and
/// mapped before, and that must never change what any one event gets.
@Suite("Repeated agencies, programs and stations")
struct RepeatedPartsTests {
    private static let station = #"{"id":4,"name":"ISS","founded":"1998-11-20","orbit":"Low Earth Orbit"}"#
    private static let agency = #"{"id":44,"name":"NASA","abbrev":"NASA","info_url":"javascript:alert(1)"}"#

    private static func program(name: String) -> String {
        #"{"id":7,"name":"\#(name)","agencies":[\#(agency)],"wiki_url":"https://example.org/p"}"#
    }

    private static func event(_ id: Int, program: String, station: String = station) -> String {
        #"{"id":\#(id),"name":"Event \#(id)","program":[\#(program)],"agencies":[\#(agency)],"spacestations":[\#(station)]}"#
    }

    private func decode(_ events: [String]) throws -> DecodedInput {
        var input = DecodedInput()
        let json = #"{"results":[\#(events.joined(separator: ","))]}"#
        try InputReader().decode(Data(json.utf8), name: "repeated.json", into: &input)
        return input
    }

    @Test("every event keeps its own warnings, and a record with the same id but other content is not mistaken for it")
    func reusedParts() throws {
        let input = try decode([
            Self.event(1, program: Self.program(name: "Artemis")),
            Self.event(2, program: Self.program(name: "Artemis")),
            Self.event(3, program: Self.program(name: "Artemis II")),
        ])
        let programs = input.events.map { $0.details?.programs.first?.name }
        #expect(programs == ["Artemis", "Artemis", "Artemis II"])
        #expect(input.events.allSatisfy { $0.details?.programs.first?.agencies.first?.name == "NASA" })
        #expect(input.events.allSatisfy { $0.stationIDs == [4] })
        let dropped = input.warnings.filter { $0.contains("dropped 2 links that are not http(s)") }
        #expect(dropped.count == 3)
    }

    @Test("a repeated station that is broken in one event still skips that event")
    func brokenRepeat() throws {
        let broken = Self.station.replacingOccurrences(of: "1998-11-20", with: "soon")
        let input = try decode([
            Self.event(1, program: Self.program(name: "Artemis")),
            Self.event(2, program: Self.program(name: "Artemis"), station: broken),
            Self.event(3, program: Self.program(name: "Artemis")),
        ])
        #expect(input.events.map(\.summary.id.rawValue) == [1, 3])
        #expect(input.warnings.contains("repeated.json: skipped event 2 at results[1].spacestations[0].founded: not a date: \"soon\""))
    }
}
