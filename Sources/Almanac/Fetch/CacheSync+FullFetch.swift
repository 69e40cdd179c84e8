import AlmanacModel
import Foundation

extension CacheSync {
    /// Follows `next` from the first page to the last, storing each page as it comes so that an
    /// interrupted fetch resumes where it stopped; then asks once more for everything updated since
    /// the fetch started, because offsets shift under live edits while paging. The result replaces
    /// the cache, so events deleted upstream disappear.
    func fullFetch(_ contents: CacheContents, client: EventsClient, reason: String?) throws -> FetchSummary {
        let resumed = contents.state?.pendingFullFetch
        if let reason { progress.note("full fetch: \(reason)") }
        if resumed == nil { cache.clearPending() }
        var pending = resumed ?? PendingFullFetch(started: environment.clock().iso8601, next: client.eventsURL().absoluteString)
        var events = contents.pendingEvents
        let throttle = client.throttle()
        try fetchPages(&pending, into: &events, state: contents.state ?? SyncState(api: api), client: client, throttle: throttle)
        let started = pending.startTime ?? environment.clock()
        try fetchChanges(since: started, into: &events, client: client)
        if let count = pending.count, count != events.count {
            progress.warn("the API counted \(SummaryLine.grouped(count)) events but the fetch found \(SummaryLine.grouped(events.count)) (events changed while it paged); the next full fetch will set it right")
        }
        try cache.saveEvents(events)
        try cache.saveState(SyncState(api: api, lastFullFetchStart: started.iso8601, lastSyncStart: started.iso8601))
        cache.clearPending()
        let old = contents.events ?? EventSet()
        return FetchSummary(kind: resumed == nil ? .full : .resumedFull, events: events.count,
                            changed: events.byID.values.filter { old.byID[$0.id]?.json != $0.json }.count,
                            removed: old.byID.keys.filter { events.byID[$0] == nil }.count,
                            requests: client.requestsSent, throttle: throttle)
    }

    /// Fetches the pages still to come, saving each one and the state that points past it.
    private func fetchPages(_ pending: inout PendingFullFetch, into events: inout EventSet, state: SyncState,
                            client: EventsClient, throttle: APIThrottle?) throws {
        var state = state
        let pagesBefore = pending.pages
        var stepsBack = 0
        while let next = pending.next.flatMap(URL.init(string:)) {
            let (page, bytes) = try client.page(at: next)
            try cache.savePendingPage(pending.pages + 1, bytes)
            if pending.pages == pagesBefore { announce(page.count, done: pagesBefore, throttle: throttle) }
            var following = client.overlappingURL(after: page)
            if let lastID = pending.lastID, !page.events.contains(where: { $0.id == lastID }),
               stepsBack < CacheSync.maxStepsBack, let back = client.steppedBack(next) {
                following = back
                stepsBack += 1
            }
            pending = PendingFullFetch(started: pending.started, next: following?.absoluteString,
                                       pages: pending.pages + 1, count: page.count, lastID: page.events.last?.id)
            state.pendingFullFetch = pending
            try cache.saveState(state)
            events.insert(page.events)
            warnSkipped(page)
            progress.page(pending.pages, count: page.count, pageSize: options.pageSize, events: events.count,
                          requests: client.requestsSent)
        }
    }

    /// How often one fetch steps back a page because events moved up under it (deletions upstream);
    /// past that, the next full fetch sets things right.
    static let maxStepsBack = 10

    /// Pages needed for `count` events, each after the first starting on the last event before it.
    static func pages(for count: Int, pageSize: Int) -> Int {
        guard count > pageSize, pageSize > 1 else { return max(1, (count + pageSize - 1) / max(pageSize, 1)) }
        return 1 + (count - pageSize + pageSize - 2) / (pageSize - 1)
    }

    /// `full fetch: 1,143 events in 12 pages + 1 check = 13 requests; 15 of 15 requests left this hour`.
    private func announce(_ count: Int?, done: Int, throttle: APIThrottle?) {
        guard let count else { return }
        let pages = CacheSync.pages(for: count, pageSize: options.pageSize)
        let needed = max(1, pages - done) + 1
        let left = throttle.map { "; \($0.text)" } ?? ""
        progress.note("\(done > 0 ? "resuming the full fetch at page \(done + 1)" : "full fetch"): \(SummaryLine.grouped(count)) events in \(pages) pages + 1 check = \(needed) requests\(left)")
        if let throttle, throttle.remaining < needed {
            progress.warn("the fetch needs \(needed) requests but only \(throttle.remaining) are left; it will stop at the rate limit and the next run resumes where it stopped")
        }
    }
}
