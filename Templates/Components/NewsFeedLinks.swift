import AlmanacMarkup
import AlmanacModel

/// Links to the RSS, Atom and JSON feeds of a scope.
public enum NewsFeedLinks {
    /// `<link rel="alternate">` tags for the `<head>`.
    public static func head(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        []
    }

    /// Blocks of links for the "Follow" section of a page showing `scope`.
    public static func items(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        []
    }
}
