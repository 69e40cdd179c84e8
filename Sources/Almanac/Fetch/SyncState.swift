import AlmanacModel

/// What the cache remembers between runs, stored as `sync-state.json`.
struct SyncState: Codable, Equatable, Sendable {
    /// Bumped whenever the cache's layout changes; a cache of another version is fetched anew.
    static let currentFormat = 1

    var format = SyncState.currentFormat
    /// The API the events came from; another `--api` starts over.
    var api: String
    /// When the last complete full fetch started (ISO 8601).
    var lastFullFetchStart: String?
    /// When the last successful fetch of any kind started (ISO 8601).
    var lastSyncStart: String?
    /// A full fetch that stopped before its end, to be resumed.
    var pendingFullFetch: PendingFullFetch?

    var lastFullFetch: UTCTime? { lastFullFetchStart.flatMap(UTCTime.init(iso8601:)) }
    var lastSync: UTCTime? { lastSyncStart.flatMap(UTCTime.init(iso8601:)) }
}

/// How far an interrupted full fetch got: its pages are in the cache's `pending/` folder.
struct PendingFullFetch: Codable, Equatable, Sendable {
    /// When the full fetch started: the final check asks for everything updated since.
    var started: String
    /// The next page to ask for; nil once every page is in and only the final check is left.
    var next: String?
    /// How many pages are stored.
    var pages = 0
    /// The API's `count` on the last stored page.
    var count: Int?
    /// The id of the last event of the last stored page, which the next page starts on.
    var lastID: Int?

    var startTime: UTCTime? { UTCTime(iso8601: started) }
}
