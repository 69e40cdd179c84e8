/// What a fetch did, for the summary line and for tests.
public struct FetchSummary: Sendable {
    public enum Kind: String, Sendable {
        case full = "full fetch"
        case resumedFull = "resumed full fetch"
        case incremental = "incremental fetch"
    }

    public var kind: Kind
    /// Events in the cache afterwards.
    public var events = 0
    /// Events that were new or changed.
    public var changed = 0
    /// Events a full fetch no longer found, dropped from the cache.
    public var removed = 0
    /// `/events/` requests sent (the rate limit counts these; `/api-throttle/` is free).
    public var requests = 0
    /// What `/api-throttle/` said was left before the fetch, when it was asked.
    var throttle: APIThrottle?

    /// `full fetch · 1,143 events · 3 changed · 13 requests · 2 of 15 requests left this hour`.
    public var line: String {
        var parts = [kind.rawValue, SummaryLine.counted(events, "event"), "\(SummaryLine.grouped(changed)) changed"]
        if removed > 0 { parts.append("\(SummaryLine.grouped(removed)) removed") }
        parts.append(SummaryLine.counted(requests, "request"))
        if var left = throttle {
            left.used += requests
            parts.append(left.text)
        }
        return parts.joined(separator: " · ")
    }
}
