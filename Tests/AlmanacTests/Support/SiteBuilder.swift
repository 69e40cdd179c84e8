import AlmanacMarkup
@testable import Almanac
import AlmanacModel
import Foundation

/// Builds sites the way the command does, for tests.
enum TestBuild {
    /// 2026-01-15T12:00:00Z: between the recorded events' past and future.
    static let now = UTCTime(iso8601: "2026-01-15T12:00:00Z")!

    /// Decodes and normalizes fixture files (paths relative to `Tests/Fixtures`).
    static func site(from fixtures: [String], baseURL: String? = "https://example.org/space/") throws -> Site {
        var input = DecodedInput()
        for name in fixtures {
            try InputReader().decode(try Fixtures.data(name), name: name, into: &input)
        }
        return normalize(input, baseURL: baseURL)
    }

    /// Normalizes decoded input with the test clock.
    static func normalize(_ input: DecodedInput, baseURL: String? = "https://example.org/space/") -> Site {
        let config = SiteConfig(now: now, baseURL: baseURL.flatMap(WebURL.init), generator: "Almanac test")
        return EventNormalizer(config: config).normalize(input)
    }

    /// Runs the whole pipeline from `source` into `output` and returns its summary and log lines.
    static func run(from source: String, to output: String, now: UTCTime = now,
                    baseURL: String? = "https://example.org/space/") throws -> (BuildSummary, [String]) {
        let log = LogLines()
        var options = BuildOptions(source: .files(source), output: output, baseURL: baseURL.flatMap(WebURL.init), now: now)
        options.title = "Almanac"
        let summary = try BuildPipeline(options: options, log: { log.append($0) }).run()
        return (summary, log.lines)
    }
}

/// Lines logged from any thread.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    var lines: [String] { lock.withLock { stored } }

    func append(_ line: String) { lock.withLock { stored.append(line) } }
}
