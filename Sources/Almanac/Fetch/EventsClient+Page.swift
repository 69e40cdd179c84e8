import Foundation

extension EventsClient {
    /// One page and its bytes. Transient failures are retried `retries` times with doubling pauses;
    /// a 429 is waited out when the API's wait fits within `--max-wait`; other errors stop at once.
    func page(at url: URL) throws -> (page: EventsPage, bytes: [UInt8]) {
        var failures = 0
        var waits = 0
        while true {
            requestsSent += 1
            let problem: String
            switch try attempt(url) {
            case .page(let page, let bytes):
                return (page, bytes)
            case .rateLimited(let response):
                try waitOutRateLimit(response, waits: &waits)
                continue
            case .retry(let reason):
                problem = reason
            }
            failures += 1
            guard failures <= options.retries else {
                throw FetchError.failed("giving up on \(url.absoluteString) after \(SummaryLine.counted(failures, "attempt")): \(problem)")
            }
            let pause = options.backoff * Double(1 << (failures - 1))
            progress.note("\(problem) from \(url.absoluteString); trying again in \(pause) s")
            environment.sleep(pause)
        }
    }

    private enum Attempt {
        case page(EventsPage, [UInt8])
        case rateLimited(HTTPResponse)
        case retry(String)
    }

    private func attempt(_ url: URL) throws -> Attempt {
        let response: HTTPResponse
        switch http.get(url, headers: headers) {
        case .failure(.unreachable(let reason)): throw FetchError.unreachable(url: url.absoluteString, reason: reason)
        case .failure(.transient(let reason)): return .retry(reason)
        case .success(let answer): response = answer
        }
        switch response.status {
        case 200..<300:
            let bytes = [UInt8](response.body)
            do {
                return .page(try EventsPage(bytes), bytes)
            } catch {
                return .retry("HTTP \(response.status) with an unreadable body: \(error.oneLine)")
            }
        case 429: return .rateLimited(response)
        case 500...: return .retry("HTTP \(response.status)")
        case 401 where options.apiKey != nil:
            throw FetchError.failed("the API key was refused (HTTP 401 from \(url.absoluteString)); check --api-key or LL2_API_KEY")
        default:
            throw FetchError.failed("HTTP \(response.status) from \(url.absoluteString)")
        }
    }

    private func waitOutRateLimit(_ response: HTTPResponse, waits: inout Int) throws {
        let wait = response.retryAfterSeconds
        guard let wait, wait <= options.maxWait, waits < options.retries else {
            throw FetchError.rateLimited(retryAt: wait.map { environment.clock().adding(seconds: $0) })
        }
        waits += 1
        progress.note("rate limited: waiting \(wait) s as the API asks")
        environment.sleep(Double(wait))
    }
}
