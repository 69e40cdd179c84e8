import AlmanacModel
import Foundation

/// Brings the cache up to date with the API: the rest of an interrupted full fetch; a full fetch
/// when there is no usable cache or the last full one is older than `--full-every`; otherwise one
/// incremental request for what changed since the last fetch started.
public struct CacheSync {
    public var options: FetchOptions
    public var environment: FetchEnvironment

    public init(options: FetchOptions, environment: FetchEnvironment) {
        self.options = options
        self.environment = environment
    }

    var cache: EventCache { EventCache(folder: options.cacheFolder) }
    var progress: FetchProgress { FetchProgress(environment: environment) }
    var api: String { options.api.absoluteString }

    /// Fetches and updates the cache. On failure the cache is left as it was, except that the pages
    /// of a full fetch are kept for the next run to resume from.
    public func run() throws -> FetchSummary {
        let lock = try cache.lock()
        defer { withExtendedLifetime(lock) {} }
        let contents = cache.load(api: api)
        contents.warnings.forEach(progress.warn)
        let client = EventsClient(options: options, environment: environment)
        do {
            let summary = try sync(contents, client: client)
            environment.log(summary.line)
            return summary
        } catch {
            cache.removeIfUnused()
            guard let error = error as? FetchError else { throw error }
            throw explained(error, hasEvents: contents.events != nil)
        }
    }

    private func sync(_ contents: CacheContents, client: EventsClient) throws -> FetchSummary {
        let now = environment.clock()
        guard let state = contents.state else {
            return try fullFetch(contents, client: client, reason: "no usable cache in \(options.cacheFolder) yet")
        }
        if state.pendingFullFetch != nil { return try fullFetch(contents, client: client, reason: nil) }
        guard let events = contents.events, let lastFull = state.lastFullFetch, let lastSync = state.lastSync else {
            return try fullFetch(contents, client: client, reason: "the cache holds no complete fetch")
        }
        let age = now.secondsSince1970 - lastFull.secondsSince1970
        guard age < options.fullEvery else {
            return try fullFetch(contents, client: client, reason: "the last full fetch is \(durationText(age)) old")
        }
        return try incrementalFetch(events, state: state, since: lastSync, client: client)
    }

    /// The error's line, with what was kept and what to try next.
    private func explained(_ error: FetchError, hasEvents: Bool) -> AlmanacError {
        let pages = cache.keptPages()
        let kept = pages > 0 ? "; kept \(SummaryLine.counted(pages, "page")) fetched so far: the next run resumes after them" : ""
        switch error {
        case .rateLimited(let retryAt):
            let when = retryAt.map { "try again after \($0.iso8601) (in \(durationText($0.secondsSince1970 - environment.clock().secondsSince1970)))" }
            return AlmanacError("the API's rate limit is used up (HTTP 429): \(when ?? "try again within the hour")\(kept)")
        case .unreachable(let url, let reason):
            let fallback = hasEvents
                ? "the cache \(options.cacheFolder) is unchanged; build from it with --offline"
                : "there is no cache in \(options.cacheFolder) yet; to build without the network use --from PATH with Launch Library 2 JSON files"
            return AlmanacError("cannot reach the API at \(url) (\(reason))\(kept); \(fallback)")
        case .failed(let message):
            return AlmanacError(message + kept)
        }
    }

    /// `1 d 1 h 3 min`: seconds as a person reads them.
    func durationText(_ seconds: Int64) -> String { EventDuration(seconds: seconds).text }
}
