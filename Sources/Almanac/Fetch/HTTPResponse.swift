import Foundation

/// One answer from the API: the status, the headers (names lower-cased) and the body.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    /// The header's value, whatever case the server wrote its name in.
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why a request got no HTTP answer at all.
enum TransportFailure: Error {
    /// Nothing is listening or the host is unknown: the network or the API is out of reach.
    case unreachable(String)
    /// A timeout, a dropped connection or a cut-off answer: worth another try.
    case transient(String)
}
