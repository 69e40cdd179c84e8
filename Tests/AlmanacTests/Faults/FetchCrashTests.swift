import Foundation
import Testing

/// A fetch killed at any moment (SIGKILL) leaves the cache as it was, save the pages it finished,
/// which the next run resumes from; the next run succeeds and the result is complete.
@Suite("Killed fetches lose nothing", .serialized)
struct FetchCrashTests {
    @Test("SIGKILL while a page is on its way, after some pages, and the next run completes")
    func killedFetches() throws {
        let server = try FakeLaunchLibrary()
        defer { server.stop() }
        server.maxPageSize = 5
        let expected = server.storedEvents.count
        let folder = TemporaryFolder()
        let cache = folder.child("cache")
        let fetch = ["fetch", "--api", server.api.absoluteString, "--cache", cache]

        server.fail(request: 1, with: .stall(5))
        let stalled = try AlmanacProcess.start(fetch, log: folder.child("log"))
        waitForRequests(server, 1)
        AlmanacProcess.kill(stalled)
        #expect(!FileManager.default.fileExists(atPath: cache + "/events.json"), "a killed first fetch wrote events")

        server.fail(request: 4, with: .stall(5))
        let midway = try AlmanacProcess.start(fetch, log: folder.child("log"))
        waitForRequests(server, 4)
        AlmanacProcess.kill(midway)
        #expect(!FileManager.default.fileExists(atPath: cache + "/events.json"), "a killed fetch published a partial cache")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/pending"))?.count ?? 0
        #expect(kept >= 1, "pages finished before the kill were not kept")

        let resumed = try AlmanacProcess.run(fetch)
        #expect(resumed.status == 0, "\(resumed.errors)")
        let events = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cache + "/events.json"))) as? [Any]
        #expect(events?.count == expected)

        let before = FolderSnapshot(cache, includeHidden: true)
        server.fail(request: server.answeredPages + 1, with: .stall(5))
        let incremental = try AlmanacProcess.start(fetch, log: folder.child("log"))
        waitForRequests(server, server.eventRequests.count + 1)
        AlmanacProcess.kill(incremental)
        #expect(FolderSnapshot(cache, includeHidden: true).files == before.files, "a killed incremental fetch changed the cache")
        #expect(try AlmanacProcess.run(fetch).status == 0)
    }

    /// Waits until the server has been asked for `count` pages of events.
    private func waitForRequests(_ server: FakeLaunchLibrary, _ count: Int) {
        let deadline = Date().addingTimeInterval(20)
        while server.eventRequests.count < count, Date() < deadline { usleep(2_000) }
        usleep(100_000)
    }
}
