import Foundation

/// What a run found in the cache, with a warning for each part that could not be used.
struct CacheContents: Sendable {
    /// nil when there is no usable state: everything is fetched again.
    var state: SyncState?
    /// nil when there is no usable event file.
    var events: EventSet?
    /// The events of the stored pages of an interrupted full fetch.
    var pendingEvents = EventSet()
    var warnings: [String] = []
}

extension EventCache {
    /// Reads and checks everything; a damaged part is named in a warning and left out, so that the
    /// run fetches it again.
    func load(api: String) -> CacheContents {
        var contents = CacheContents()
        contents.state = loadState(api: api, warnings: &contents.warnings)
        if let bytes = FileOps.read(eventsPath) {
            do {
                contents.events = try EventSet(json: bytes)
            } catch {
                contents.warnings.append("the cache file \(eventsPath) is damaged (\(error.oneLine)); fetching every event again")
            }
        }
        if contents.state?.pendingFullFetch != nil {
            loadPending(into: &contents)
        }
        return contents
    }

    /// How many pages of an interrupted full fetch are stored.
    func keptPages() -> Int {
        let state = FileOps.read(statePath).flatMap { try? JSONDecoder().decode(SyncState.self, from: Data($0)) }
        return state?.pendingFullFetch?.pages ?? 0
    }

    private func loadState(api: String, warnings: inout [String]) -> SyncState? {
        guard let bytes = FileOps.read(statePath) else { return nil }
        guard let format = try? JSONDecoder().decode(FormatProbe.self, from: Data(bytes)) else {
            warnings.append("the cache file \(statePath) is damaged; fetching every event again")
            return nil
        }
        guard format.format == SyncState.currentFormat else {
            warnings.append("the cache \(folder) has format version \(format.format), this almanac reads \(SyncState.currentFormat); fetching every event again")
            return nil
        }
        guard let state = try? JSONDecoder().decode(SyncState.self, from: Data(bytes)) else {
            warnings.append("the cache file \(statePath) is damaged; fetching every event again")
            return nil
        }
        guard state.api == api else {
            warnings.append("the cache \(folder) was filled from \(state.api); fetching every event from \(api)")
            return nil
        }
        return state
    }

    private func loadPending(into contents: inout CacheContents) {
        let pages = contents.state?.pendingFullFetch?.pages ?? 0
        for number in stride(from: 1, through: pages, by: 1) {
            guard let bytes = FileOps.read(pendingPagePath(number)), let page = try? EventsPage(bytes) else {
                contents.warnings.append("the cache file \(pendingPagePath(number)) is missing or damaged; the interrupted full fetch starts over")
                contents.state?.pendingFullFetch = nil
                contents.pendingEvents = EventSet()
                return
            }
            contents.pendingEvents.insert(page.events)
        }
    }

    private struct FormatProbe: Decodable { var format: Int }
}
