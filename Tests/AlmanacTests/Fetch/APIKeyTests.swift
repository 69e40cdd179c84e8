@testable import Almanac
import Foundation
import Testing

@Suite("The API key")
struct APIKeyTests {
    static let secret = "s3cret-key-0123456789"

    @Test("is sent as Authorization: Token KEY on every request, and appears in no log line and no cache file")
    func sentNeverKept() throws {
        let harness = try FetchHarness()
        harness.server.requiredKey = APIKeyTests.secret
        harness.options.apiKey = APIKey(APIKeyTests.secret)
        harness.server.fail(request: 2, with: .status(503))
        harness.server.fail(request: 3, with: .throttled(retryAfter: 5, detailSeconds: 5))
        try harness.sync(terminal: true)
        harness.server.fail(request: harness.server.answeredPages + 1, with: .throttled(retryAfter: 7200, detailSeconds: 7200))
        harness.now = FetchHarness.start.adding(seconds: 25 * 3600)
        _ = harness.failingSync()
        #expect(harness.server.requests.count > harness.pagesForAll + 3)
        #expect(harness.server.requests.allSatisfy { $0.headers["authorization"] == "Token \(APIKeyTests.secret)" })
        #expect(harness.log.lines.count > harness.pagesForAll)
        #expect(!harness.log.lines.contains { $0.contains(APIKeyTests.secret) })
        #expect(harness.cacheFiles().count >= 3)
        for (path, bytes) in harness.cacheFiles() {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(APIKeyTests.secret), "the key is in \(path)")
        }
    }

    @Test("a redirect to another origin is refused, so the key never leaves the API's host; one on the same origin is followed")
    func redirects() throws {
        let harness = try FetchHarness()
        let elsewhere = try FakeLaunchLibrary()
        defer { elsewhere.stop() }
        harness.options.apiKey = APIKey(APIKeyTests.secret)
        harness.server.fail(request: 2, with: .redirect(harness.server.api))
        try harness.sync()
        #expect(harness.server.eventRequests.count == harness.pagesForAll + 2)
        harness.server.fail(request: harness.server.answeredPages + 1, with: .redirect(elsewhere.api))
        harness.now = FetchHarness.start.adding(seconds: 60)
        #expect(harness.failingSync().hasPrefix("HTTP 302 from \(harness.server.api.absoluteString)/events/"))
        #expect(elsewhere.requests.isEmpty)
    }

    @Test("prints as <redacted> however it is shown")
    func redacted() throws {
        let key = try #require(APIKey(APIKeyTests.secret))
        var dumped = ""
        dump(key, to: &dumped)
        let options = FetchOptions(apiKey: key)
        for text in ["\(key)", String(reflecting: key), dumped, "\(options)", String(reflecting: options)] {
            #expect(!text.contains(APIKeyTests.secret), "\(text)")
        }
        #expect(key.authorizationValue == "Token \(APIKeyTests.secret)")
        #expect(APIKey("  ") == nil)
    }
}
