/// Where a build reads its events: Launch Library 2 JSON files (`--from`), or the cache that
/// `almanac fetch` fills.
public enum EventSource: Sendable, Equatable, CustomStringConvertible {
    /// A JSON file, or a folder of them.
    case files(String)
    /// A cache folder; its `events.json` is read like any `--from` file.
    case cache(String)

    /// Reads and decodes the events.
    func read() throws -> DecodedInput {
        switch self {
        case .files(let path):
            return try InputReader().read(path)
        case .cache(let folder):
            let events = EventCache(folder: folder).eventsPath
            guard FileOps.exists(events) else {
                throw AlmanacError("the cache \(folder) holds no fetched events yet; run `almanac fetch` with the network, or build from files with --from PATH")
            }
            return try InputReader().read(events)
        }
    }

    public var description: String {
        switch self {
        case .files(let path): return path
        case .cache(let folder): return "the cache \(folder)"
        }
    }
}
