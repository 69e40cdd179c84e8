import Foundation

extension AlmanacCommand {
    /// `almanac fetch`: refreshes the cache and builds nothing.
    func fetch(_ parsed: ParsedArguments) throws -> Int32 {
        try parsed.reject(AlmanacCommand.buildOptions + ["force", "offline", "allow-fewer-events"], "with fetch, which only refreshes the cache")
        try refresh(try fetchOptions(parsed))
        return 0
    }

    /// The fetch options from `--api`, `--api-key` (or `LL2_API_KEY`), `--cache`, `--full-every` and
    /// `--max-wait`.
    func fetchOptions(_ parsed: ParsedArguments) throws -> FetchOptions {
        var options = FetchOptions(api: try api(parsed), apiKey: (parsed.values["api-key"] ?? environment["LL2_API_KEY"]).flatMap(APIKey.init),
                                   cacheFolder: parsed.values["cache"] ?? FetchOptions.defaultCacheFolder)
        if let text = parsed.values["full-every"] {
            guard let seconds = DurationArgument.seconds(text) else {
                throw UsageError("--full-every must be a duration such as 24h, 90m, 1h30m or PT24H, got '\(text)'")
            }
            options.fullEvery = seconds
        }
        if let text = parsed.values["max-wait"] {
            guard let seconds = DurationArgument.seconds(text) else {
                throw UsageError("--max-wait must be a number of seconds (or a duration such as 5m), got '\(text)'")
            }
            options.maxWait = seconds
        }
        return options
    }

    /// Brings the cache up to date, logging to `errors`.
    func refresh(_ options: FetchOptions) throws {
        let environment = FetchEnvironment(clock: clock, sleep: sleep, log: errors, isTerminal: errorsIsTerminal)
        _ = try CacheSync(options: options, environment: environment).run()
    }

    private func api(_ parsed: ParsedArguments) throws -> URL {
        guard let text = parsed.values["api"] else { return FetchOptions.defaultAPI }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let url = URL(string: String(trimmed)), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
              url.host?.isEmpty == false, url.query == nil, url.fragment == nil else {
            throw UsageError("--api must be an http(s) URL such as \(FetchOptions.defaultAPI), got '\(text)'")
        }
        return url
    }
}
