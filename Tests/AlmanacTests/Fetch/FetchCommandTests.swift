@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("almanac fetch, build and build --offline")
struct FetchCommandTests {
    /// Runs the command with a fixed clock, no real waits, and `environment`.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, errors: [String]) {
        let errors = LogLines()
        let command = AlmanacCommand(output: { _ in }, errors: { errors.append($0) }, clock: { FetchHarness.start },
                                     environment: environment, sleep: { _ in }, errorsIsTerminal: false)
        return (command.run(arguments), errors.lines)
    }

    @Test("build fetches into the cache and builds from it; build --offline then makes the same site with the API gone")
    func buildOnlineThenOffline() throws {
        let harness = try FetchHarness()
        let cache = harness.options.cacheFolder, online = harness.folder.child("online"), offline = harness.folder.child("offline")
        let site = ["--now", "2026-01-15T00:00:00Z", "--base-url", "https://example.org/space/"]
        let built = FetchFetch.run(["build", "--api", harness.server.api.absoluteString + "/", "--cache", cache, "--out", online] + site)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.first?.hasPrefix("full fetch · \(harness.server.ids.count) events") == true)
        harness.server.stop()
        let rebuilt = FetchFetch.run(["build", "--offline", "--cache", cache, "--out", offline] + site)
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        let pages = FileManager.default.subpaths(atPath: online)!.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count > harness.server.ids.count)
        for page in pages {
            #expect(FileOps.read(online + "/" + page) == FileOps.read(offline + "/" + page), "\(page)")
        }
    }

    @Test("fetch refreshes only the cache, with the key from LL2_API_KEY")
    func fetchWithEnvironmentKey() throws {
        let harness = try FetchHarness()
        harness.server.requiredKey = "env-key"
        let result = FetchFetch.run(["fetch", "--api", harness.server.api.absoluteString, "--cache", harness.options.cacheFolder],
                                    environment: ["LL2_API_KEY": "env-key"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileOps.exists(harness.cache.eventsPath))
        #expect(FileManager.default.subpaths(atPath: harness.folder.path)!.allSatisfy { $0.hasPrefix("cache") })
    }

    @Test("build --offline without a cache fails with one line naming --from")
    func offlineWithoutCache() throws {
        let folder = TemporaryFolder()
        let result = FetchFetch.run(["build", "--offline", "--cache", folder.child("none"), "--out", folder.child("site")])
        #expect(result.status == 1)
        #expect(result.errors == ["error: the cache \(folder.child("none")) holds no fetched events yet; run `almanac fetch` with the network, or build from files with --from PATH"])
        #expect(!FileOps.exists(folder.child("site")))
    }

    @Test("a failed fetch leaves the previous site untouched and exits 1")
    func failedFetchKeepsSite() throws {
        let harness = try FetchHarness()
        let out = harness.folder.child("site")
        let arguments = ["build", "--api", harness.server.api.absoluteString, "--cache", harness.options.cacheFolder, "--out", out,
                         "--now", "2026-01-15T00:00:00Z"]
        #expect(FetchFetch.run(arguments).status == 0)
        let before = FileManager.default.subpaths(atPath: out)!.sorted().map { ($0, FileOps.read(out + "/" + $0)) }
        harness.server.fail(request: harness.server.answeredPages + 1, with: .status(500), .status(500), .status(500), .status(500))
        let failed = FetchFetch.run(arguments)
        #expect(failed.status == 1)
        #expect(failed.errors.count == 1 && failed.errors[0].hasPrefix("error: giving up on "))
        let after = FileManager.default.subpaths(atPath: out)!.sorted().map { ($0, FileOps.read(out + "/" + $0)) }
        #expect(after.map(\.0) == before.map(\.0) && after.map(\.1) == before.map(\.1))
    }

    @Test("misused options are usage errors (exit 2)", arguments: [
        ["fetch", "--out", "x"], ["fetch", "--offline"], ["build", "--from", "x", "--api", "http://h/2.3.0"],
        ["build", "--offline", "--api-key", "k"], ["fetch", "--full-every", "soon"], ["fetch", "--max-wait", "-5"],
        ["fetch", "--api", "ftp://h/2.3.0"], ["fetch", "--api", "https://h/2.3.0?format=json"],
    ])
    func usageErrors(_ arguments: [String]) {
        let result = FetchFetch.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors.first?.hasPrefix("almanac: ") == true)
    }
}

/// Short name for the command runner above.
typealias FetchFetch = FetchCommandTests
