import AlmanacModel
import Foundation

extension CacheSync {
    /// One request for what changed since the last fetch started (more only when over a page
    /// changed); merged into the cached events.
    func incrementalFetch(_ cached: EventSet, state: SyncState, since: UTCTime, client: EventsClient) throws -> FetchSummary {
        let started = environment.clock()
        var events = cached
        let changed = try fetchChanges(since: since, into: &events, client: client)
        if changed > 0 { try cache.saveEvents(events) }
        var state = state
        state.lastSyncStart = started.iso8601
        try cache.saveState(state)
        return FetchSummary(kind: .incremental, events: events.count, changed: changed, requests: client.requestsSent)
    }

    /// Merges every event updated since `since` (less the clock margin) and returns how many were
    /// new or different.
    @discardableResult
    func fetchChanges(since: UTCTime, into events: inout EventSet, client: EventsClient) throws -> Int {
        var next: URL? = client.eventsURL(changedSince: since.adding(seconds: -options.clockMargin))
        var changed = 0
        while let url = next {
            let (page, _) = try client.page(at: url)
            changed += events.insert(page.events)
            warnSkipped(page)
            next = client.nextURL(after: page)
        }
        return changed
    }

    func warnSkipped(_ page: EventsPage) {
        if page.skipped > 0 { progress.warn("\(page.skipped) records without an id were left out") }
    }
}
