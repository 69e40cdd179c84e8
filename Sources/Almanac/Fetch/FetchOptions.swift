import AlmanacModel
import Foundation

/// What a fetch is asked to do: where the API is, who asks, where the cache lives and how patient
/// to be.
public struct FetchOptions: Sendable {
    public static let defaultAPI = URL(string: "https://ll.thespacedevs.com/2.3.0")!
    public static let defaultCacheFolder = ".almanac-cache"

    /// The API base, e.g. `https://ll.thespacedevs.com/2.3.0`, without a trailing slash.
    public var api: URL
    public var apiKey: APIKey?
    public var cacheFolder: String
    /// A full fetch runs again once the last one is this many seconds old.
    public var fullEvery: Int64 = 24 * 3600
    /// The longest wait, in seconds, for the rate limit to lift before giving up for this run.
    public var maxWait: Int64 = 60
    /// Events per page; the API caps it at 100 (tests use small pages).
    var pageSize = 100
    /// Extra attempts after a transient failure.
    var retries = 3
    /// Seconds before the first retry; doubled for each further one.
    var backoff: Double = 2
    /// Seconds a request may stay silent before it counts as a transient failure (whole seconds:
    /// URLSession on Linux turns a fraction below 1 into an immediate timeout).
    var timeout: Double = 30
    /// How far before a sync's start `last_updated__gte` asks, so a client clock that runs ahead of
    /// the server's cannot hide an update.
    var clockMargin: Int64 = 300

    public init(api: URL = FetchOptions.defaultAPI, apiKey: APIKey? = nil,
                cacheFolder: String = FetchOptions.defaultCacheFolder) {
        self.api = api
        self.apiKey = apiKey
        self.cacheFolder = cacheFolder
    }
}

/// What a fetch needs from the world, injected so tests neither wait nor depend on the clock.
public struct FetchEnvironment: Sendable {
    public var clock: @Sendable () -> UTCTime
    /// Sleeps for the given number of seconds.
    public var sleep: @Sendable (Double) -> Void
    /// Receives progress, notes and warnings, one line each.
    public var log: @Sendable (String) -> Void
    /// Whether the log goes to a terminal: if not, only warnings and the summary are written.
    public var isTerminal: Bool

    public init(clock: @escaping @Sendable () -> UTCTime, sleep: @escaping @Sendable (Double) -> Void,
                log: @escaping @Sendable (String) -> Void, isTerminal: Bool) {
        self.clock = clock
        self.sleep = sleep
        self.log = log
        self.isTerminal = isTerminal
    }
}
