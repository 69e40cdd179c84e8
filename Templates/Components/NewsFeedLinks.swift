import AlmanacMarkup
import AlmanacModel

/// Links to the RSS, Atom and JSON feeds of a scope; nothing for a scope that has no feed.
public enum NewsFeedLinks {
    /// Each format: its file, media type and name.
    static let formats = [(NewsFeed.rssFile, "application/rss+xml", "RSS"),
                          (NewsFeed.atomFile, "application/atom+xml", "Atom"),
                          (NewsFeed.jsonFile, "application/feed+json", "JSON Feed")]

    /// `<link rel="alternate">` tags for the `<head>`.
    public static func head(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        guard NewsFeed.exists(scope, in: site) else { return [] }
        return formats.map { file, type, name in
            "<link rel=\"alternate\" type=\"\(type)\" title=\"\(scope.title) (\(name))\" href=\"\(location.link(scope.folder + file))\">\n"
        }
    }

    /// Blocks of links for the "Follow" section of a page showing `scope`.
    public static func items(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        guard NewsFeed.exists(scope, in: site) else { return [] }
        return ["<p class=\"feed-links\">New events in your feed reader: \(links(scope, from: location))</p>\n"]
    }

    /// For an event's page: tags for the feeds of its type and of all events, and a visible line
    /// for the first of them. Alike for every event of a type, as event pages sit at one depth.
    public static func event(_ event: Event, from location: PageLocation, in site: Site) -> EventLinks {
        let type = site.types.first { $0.id == event.type.id }.map { FeedScope.type(site, $0) }
        let scopes = [type, FeedScope.home(site)].compactMap { $0 }.filter { NewsFeed.exists($0, in: site) }
        guard let first = scopes.first else { return EventLinks(head: [], body: "") }
        let what = first.folder.isEmpty ? "New events" : "New \(event.type.name) events"
        return EventLinks(head: scopes.flatMap { head($0, from: location, in: site) },
                          body: "<p class=\"feed-links\">\(what) in your feed reader: \(links(first, from: location))</p>\n")
    }

    /// An event page's links to feeds: tags for the `<head>`, a line for the body.
    public struct EventLinks: Sendable {
        public var head: [HTML]
        public var body: HTML
    }

    private static func links(_ scope: FeedScope, from location: PageLocation) -> HTML {
        formats.map { file, type, name -> HTML in
            "<a href=\"\(location.link(scope.folder + file))\" type=\"\(type)\">\(name)</a>"
        }.joined(separator: " · ")
    }
}
