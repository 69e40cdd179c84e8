@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("HTTP 429 and resuming")
struct RateLimitTests {
    @Test("a Retry-After within --max-wait is waited out and the fetch completes")
    func retryAfterWithinMaxWait() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 3, with: .throttled(retryAfter: 30, detailSeconds: 30))
        let summary = try harness.sync()
        #expect(harness.sleeps == [30])
        #expect(summary.requests == harness.pagesForAll + 2)
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
    }

    @Test("without Retry-After, the wait in the detail message is honoured")
    func waitFromDetail() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 2, with: .throttled(retryAfter: nil, detailSeconds: 7))
        try harness.sync()
        #expect(harness.sleeps == [7])
    }

    @Test("a wait beyond --max-wait stops with when to try again; the next run resumes after the kept pages")
    func beyondMaxWaitThenResume() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 3, with: .throttled(retryAfter: 3600, detailSeconds: 3600))
        let message = harness.failingSync()
        #expect(message == "the API's rate limit is used up (HTTP 429): try again after 2026-06-01T13:00:00Z (in 1 h); kept 2 pages fetched so far: the next run resumes after them")
        #expect(harness.sleeps.isEmpty)
        #expect(!FileOps.exists(harness.cache.eventsPath))
        #expect(FileOps.exists(harness.cache.pendingPagePath(2)))
        let asked = harness.server.eventRequests.count
        harness.now = FetchHarness.start.adding(seconds: 3700)
        let summary = try harness.sync()
        #expect(summary.kind == .resumedFull)
        let resumedOffsets = harness.server.eventRequests.dropFirst(asked).dropLast().map { $0.query["offset"] ?? "0" }
        // Pages 1 and 2 covered offsets 0–4 and 4–8 (each page starts on the last event before it).
        #expect(resumedOffsets == stride(from: 8, to: harness.server.ids.count - 1, by: 4).map(String.init))
        #expect(summary.requests == harness.pagesForAll - 2 + 1)
        #expect(harness.server.eventRequests.last?.query["last_updated__gte"] == FetchHarness.start.adding(seconds: -300).iso8601)
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
        #expect(!FileOps.exists(harness.cache.pendingFolder))
    }

    @Test("a refresh stopped by the rate limit keeps the previous events; its resumption picks up changes made meanwhile")
    func stoppedRefreshKeepsEvents() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let before = FileOps.read(harness.cache.eventsPath)
        harness.now = FetchHarness.start.adding(seconds: 25 * 3600)
        harness.server.fail(request: harness.server.answeredPages + 2, with: .throttled(retryAfter: 900, detailSeconds: 900))
        #expect(harness.failingSync().contains("try again after 2026-06-02T13:15:00Z (in 15 min)"))
        #expect(FileOps.read(harness.cache.eventsPath) == before)
        let moved = harness.server.idsByNewestChange[30]
        harness.server.apply(.touch(id: moved, at: harness.now.adding(seconds: 60), name: "Changed during the pause"))
        harness.now = harness.now.adding(seconds: 1000)
        try harness.sync()
        #expect(String(decoding: FileOps.read(harness.cache.eventsPath)!, as: UTF8.self).contains("Changed during the pause"))
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
    }
}
