@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Fetch building blocks")
struct FetchUnitTests {
    @Test("events keep their exact bytes, whatever their strings hold; records without an id or not events are counted")
    func rawEvents() throws {
        let page = #"{"count":4,"x":{"results":[8]},"results" : [ {"id":1,"name":"]},\"{","last_updated":"2026-01-01T00:00:00Z"} , {"name":"no id"},7,{"id":2,"last_updated":null}]}"#
        let bytes = Array(page.utf8)
        let parsed = try EventsPage(bytes)
        #expect(parsed.events.map { String(decoding: $0.json, as: UTF8.self) }
            == [#"{"id":1,"name":"]},\"{","last_updated":"2026-01-01T00:00:00Z"}"#, #"{"id":2,"last_updated":null}"#])
        #expect(parsed.events.map(\.lastUpdated) == [UTCTime(iso8601: "2026-01-01T00:00:00Z"), nil])
        #expect(parsed.skipped == 2 && parsed.count == 4 && parsed.next == nil)
        #expect(throws: AlmanacError.self) { try EventsPage(Array(bytes.dropLast(3))) }
        #expect(throws: AlmanacError.self) { try EventsPage(Array(#"{"id":1}"#.utf8)) }
        #expect(try EventSet(json: Array("[]".utf8)).count == 0)
    }

    @Test("durations for --full-every and --max-wait", arguments: [
        ("24h", 86_400), ("90m", 5_400), ("1h30m", 5_400), ("2d", 172_800), ("45s", 45), ("60", 60), ("0", 0),
        ("PT24H", 86_400), ("P1D", 86_400), ("pt90m", 5_400),
    ] as [(String, Int64)])
    func durations(_ text: String, _ seconds: Int64) {
        #expect(DurationArgument.seconds(text) == seconds)
    }

    @Test("text that is not a duration", arguments: ["", "h", "24x", "-5", "1.5h", "h24", "P1Y", "-PT5M"])
    func notDurations(_ text: String) {
        #expect(DurationArgument.seconds(text) == nil)
    }

    @Test("Retry-After, or else the number in the detail message")
    func retryAfter() {
        func response(_ headers: [String: String], _ body: String) -> HTTPResponse {
            HTTPResponse(status: 429, headers: headers, body: Data(body.utf8))
        }
        let detail = #"{"detail":"Request was throttled. Expected available in 1234 seconds."}"#
        #expect(response(["retry-after": "120"], detail).retryAfterSeconds == 120)
        #expect(response([:], detail).retryAfterSeconds == 1234)
        #expect(response([:], #"{"detail":"Expected available in 1.2 seconds."}"#).retryAfterSeconds == 2)
        #expect(response([:], #"{"detail":"Slow down."}"#).retryAfterSeconds == nil)
        #expect(response([:], "<html>").retryAfterSeconds == nil)
    }

    @Test("merging keeps the newest last_updated; a tie goes to the record fetched later")
    func merging() throws {
        func event(_ id: Int, _ updated: String, _ name: String) -> RawEvent {
            RawEvent(id: id, lastUpdated: UTCTime(iso8601: updated), json: ArraySlice(#"{"id":\#(id),"name":"\#(name)"}"#.utf8))
        }
        var set = EventSet()
        #expect(set.insert([event(2, "2026-01-02T00:00:00Z", "new"), event(1, "2026-01-01T00:00:00Z", "a")]) == 2)
        #expect(set.insert([event(2, "2026-01-01T00:00:00Z", "older")]) == 0)
        #expect(set.insert([event(1, "2026-01-01T00:00:00Z", "tie")]) == 1)
        #expect(set.insert([event(1, "2026-01-01T00:00:00Z", "tie")]) == 0)
        #expect(String(decoding: set.json, as: UTF8.self) == "[\n{\"id\":1,\"name\":\"tie\"},\n{\"id\":2,\"name\":\"new\"}\n]\n")
        #expect(try EventSet(json: set.json).byID.mapValues { Array($0.json) } == set.byID.mapValues { Array($0.json) })
    }

    @Test("next links are followed on the API's own origin only")
    func nextOnOwnOrigin() throws {
        var options = FetchOptions(api: URL(string: "https://ll.example.org/2.3.0")!, cacheFolder: "unused")
        options.pageSize = 100
        let client = EventsClient(options: options, environment: FetchEnvironment(clock: { FetchHarness.start }, sleep: { _ in },
                                                                                     log: { _ in }, isTerminal: false))
        let page = try EventsPage(Array(#"{"count":2,"next":"http://elsewhere.example:8080/2.3.0/events/?limit=100&offset=100","results":[]}"#.utf8))
        #expect(client.nextURL(after: page)?.absoluteString == "https://ll.example.org/2.3.0/events/?limit=100&offset=100")
        #expect(client.eventsURL(changedSince: FetchHarness.start).absoluteString
            == "https://ll.example.org/2.3.0/events/?mode=detailed&limit=100&ordering=-last_updated&last_updated__gte=2026-06-01T12:00:00Z")
    }
}
