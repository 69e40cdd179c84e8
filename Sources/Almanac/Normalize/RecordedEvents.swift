import AlmanacModel

/// Full events read again from their records in the input, one at a time, when a page, a feed
/// entry or a calendar entry needs them. The summary normalization made is kept as it is; only the
/// details come from the record.
struct RecordedEvents: EventDetailSource {
    let summaries: [EventSummary]
    let locations: [RecordLocation]
    let sources: [InputSource]

    func event(at index: Int) -> Event {
        let location = locations[index]
        let bytes = sources[location.source].bytes(location.range)
        var event = bytes.withUnsafeBufferPointer { buffer -> Event in
            var reader = JSONReader(buffer)
            var mapper = EventMapper()
            guard let api = try? APIEvent(json: &reader) else { return Event(summary: summaries[index]) }
            return mapper.event(api)
        }
        event.summary = summaries[index]
        return event
    }
}
