import AlmanacMarkup
import AlmanacModel

extension AlmanacCommand {
    /// `almanac build`: from `--from` files, from the cache alone (`--offline`), or by first
    /// refreshing the cache from the API.
    func build(_ parsed: ParsedArguments) throws -> Int32 {
        let (source, fetch) = try eventSource(parsed)
        var options = BuildOptions(source: source, output: parsed.values["out"] ?? "site",
                                   baseURL: try baseURL(parsed), now: try now(parsed))
        options.title = parsed.values["title"] ?? options.title
        options.force = parsed.flags.contains("force")
        options.allowFewerEvents = parsed.flags.contains("allow-fewer-events")
        options.newsFeeds.itemLimit = try feedItems(parsed) ?? options.newsFeeds.itemLimit
        options.calendar = try CalendarArguments.settings(parsed)
        options.leavesModelToExit = true
        if let fetch { try refresh(fetch) }
        let summary = try BuildPipeline(options: options, log: errors).run()
        if options.baseURL == nil {
            errors("note: no --base-url: canonical links, link previews and sitemap.xml use the placeholder \(SiteConfig.placeholderBaseURL)")
        }
        errors(SummaryLine.text(summary))
        return 0
    }

    /// The events' source, and the fetch to run first when the build is online.
    private func eventSource(_ parsed: ParsedArguments) throws -> (EventSource, FetchOptions?) {
        if let from = parsed.values["from"] {
            try parsed.reject(AlmanacCommand.fetchOptions + ["offline"], "with --from, which reads files without the network")
            return (.files(from), nil)
        }
        let cache = parsed.values["cache"] ?? FetchOptions.defaultCacheFolder
        if parsed.flags.contains("offline") {
            try parsed.reject(["api", "api-key", "full-every", "max-wait"], "with --offline")
            return (.cache(cache), nil)
        }
        return (.cache(cache), try fetchOptions(parsed))
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
}
