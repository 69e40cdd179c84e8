import AlmanacModel

/// Why fetching stopped, before the cache adds what it kept and what to do next.
enum FetchError: Error {
    /// HTTP 429 with a wait longer than `--max-wait`; `retryAt` is when the API expects to answer.
    case rateLimited(retryAt: UTCTime?)
    /// No connection could be made at all.
    case unreachable(url: String, reason: String)
    /// Anything else, already worded for the user.
    case failed(String)
}
