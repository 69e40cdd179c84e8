import AlmanacModel
import Foundation

/// Talks to Launch Library 2's `/events/` and `/api-throttle/` over HTTP, with the key, and counts
/// the requests that use up the rate limit.
final class EventsClient {
    let options: FetchOptions
    let environment: FetchEnvironment
    let http: HTTPClient
    /// `/events/` requests sent, failed ones and retries included; `/api-throttle/` is free.
    var requestsSent = 0

    init(options: FetchOptions, environment: FetchEnvironment) {
        self.options = options
        self.environment = environment
        http = HTTPClient(timeout: options.timeout)
    }

    /// The first page of every event, newest change first; only those changed since `since`
    /// when it is given. `detailed` is the only mode that carries stations, agencies and programs.
    func eventsURL(changedSince since: UTCTime? = nil) -> URL {
        var items = [URLQueryItem(name: "mode", value: "detailed"), URLQueryItem(name: "limit", value: String(options.pageSize)),
                     URLQueryItem(name: "ordering", value: "-last_updated")]
        if let since { items.append(URLQueryItem(name: "last_updated__gte", value: since.iso8601)) }
        var components = URLComponents(url: options.api.appendingPathComponent("events/"), resolvingAgainstBaseURL: false)!
        components.queryItems = items
        return components.url!
    }

    /// The page after `page`, on the API's own scheme, host and port whatever the link says (a
    /// proxy may rewrite them, and the key must never go elsewhere).
    func nextURL(after page: EventsPage) -> URL? {
        guard let next = page.next, let link = URLComponents(string: next) else { return nil }
        var components = URLComponents(url: options.api, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = link.percentEncodedPath
        components.percentEncodedQuery = link.percentEncodedQuery
        return components.url
    }

    /// The rate limit as `/api-throttle/` tells it; nil when the server has no such endpoint.
    func throttle() -> APIThrottle? {
        guard case .success(let response) = http.get(options.api.appendingPathComponent("api-throttle/"), headers: headers),
              response.status == 200 else { return nil }
        return try? JSONDecoder().decode(APIThrottle.self, from: response.body)
    }

    var progress: FetchProgress { FetchProgress(environment: environment) }

    var headers: [String: String] {
        var headers = ["Accept": "application/json", "User-Agent": "Almanac/\(Almanac.version)"]
        if let key = options.apiKey { headers["Authorization"] = key.authorizationValue }
        return headers
    }
}
