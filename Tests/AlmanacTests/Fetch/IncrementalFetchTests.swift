@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Incremental fetch")
struct IncrementalFetchTests {
    @Test("when nothing changed, a later run costs one request and leaves the events file as it was")
    func unchanged() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let before = FileOps.read(harness.cache.eventsPath)
        let asked = harness.server.eventRequests.count
        harness.now = FetchHarness.start.adding(seconds: 3600)
        let summary = try harness.sync()
        #expect(summary.kind == .incremental)
        #expect(summary.requests == 1)
        #expect(summary.changed == 0)
        #expect(harness.server.eventRequests.count == asked + 1)
        #expect(harness.server.eventRequests.last?.query["last_updated__gte"] == FetchHarness.start.adding(seconds: -300).iso8601)
        #expect(FileOps.read(harness.cache.eventsPath) == before)
    }

    @Test("a changed event is merged in, and the next run asks from when this one started")
    func changedEvent() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let id = harness.server.idsByNewestChange[20]
        harness.now = FetchHarness.start.adding(seconds: 3600)
        harness.server.apply(.touch(id: id, at: harness.now.adding(seconds: -60), name: "Changed between runs"))
        let summary = try harness.sync()
        #expect(summary.changed == 1)
        #expect(String(decoding: FileOps.read(harness.cache.eventsPath)!, as: UTF8.self).contains("Changed between runs"))
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
        harness.now = FetchHarness.start.adding(seconds: 7200)
        try harness.sync()
        #expect(harness.server.eventRequests.last?.query["last_updated__gte"] == FetchHarness.start.adding(seconds: 3600 - 300).iso8601)
    }

    @Test("a full fetch runs again once the last one is older than --full-every")
    func fullEvery() throws {
        let harness = try FetchHarness()
        harness.options.fullEvery = 2 * 3600
        try harness.sync()
        harness.now = FetchHarness.start.adding(seconds: 2 * 3600 - 1)
        #expect(try harness.sync().kind == .incremental)
        harness.now = FetchHarness.start.adding(seconds: 2 * 3600)
        #expect(try harness.sync().kind == .full)
    }
}
