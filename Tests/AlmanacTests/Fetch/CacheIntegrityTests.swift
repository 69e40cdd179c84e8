@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("A damaged, foreign or busy cache")
struct CacheIntegrityTests {
    @Test("a truncated events file is named in a warning and rebuilt by a full fetch")
    func truncatedEvents() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let bytes = try #require(FileOps.read(harness.cache.eventsPath))
        try FileOps.write(Array(bytes.prefix(bytes.count / 2)), to: harness.cache.eventsPath)
        harness.now = FetchHarness.start.adding(seconds: 60)
        #expect(try harness.sync().kind == .full)
        #expect(harness.log.lines.contains { $0.hasPrefix("warning: the cache file \(harness.cache.eventsPath) is damaged") })
        #expect(FileOps.read(harness.cache.eventsPath) == bytes)
    }

    @Test("a damaged state file or one of another format version is named and rebuilt", arguments: [
        ("{\"format\": 1, \"api\": ", "is damaged"),
        ("{\"format\": 99, \"api\": \"x\"}", "has format version 99, this almanac reads 1"),
    ])
    func foreignState(_ text: String, _ complaint: String) throws {
        let harness = try FetchHarness()
        try harness.sync()
        try FileOps.write(Array(text.utf8), to: harness.cache.statePath)
        #expect(try harness.sync().kind == .full)
        #expect(harness.log.lines.contains { $0.hasPrefix("warning: ") && $0.contains(complaint) })
    }

    @Test("a cache filled from another --api is fetched anew")
    func otherAPI() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let other = try FakeLaunchLibrary()
        defer { other.stop() }
        harness.options.api = other.api
        #expect(try harness.sync().kind == .full)
        #expect(harness.log.lines.contains { $0.contains("was filled from \(harness.server.api.absoluteString)") })
    }

    @Test("a damaged page of an interrupted full fetch restarts it from the first page")
    func damagedPendingPage() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 4, with: .throttled(retryAfter: 3600, detailSeconds: 3600))
        _ = harness.failingSync()
        try FileOps.write(Array("{\"count\":".utf8), to: harness.cache.pendingPagePath(2))
        let summary = try harness.sync()
        #expect(summary.kind == .full)
        #expect(harness.log.lines.contains { $0.contains("\(harness.cache.pendingPagePath(2)) is missing or damaged") })
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
    }

    @Test("two runs never write the cache at once")
    func locked() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let held = try harness.cache.lock()
        #expect(harness.failingSync() == "another almanac run is using the cache \(harness.options.cacheFolder); try again when it has finished")
        withExtendedLifetime(held) {}
    }

    @Test("a first run that fails leaves no cache folder behind")
    func nothingLeftBehind() throws {
        let harness = try FetchHarness()
        harness.server.fail(request: 1, with: .status(404))
        _ = harness.failingSync()
        #expect(!FileOps.exists(harness.options.cacheFolder))
    }
}
