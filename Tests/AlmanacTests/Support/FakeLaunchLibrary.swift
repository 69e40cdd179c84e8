import AlmanacModel
import Foundation

/// A Launch Library 2–compatible API on 127.0.0.1 serving the real fixture events: `/2.3.0/events/`
/// with `count`, absolute `next`/`previous` links, `limit` (default 10, capped at 100), `offset`,
/// `mode`, `ordering` (`last_updated`, `date`, either reversed) and `last_updated__gte`; and
/// `/2.3.0/api-throttle/`. Faults and live edits are scripted by the number of the `/events/` page
/// answer they concern (1 for the first page served, retries of a failed request keep its number).
final class FakeLaunchLibrary: @unchecked Sendable {
    enum Fault {
        case status(Int)
        /// HTTP 429 with a `Retry-After` header, or else with the wait only in `detail`.
        case throttled(retryAfter: Int?, detailSeconds: Int)
        case cutShort
        case hangUp
        case notJSON
        /// Answers only after this many seconds.
        case stall(Double)
        /// HTTP 302 to the same path and query on another API base.
        case redirect(URL)
    }

    enum Edit {
        /// Updates an event's `last_updated` (and name), which moves it to the front of `-last_updated`.
        case touch(id: Int, at: UTCTime, name: String)
        /// Creates an event, a copy of `like` under a new id.
        case add(id: Int, like: Int, at: UTCTime)
        case delete(id: Int)
    }

    private let lock = NSLock()
    /// The events, by id; read and written only under the lock.
    var storedEvents: [Int: StoredEvent]
    private var faults: [Int: [Fault]] = [:]
    private var edits: [Int: [Edit]] = [:]
    private var recorded: [TestHTTPRequest] = []
    private var answered = 0
    /// When set, `/events/` answers 401 to any other `Authorization`.
    var requiredKey: String?
    /// The largest page served, whatever `limit` asks: 100 like the real API, less like some mirrors.
    var maxPageSize = 100
    private var server: LoopbackHTTPServer?

    init() throws {
        storedEvents = try FakeLaunchLibrary.fixtureEvents()
        server = try LoopbackHTTPServer { [unowned self] request in self.handle(request) }
    }

    /// The API base, as for `--api`.
    var api: URL { URL(string: "http://127.0.0.1:\(server!.port)/2.3.0")! }

    func stop() { server?.stop() }

    /// Before answering the `number`th `/events/` request, fails it once with each of `faults` in turn.
    func fail(request number: Int, with faults: Fault...) {
        lock.withLock { self.faults[number, default: []] += faults }
    }

    /// Applies `edit` right after answering the `number`th `/events/` request.
    func edit(afterRequest number: Int, _ edit: Edit) {
        lock.withLock { edits[number, default: []].append(edit) }
    }

    func apply(_ edit: Edit) { lock.withLock { applyLocked(edit) } }

    /// Every request received, `/api-throttle/` included.
    var requests: [TestHTTPRequest] { lock.withLock { recorded } }

    var eventRequests: [TestHTTPRequest] { requests.filter { $0.path.hasSuffix("/events/") } }

    var ids: Set<Int> { lock.withLock { Set(storedEvents.keys) } }

    /// The ids as `ordering=-last_updated` lists them now.
    var idsByNewestChange: [Int] {
        lock.withLock { storedEvents.values.sorted(by: FakeLaunchLibrary.order("-last_updated")).map(\.id) }
    }

    /// How many `/events/` pages were answered so far: the next is number `answeredPages + 1`.
    var answeredPages: Int { lock.withLock { answered } }

    /// An event's JSON exactly as the server sends it in `detailed` mode.
    func json(of id: Int) -> [UInt8]? { lock.withLock { storedEvents[id]?.bytes } }

    // MARK: - Answering

    private func handle(_ request: TestHTTPRequest) -> TestHTTPReply {
        lock.withLock {
            recorded.append(request)
            switch request.path {
            case "/2.3.0/api-throttle/":
                let used = recorded.filter { $0.path == "/2.3.0/events/" }.count
                return json(200, ["your_request_limit": 15, "limit_frequency_secs": 3600, "current_use": used,
                                  "next_use_secs": 0, "ident": "127.0.0.1"])
            case "/2.3.0/events/":
                if let key = requiredKey, request.headers["authorization"] != "Token \(key)" {
                    return json(401, ["detail": "Invalid token."])
                }
                let number = answered + 1
                if let fault = faults[number]?.first {
                    faults[number]?.removeFirst()
                    return reply(to: fault, request)
                }
                answered = number
                defer { edits.removeValue(forKey: number)?.forEach(applyLocked) }
                return .respond(status: 200, headers: [:], body: page(request.query))
            default:
                return json(404, ["detail": "Not found."])
            }
        }
    }

    private func reply(to fault: Fault, _ request: TestHTTPRequest) -> TestHTTPReply {
        switch fault {
        case .status(let status): return json(status, ["detail": "Server error."])
        case .throttled(let retryAfter, let seconds):
            let body = Array(#"{"detail":"Request was throttled. Expected available in \#(seconds) seconds."}"#.utf8)
            return .respond(status: 429, headers: retryAfter.map { ["Retry-After": String($0)] } ?? [:], body: body)
        case .cutShort: return .cutShort(body: page(request.query))
        case .hangUp: return .hangUp
        case .notJSON: return .respond(status: 200, headers: [:], body: Array("<html>Bad gateway</html>".utf8))
        case .redirect(let base):
            let location = base.absoluteString + request.target.dropFirst(api.path.count)
            return .respond(status: 302, headers: ["Location": location], body: [])
        case .stall(let seconds): return .afterPause(seconds: seconds, .respond(status: 200, headers: [:], body: page(request.query)))
        }
    }

    private func json(_ status: Int, _ object: [String: Any]) -> TestHTTPReply {
        .respond(status: status, headers: [:], body: Array(try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys)))
    }
}
