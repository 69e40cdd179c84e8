import AlmanacMarkup
import AlmanacModel

/// What a page offers to follow: `<link rel="alternate">` tags for its `<head>` and a visible
/// "Follow" section. Each kind of feed contributes its own links.
public enum SubscribeLinks {
    /// Tags for the `<head>` of a page that shows `scope`.
    public static func head(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        NewsFeedLinks.head(scope, from: location, in: site) + CalendarLinks.head(scope, from: location, in: site)
    }

    /// The visible section; empty markup when no kind of feed has links.
    public static func section(_ scope: FeedScope, from location: PageLocation, in site: Site) -> HTML {
        let items = NewsFeedLinks.items(scope, from: location, in: site) + CalendarLinks.items(scope, from: location, in: site)
        guard !items.isEmpty else { return "" }
        return Section.html(id: "follow", title: "Follow", items.joined())
    }
}
