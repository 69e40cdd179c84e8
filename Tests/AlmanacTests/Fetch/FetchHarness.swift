@testable import Almanac
import Testing
import AlmanacModel
import Foundation

/// A fake API, a temporary cache and a fetch environment that never waits: the clock is set by the
/// test, and every requested pause is recorded instead of slept.
final class FetchHarness: @unchecked Sendable {
    /// After every fixture event's `last_updated`.
    static let start = UTCTime(iso8601: "2026-06-01T12:00:00Z")!

    let server: FakeLaunchLibrary
    let folder = TemporaryFolder("almanac-fetch")
    let log = LogLines()
    private let lock = NSLock()
    private var time = FetchHarness.start
    private var pauses: [Double] = []
    var options: FetchOptions

    init(pageSize: Int = 5) throws {
        server = try FakeLaunchLibrary()
        options = FetchOptions(api: server.api, cacheFolder: folder.child("cache"))
        options.pageSize = pageSize
        options.timeout = 5
    }

    deinit { server.stop() }

    var now: UTCTime {
        get { lock.withLock { time } }
        set { lock.withLock { time = newValue } }
    }

    /// The pauses the fetch asked for, in seconds.
    var sleeps: [Double] { lock.withLock { pauses } }

    var environment: FetchEnvironment {
        FetchEnvironment(clock: { [unowned self] in now }, sleep: { [unowned self] seconds in lock.withLock { pauses.append(seconds) } },
                         log: { [log] in log.append($0) }, isTerminal: false)
    }

    /// Runs one fetch into the cache.
    @discardableResult
    func sync(terminal: Bool = false) throws -> FetchSummary {
        var environment = environment
        environment.isTerminal = terminal
        return try CacheSync(options: options, environment: environment).run()
    }

    /// Runs one fetch that must fail, and returns its message.
    func failingSync() -> String {
        do {
            try sync()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    var cache: EventCache { EventCache(folder: options.cacheFolder) }

    /// The ids in the cache's event file, sorted.
    func cachedIDs() throws -> [Int] {
        let bytes = try #require(FileOps.read(cache.eventsPath))
        return try EventSet(json: bytes).byID.keys.sorted()
    }

    /// Every file in the cache and its bytes, to prove that a failed run changed nothing.
    func cacheFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in FileManager.default.subpaths(atPath: options.cacheFolder) ?? [] {
            if let bytes = FileOps.read(options.cacheFolder + "/" + path), !FileOps.isFolder(options.cacheFolder + "/" + path) {
                files[path] = bytes
            }
        }
        return files
    }

    /// `/events/` pages a full fetch of the current server data takes.
    var pagesForAll: Int { CacheSync.pages(for: server.ids.count, pageSize: options.pageSize) }
}
