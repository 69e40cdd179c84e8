import AlmanacMarkup
import AlmanacModel
import Foundation

/// The `almanac` command: parses arguments, runs, and maps errors to exit statuses (0 success,
/// 1 data or I/O error, 2 usage error). Output goes to the given sinks so tests can read it.
public struct AlmanacCommand {
    public var output: @Sendable (String) -> Void
    public var errors: @Sendable (String) -> Void
    /// The real clock, unless a test fixes it.
    public var clock: @Sendable () -> UTCTime

    public init(output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void,
                clock: @escaping @Sendable () -> UTCTime = AlmanacCommand.systemClock) {
        self.output = output
        self.errors = errors
        self.clock = clock
    }

    /// Runs with `arguments` (without the program name) and returns the exit status.
    public func run(_ arguments: [String]) -> Int32 {
        do {
            let parsed = try ParsedArguments(arguments, valueOptions: Self.valueOptions,
                                             flagOptions: ["help", "version", "force"])
            if parsed.flags.contains("help") { output(Usage.text); return 0 }
            if parsed.flags.contains("version") { output("almanac \(Almanac.version)"); return 0 }
            switch parsed.command {
            case "build": return try build(parsed)
            case nil: throw UsageError("no command given")
            case let other?: throw UsageError("unknown command '\(other)'")
            }
        } catch let error as UsageError {
            errors("almanac: \(error.message)\n\n\(Usage.text)")
            return 2
        } catch {
            errors("error: \(error.oneLine)")
            return 1
        }
    }

    private static let valueOptions = Set(["from", "out", "base-url", "now", "title", "feed-items"])
        .union(CalendarArguments.names)

    private func build(_ parsed: ParsedArguments) throws -> Int32 {
        guard let source = parsed.values["from"] else { throw UsageError("build needs --from PATH") }
        var options = BuildOptions(source: source, output: parsed.values["out"] ?? "site",
                                   baseURL: try baseURL(parsed), now: try now(parsed))
        options.title = parsed.values["title"] ?? options.title
        options.force = parsed.flags.contains("force")
        options.newsFeeds.itemLimit = try feedItems(parsed) ?? options.newsFeeds.itemLimit
        options.calendar = try CalendarArguments.settings(parsed)
        if options.baseURL == nil {
            errors("note: no --base-url: canonical links, link previews and sitemap.xml use the placeholder \(SiteConfig.placeholderBaseURL)")
        }
        let summary = try BuildPipeline(options: options, log: errors).run()
        errors(SummaryLine.text(summary))
        return 0
    }

    private func baseURL(_ parsed: ParsedArguments) throws -> WebURL? {
        guard let text = parsed.values["base-url"] else { return nil }
        guard let url = WebURL(text) else { throw UsageError("--base-url must be an http(s) URL, got '\(text)'") }
        return url
    }

    private func feedItems(_ parsed: ParsedArguments) throws -> Int? {
        guard let text = parsed.values["feed-items"] else { return nil }
        guard let count = Int(text), count > 0 else {
            throw UsageError("--feed-items must be a whole number of at least 1, got '\(text)'")
        }
        return count
    }

    private func now(_ parsed: ParsedArguments) throws -> UTCTime {
        guard let text = parsed.values["now"] else { return clock() }
        guard let time = UTCTime(iso8601: text) else { throw UsageError("--now must be an ISO 8601 time, got '\(text)'") }
        return time
    }

    public static let systemClock: @Sendable () -> UTCTime = {
        UTCTime(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
