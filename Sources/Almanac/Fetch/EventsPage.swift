/// One page of `/events/`: the API's total, the link to the next page, and the events as received.
struct EventsPage: Sendable {
    var count: Int?
    var next: String?
    var events: [RawEvent]
    /// Records on the page that are not events or have no id, which cannot be merged.
    var skipped: Int

    /// Reads a page; throws when the body is not a whole Launch Library 2 page (cut off, HTML, …).
    init(_ bytes: [UInt8]) throws {
        do throws(JSONFailure) {
            (count, next) = try EventsPage.header(bytes)
            (events, skipped) = try RawEvent.events(in: bytes)
        } catch {
            throw AlmanacError("not a Launch Library 2 page (\(error.message))")
        }
    }

    /// `count` and `next` from the top-level object, which must hold a `results` array.
    private static func header(_ bytes: [UInt8]) throws(JSONFailure) -> (Int?, String?) {
        var count: Int?
        var next: String?
        var results = false
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONFailure) in
            var reader = JSONReader(buffer)
            try reader.members { (reader, key) throws(JSONFailure) in
                switch key {
                case "count": count = try reader.optionalInt(key)
                case "next": next = try reader.optionalString(key)
                case "results": results = try reader.peek() == .array; try reader.skipValue()
                default: try reader.skipValue()
                }
            }
        }
        guard results else { throw JSONFailure.invalid("no results list") }
        return (count, next)
    }
}
