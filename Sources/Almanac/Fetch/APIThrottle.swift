/// The answer of `/api-throttle/`, which tells the rate limit without counting against it. Its
/// `ident` (the client's address or key) is deliberately not read.
struct APIThrottle: Decodable, Sendable {
    var limit: Int
    var used: Int
    /// The length of the limit's window in seconds.
    var window: Int?

    var remaining: Int { max(0, limit - used) }

    /// `15 of 15 requests left this hour`.
    var text: String {
        let period = window == 3600 || window == nil ? "this hour" : "in the API's \(window!)-second window"
        return "\(remaining) of \(limit) requests left \(period)"
    }

    private enum CodingKeys: String, CodingKey {
        case limit = "your_request_limit", used = "current_use", window = "limit_frequency_secs"
    }
}
