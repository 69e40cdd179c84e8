import Foundation

/// Offset paging shifts under deletions: when an event already fetched is deleted upstream, every
/// later event moves one place up, and the first event of the next page would never be asked for.
/// So each page after the first starts one event early, on the last event of the page before: if
/// that event is not there, events moved up and the fetch steps back a page to pick them up.
extension EventsClient {
    /// The page after `page`, starting on its last event.
    func overlappingURL(after page: EventsPage) -> URL? {
        guard let next = nextURL(after: page) else { return nil }
        guard let offset = offset(of: next), offset > 0 else { return next }
        return self.url(next, offset: offset - 1)
    }

    /// The page `url` asks for, moved back so that it ends where `url` starts: it picks up events
    /// that moved up while paging.
    func steppedBack(_ url: URL) -> URL? {
        guard let offset = offset(of: url), offset > 0 else { return nil }
        return self.url(url, offset: max(0, offset - (options.pageSize - 1)))
    }

    /// The `offset` a page URL asks for; 0 when it names none.
    func offset(of url: URL) -> Int? {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        guard let value = items.first(where: { $0.name == "offset" })?.value else { return 0 }
        return Int(value)
    }

    private func url(_ url: URL, offset: Int) -> URL? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        var items = (components.queryItems ?? []).filter { $0.name != "offset" }
        items.append(URLQueryItem(name: "offset", value: String(offset)))
        components.queryItems = items
        return components.url
    }
}
