import AlmanacMarkup
import AlmanacModel
import Foundation

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    /// Where the events come from.
    public var source: EventSource
    /// The output folder.
    public var output: String
    public var baseURL: WebURL?
    public var now: UTCTime
    public var title = "Almanac"
    public var force = false
    /// Publish even when the site has far fewer events than the last good build.
    public var allowFewerEvents = false
    public var publicFolder = PublicAssets.defaultFolder
    public var calendar = CalendarSettings()
    public var newsFeeds = NewsFeedSettings()
    /// Never free the site model and the planned files: for a process that exits right after the
    /// build, which then skips freeing a hundred thousand events one by one on one core.
    public var leavesModelToExit = false

    public init(source: EventSource, output: String, baseURL: WebURL? = nil, now: UTCTime) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.now = now
    }
}

/// What a build did, for the summary line and for tests.
public struct BuildSummary: Sendable {
    public var events = 0
    public var types = 0
    public var stations = 0
    public var skippedEvents = 0
    public var write = WriteReport()
    /// Seconds spent in each stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)] = []

    /// Seconds spent in `stage`, 0 when it did not run.
    public func seconds(_ stage: String) -> Double {
        timings.filter { $0.stage == stage }.reduce(0) { $0 + $1.seconds }
    }

    /// Rendering and writing run together, file by file on every core: their wall time is shared
    /// out by the thread time each took. Planning counts as rendering.
    mutating func splitRenderAndWrite() {
        let fused = seconds("plan") + seconds("render+write")
        let render = seconds("plan") + seconds("render+write") * write.renderShare
        timings.removeAll { $0.stage == "plan" || $0.stage == "render+write" }
        timings += [("render", render), ("write", fused - render)]
    }
}

/// The build, stage by stage: decode → normalize → render → write.
public struct BuildPipeline {
    public var options: BuildOptions
    /// Receives warnings and progress, one line each.
    public var log: @Sendable (String) -> Void

    public init(options: BuildOptions, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    public func run() throws -> BuildSummary {
        MemoryArenas.limit()
        var summary = BuildSummary()
        let site = try decodeAndNormalize(&summary)
        let lastBuild = LastBuild(output: options.output)
        if let warning = try lastBuild.check(site.events.count, allowingFewer: options.allowFewerEvents) {
            log("warning: \(warning)")
        }
        let assets = try PublicAssets.files(in: options.publicFolder)
        let files = timed("plan", &summary) { SiteRenderer(site: site, assets: assets).plan() }
        summary.write = try timed("render+write", &summary) {
            try SiteWriter(root: options.output, force: options.force).write(files)
        }
        try lastBuild.record(site.events.count)
        if options.leavesModelToExit { Freeing.atExit((site, files)) }
        summary.splitRenderAndWrite()
        summary.write.warnings.forEach { log("warning: \($0)") }
        summary.events = site.events.count
        summary.types = site.types.count
        summary.stations = site.stations.count
        return summary
    }

    /// The site model; the decoded input is let go, on another thread, once the model holds what it
    /// needs.
    private func decodeAndNormalize(_ summary: inout BuildSummary) throws -> Site {
        let input = try timed("decode", &summary) { try options.source.read() }
        input.warnings.forEach { log("warning: \($0)") }
        let site = timed("normalize", &summary) { EventNormalizer(config: config).normalize(input) }
        summary.skippedEvents = input.skippedEvents
        Freeing.onAnotherThread(consume input)
        guard !site.events.isEmpty else {
            throw AlmanacError("no usable event in \(options.source) (\(summary.skippedEvents) skipped); the previous site was left as it was")
        }
        return site
    }

    private var config: SiteConfig {
        var config = SiteConfig(now: options.now, baseURL: options.baseURL, title: options.title,
                                generator: "Almanac \(Almanac.version)")
        config.calendar = options.calendar
        config.newsFeeds = options.newsFeeds
        return config
    }

    private func timed<T>(_ stage: String, _ summary: inout BuildSummary, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        summary.timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}

/// Facts about this build of Almanac.
public enum Almanac {
    public static let version = "0.1.0"
}
