import Foundation

/// One page of `/events/`: the API's total, the link to the next page, and the events as received.
struct EventsPage: Sendable {
    var count: Int?
    var next: String?
    var events: [RawEvent]
    /// Records on the page without an id, which cannot be merged and are left out.
    var skipped: Int

    /// Reads a page; throws when the body is not a whole Launch Library 2 page (cut off, HTML, …).
    init(_ bytes: [UInt8]) throws {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes))
        } catch {
            throw AlmanacError("not a Launch Library 2 page (\(error.oneLine))")
        }
        count = header.count
        next = header.next
        events = try RawEvent.slice(bytes, under: "results", stamps: header.results)
        skipped = header.results.count - events.count
    }

    private struct Header: Decodable {
        var count: Int?
        var next: String?
        var results: [EventStamp]
    }
}
