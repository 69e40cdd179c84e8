@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Transient and permanent failures")
struct TransientFailureTests {
    @Test("5xx answers, a cut-off body, a dropped connection and a non-JSON body are retried with growing pauses",
          arguments: [[FakeLaunchLibrary.Fault.status(503), .status(502)], [.cutShort], [.hangUp], [.notJSON]])
    func retried(_ faults: [FakeLaunchLibrary.Fault]) throws {
        let harness = try FetchHarness()
        for fault in faults { harness.server.fail(request: 2, with: fault) }
        let summary = try harness.sync()
        #expect(harness.sleeps == Array([2.0, 4.0].prefix(faults.count)))
        #expect(summary.requests == harness.pagesForAll + 1 + faults.count)
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
    }

    @Test("a request that outlasts the timeout is retried")
    func timeout() throws {
        let harness = try FetchHarness()
        harness.options.timeout = 1
        harness.server.fail(request: 2, with: .stall(1.5))
        let summary = try harness.sync(terminal: true)
        #expect(harness.sleeps == [2])
        #expect(summary.requests == harness.pagesForAll + 2)
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
        #expect(harness.log.lines.contains { $0.hasPrefix("no answer within 1 s from \(harness.server.api.absoluteString)/events/") })
    }

    @Test("after the retries, one line names the URL and the last failure, and the cache is left exactly as it was")
    func givesUp() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let before = harness.cacheFiles()
        harness.now = FetchHarness.start.adding(seconds: 600)
        harness.server.fail(request: harness.server.answeredPages + 1, with: .status(500), .status(500), .status(500), .status(500))
        let message = harness.failingSync()
        #expect(message.hasPrefix("giving up on \(harness.server.api.absoluteString)/events/?mode=detailed&limit=5&ordering=-last_updated&last_updated__gte="))
        #expect(message.hasSuffix("after 4 attempts: HTTP 500"))
        #expect(harness.sleeps == [2, 4, 8])
        #expect(harness.cacheFiles() == before)
    }

    @Test("a 4xx other than 429 is not retried")
    func notFound() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 1, with: .status(404))
        #expect(harness.failingSync() == "HTTP 404 from \(harness.server.api.absoluteString)/events/?mode=detailed&limit=5&ordering=-last_updated")
        #expect(harness.server.eventRequests.count == 1)
        #expect(harness.sleeps.isEmpty)
    }

    @Test("a refused key is said so, at once")
    func refusedKey() throws {
        let harness = try FetchHarness()
        harness.server.requiredKey = "the-right-key"
        harness.options.apiKey = APIKey("a-wrong-key")
        #expect(harness.failingSync().hasPrefix("the API key was refused (HTTP 401 from "))
        #expect(harness.server.eventRequests.count == 1)
    }

    @Test("no network and no cache: one line naming --from; with a cache: naming --offline")
    func unreachable() throws {
        let harness = try FetchHarness()
        let closed = try FakeLaunchLibrary()
        closed.stop()
        harness.options.api = closed.api
        let message = harness.failingSync()
        #expect(message.hasPrefix("cannot reach the API at \(closed.api.absoluteString)/events/"))
        #expect(message.hasSuffix("there is no cache in \(harness.options.cacheFolder) yet; to build without the network use --from PATH with Launch Library 2 JSON files"))
        harness.options.api = harness.server.api
        try harness.sync()
        harness.options.api = closed.api
        #expect(harness.failingSync().hasSuffix("the cache \(harness.options.cacheFolder) is unchanged; build from it with --offline"))
    }
}
