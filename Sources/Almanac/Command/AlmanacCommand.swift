import AlmanacMarkup
import AlmanacModel
import Foundation
import Glibc

/// The `almanac` command: parses arguments, runs, and maps errors to exit statuses (0 success,
/// 1 data, network or I/O error, 2 usage error). Output goes to the given sinks so tests can read it.
public struct AlmanacCommand {
    public var output: @Sendable (String) -> Void
    public var errors: @Sendable (String) -> Void
    /// The real clock, unless a test fixes it.
    public var clock: @Sendable () -> UTCTime
    /// The process environment, where `LL2_API_KEY` may be.
    public var environment: [String: String]
    /// Waits the given number of seconds (a test passes one that returns at once).
    public var sleep: @Sendable (Double) -> Void
    /// Whether `errors` goes to a terminal: progress is shown only there.
    public var errorsIsTerminal: Bool

    public init(output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void,
                clock: @escaping @Sendable () -> UTCTime = AlmanacCommand.systemClock,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) },
                errorsIsTerminal: Bool = isatty(2) != 0) {
        self.output = output
        self.errors = errors
        self.clock = clock
        self.environment = environment
        self.sleep = sleep
        self.errorsIsTerminal = errorsIsTerminal
    }

    /// Runs with `arguments` (without the program name) and returns the exit status.
    public func run(_ arguments: [String]) -> Int32 {
        do {
            let parsed = try ParsedArguments(arguments, valueOptions: AlmanacCommand.valueOptions,
                                             flagOptions: ["help", "version", "force", "offline", "allow-fewer-events"])
            if parsed.flags.contains("help") { output(Usage.text); return 0 }
            if parsed.flags.contains("version") { output("almanac \(Almanac.version)"); return 0 }
            switch parsed.command {
            case "build": return try build(parsed)
            case "fetch": return try fetch(parsed)
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

    static let buildOptions = ["from", "out", "base-url", "now", "title", "feed-items"] + CalendarArguments.names.sorted()
    static let fetchOptions = ["api", "api-key", "cache", "full-every", "max-wait"]
    static let valueOptions = Set(buildOptions + fetchOptions)

    public static let systemClock: @Sendable () -> UTCTime = {
        UTCTime(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
