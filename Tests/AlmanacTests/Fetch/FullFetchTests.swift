@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("Full fetch over real HTTP")
struct FullFetchTests {
    @Test("paging follows next to the end; every event is cached once, byte for byte as served")
    func completePaging() throws {
        let harness = try FetchHarness()
        let summary = try harness.sync()
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
        let cached = String(decoding: try #require(FileOps.read(harness.cache.eventsPath)), as: UTF8.self)
        for id in harness.server.ids {
            #expect(cached.contains(String(decoding: harness.server.json(of: id)!, as: UTF8.self)))
        }
        #expect(summary.kind == .full)
        #expect(summary.events == harness.server.ids.count)
        let queries = harness.server.eventRequests.map(\.query)
        #expect(queries.allSatisfy { $0["mode"] == "detailed" && $0["ordering"] == "-last_updated" && $0["limit"] == "5" })
        // Each page after the first starts on the last event of the page before (see
        // EventsClient+Overlap): offsets step by 4 on pages of 5.
        #expect(queries.dropLast().map { $0["offset"] ?? "0" } == ["0"] + stride(from: 4, to: harness.server.ids.count - 1, by: 4).map(String.init))
    }

    @Test("a full fetch costs one request per page plus one check; the throttle endpoint is free and asked once")
    func requestCount() throws {
        let harness = try FetchHarness()
        let summary = try harness.sync()
        #expect(harness.pagesForAll > 3)
        #expect(summary.requests == harness.pagesForAll + 1)
        #expect(harness.server.eventRequests.count == harness.pagesForAll + 1)
        #expect(harness.server.requests.filter { $0.path.hasSuffix("/api-throttle/") }.count == 1)
        let check = try #require(harness.server.eventRequests.last?.query)
        #expect(check["last_updated__gte"] == FetchHarness.start.adding(seconds: -300).iso8601)
    }
}

@Suite("Full fetch while the data changes")
struct LiveEditTests {
    @Test("events edited, created and moved while paging: nothing missed, nothing doubled")
    func liveEdits() throws {
        let harness = try FetchHarness()
        let order = harness.server.idsByNewestChange
        let notYetFetched = order[12], alreadyFetched = order[2]
        // After page 2, an event from page 3 moves to the front: offsets shift, so paging alone
        // would never see it again, and page 3 repeats the last event of page 2.
        harness.server.edit(afterRequest: 2, .touch(id: notYetFetched, at: FetchHarness.start.adding(seconds: 10), name: "Edited while paging"))
        harness.server.edit(afterRequest: 2, .touch(id: alreadyFetched, at: FetchHarness.start.adding(seconds: 11), name: "Edited after its page"))
        harness.server.edit(afterRequest: 3, .add(id: 990_001, like: order[0], at: FetchHarness.start.adding(seconds: 12)))
        try harness.sync()
        let array = try #require(try JSONSerialization.jsonObject(with: Data(FileOps.read(harness.cache.eventsPath)!)) as? [[String: Any]])
        let ids = array.compactMap { $0["id"] as? Int }
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == harness.server.ids)
        let cached = String(decoding: FileOps.read(harness.cache.eventsPath)!, as: UTF8.self)
        for id in harness.server.ids {
            #expect(cached.contains(String(decoding: harness.server.json(of: id)!, as: UTF8.self)), "event \(id) is not the newest version")
        }
        #expect(cached.contains("Edited while paging") && cached.contains("Edited after its page") && cached.contains("New event 990001"))
        #expect(!harness.log.lines.contains { $0.hasPrefix("warning") })
    }

    @Test("an event deleted upstream stays through incremental fetches and is dropped by the next full fetch")
    func deletedEvent() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let deleted = harness.server.idsByNewestChange[7]
        harness.server.apply(.delete(id: deleted))
        harness.now = FetchHarness.start.adding(seconds: 3600)
        let incremental = try harness.sync()
        #expect(incremental.kind == .incremental)
        #expect(try harness.cachedIDs().contains(deleted))
        harness.now = FetchHarness.start.adding(seconds: 24 * 3600)
        let full = try harness.sync()
        #expect(full.kind == .full)
        #expect(full.removed == 1)
        #expect(try harness.cachedIDs() == harness.server.ids.sorted())
        #expect(!(try harness.cachedIDs().contains(deleted)))
    }

    @Test("events deleted upstream while paging: the pages step back, nothing not deleted is missed")
    func deletionsWhilePaging() throws {
        let harness = try FetchHarness()
        let order = harness.server.idsByNewestChange
        // After pages 2 and 4, two events already fetched are deleted: later events move up two
        // places. Starting each page on the last event before it absorbs one; without stepping
        // back, the other would be skipped.
        harness.server.edit(afterRequest: 2, .delete(id: order[1]))
        harness.server.edit(afterRequest: 2, .delete(id: order[2]))
        harness.server.edit(afterRequest: 4, .delete(id: order[6]))
        harness.server.edit(afterRequest: 4, .delete(id: order[7]))
        try harness.sync()
        let cached = Set(try harness.cachedIDs())
        #expect(harness.server.ids.isSubset(of: cached), "missed: \(harness.server.ids.subtracting(cached).sorted())")
        #expect(harness.server.eventRequests.count <= harness.pagesForAll + 1 + 4)
    }

    @Test("a result that disagrees with the API's count is warned about")
    func countMismatch() throws {
        let harness = try FetchHarness()
        let total = harness.server.ids.count
        harness.server.edit(afterRequest: harness.pagesForAll, .add(id: 990_002, like: harness.server.idsByNewestChange[0],
                                                                    at: FetchHarness.start.adding(seconds: 5)))
        try harness.sync()
        #expect(try harness.cachedIDs().contains(990_002))
        #expect(harness.log.lines.contains { $0.hasPrefix("warning: the API counted \(total) events but the fetch found \(total + 1)") })
    }
}
