import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking GET requests through URLSession. Redirects to another origin are refused, so headers
/// such as the API key never leave the host the user named.
final class HTTPClient: Sendable {
    private let session: URLSession
    private let timeout: Double

    init(timeout: Double) {
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration, delegate: SameOriginRedirects(), delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends a GET and waits for the whole answer.
    func get(_ url: URL, headers: [String: String]) -> Result<HTTPResponse, TransportFailure> {
        var request = URLRequest(url: url)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let outcome = Outcome()
        session.dataTask(with: request) { data, response, error in
            outcome.finish(self.result(data, response, error))
        }.resume()
        return outcome.wait()
    }

    private func result(_ data: Data?, _ response: URLResponse?, _ error: Error?)
        -> Result<HTTPResponse, TransportFailure> {
        if let error { return .failure(classify(error)) }
        guard let http = response as? HTTPURLResponse else { return .failure(.transient("no HTTP answer")) }
        var headers: [String: String] = [:]
        for case let (name as String, value as String) in http.allHeaderFields { headers[name.lowercased()] = value }
        return .success(HTTPResponse(status: http.statusCode, headers: headers, body: data ?? Data()))
    }

    private func classify(_ error: Error) -> TransportFailure {
        switch (error as? URLError)?.code {
        case .cannotConnectToHost?, .cannotFindHost?, .dnsLookupFailed?, .notConnectedToInternet?:
            return .unreachable(error.oneLine)
        case .timedOut?:
            return .transient("no answer within \(Int(timeout)) s")
        default:
            return .transient(error.oneLine)
        }
    }
}

/// The answer to one request, handed from URLSession's queue to the waiting caller.
private final class Outcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<HTTPResponse, TransportFailure> = .failure(.transient("no answer"))

    func finish(_ result: Result<HTTPResponse, TransportFailure>) {
        self.result = result
        done.signal()
    }

    func wait() -> Result<HTTPResponse, TransportFailure> {
        done.wait()
        return result
    }
}

/// Follows a redirect only when it stays on the same scheme, host and port.
private final class SameOriginRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let from = task.originalRequest?.url
        let to = request.url
        let same = from?.scheme == to?.scheme && from?.host == to?.host && from?.port == to?.port
        completionHandler(same ? request : nil)
    }
}
