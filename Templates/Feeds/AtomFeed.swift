import AlmanacMarkup
import AlmanacModel

/// `feed.atom`: the feed as Atom 1.0 (RFC 4287).
public enum AtomFeed {
    public static func xml(_ feed: NewsFeed) -> XML {
        let selfURL = feed.url(NewsFeed.atomFile)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" \(MediaRSS.namespace) xml:lang="en">
        <id>\(selfURL)</id>
        <title>\(feed.scope.title)</title>
        <subtitle>\(feed.description)</subtitle>
        <link rel="alternate" type="text/html" href="\(feed.pageURL)"/>
        <link rel="self" type="application/atom+xml" href="\(selfURL)"/>
        <updated>\(feed.updated.iso8601)</updated>
        <author><name>\(feed.config.title)</name><uri>\(feed.config.baseURL)</uri></author>
        <generator>\(feed.config.generator)</generator>
        <icon>\(feed.icon(144))</icon>
        \(feed.entries.map(\.atomEntry))</feed>

        """
    }

    static func entry(_ entry: NewsFeedEntry) -> XML {
        let categories = entry.categories.map { category -> XML in "<category term=\"\(category)\"/>\n" }
        return """
        <entry>
        <id>\(entry.id)</id>
        <title>\(entry.title)</title>
        <link rel="alternate" type="text/html" href="\(entry.url)"/>
        <published>\(entry.published.iso8601)</published>
        <updated>\(entry.updated.iso8601)</updated>
        \(categories)\(MediaRSS.image(entry.event))<summary>\(entry.summary)</summary>
        <content type="html">\(entry.content.text)</content>
        </entry>

        """
    }
}
