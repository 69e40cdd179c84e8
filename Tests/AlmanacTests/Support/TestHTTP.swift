import Foundation

/// A request as the test server read it.
struct TestHTTPRequest: Sendable {
    var target: String
    /// Header names lower-cased.
    var headers: [String: String]

    var path: String { String(target.prefix { $0 != "?" }) }

    var query: [String: String] {
        let items = URLComponents(string: "http://host" + target)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    }
}

/// What the server does with one request.
enum TestHTTPReply: Sendable {
    case respond(status: Int, headers: [String: String], body: [UInt8])
    /// Announces the whole body in `Content-Length`, sends only half of it, and hangs up.
    case cutShort(body: [UInt8])
    /// Reads the request and closes the connection without answering.
    case hangUp
    /// Waits before answering, to outlast a client's timeout.
    indirect case afterPause(seconds: Double, TestHTTPReply)
}

/// A failure in test support code.
struct AlmanacTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
