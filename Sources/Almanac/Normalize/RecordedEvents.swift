import AlmanacModel
import Foundation

/// Full events read again from their records in the input, one at a time, when a page, a feed
/// entry or a calendar entry needs them. The summary normalization made is kept as it is; only the
/// details come from the record. The last few events read are kept, because an event's page and
/// its `.ics` file are rendered one after the other.
struct RecordedEvents: EventDetailSource {
    let summaries: [EventSummary]
    let locations: [RecordLocation]
    let sources: [InputSource]
    private let recent = RecentEvents()
    private let contexts = DecodeContexts()

    init(summaries: [EventSummary], locations: [RecordLocation], sources: [InputSource]) {
        self.summaries = summaries
        self.locations = locations
        self.sources = sources
    }

    func event(at index: Int) -> Event {
        if let event = recent.event(at: index) { return event }
        let location = locations[index]
        let bytes = sources[location.source].bytes(location.range)
        var event = bytes.withUnsafeBufferPointer { buffer -> Event in
            contexts.with { context in
                var reader = JSONReader(buffer)
                guard let api = try? APIEvent(json: &reader, reusing: &context.parts) else {
                    return Event(summary: summaries[index])
                }
                return context.mapper.event(api)
            }
        }
        event.summary = summaries[index]
        recent.keep(event, at: index)
        return event
    }
}

/// The events read most recently, shared by the threads that render.
private final class RecentEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Int: Event] = [:]
    private var order: [Int] = []
    private let capacity = 64

    func event(at index: Int) -> Event? { lock.withLock { events[index] } }

    func keep(_ event: Event, at index: Int) {
        lock.withLock {
            guard events.updateValue(event, forKey: index) == nil else { return }
            order.append(index)
            if order.count > capacity { events[order.removeFirst()] = nil }
        }
    }
}

/// What reading one event leaves for the next: the agencies, programs and stations decoded and
/// mapped, which events repeat. Renewed every 256 events, as the first pass does per window, so
/// that it never grows with the input.
private struct DecodeContext {
    var parts = RepeatedParts()
    var mapper = EventMapper(sharesStorage: false)  // read again for one page, then dropped
    var uses = 0
}

/// Decode contexts for the threads that render, each used by one thread at a time.
private final class DecodeContexts: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [DecodeContext] = []

    func with<Result>(_ body: (inout DecodeContext) -> Result) -> Result {
        var context = lock.withLock { idle.popLast() } ?? DecodeContext()
        if context.uses >= 256 { context = DecodeContext() }
        context.uses += 1
        let result = body(&context)
        lock.withLock { idle.append(context) }
        return result
    }
}
