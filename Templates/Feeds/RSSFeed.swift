import AlmanacMarkup
import AlmanacModel

/// `feed.xml`: the feed as RSS 2.0 (rssboard.org), with an `atom:link rel="self"`.
public enum RSSFeed {
    public static func xml(_ feed: NewsFeed) -> XML {
        let page = feed.pageURL
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \(MediaRSS.namespace)>
        <channel>
        <title>\(feed.scope.title)</title>
        <link>\(page)</link>
        <description>\(feed.description)</description>
        <language>en</language>
        <lastBuildDate>\(feed.updated.rfc822)</lastBuildDate>
        <generator>\(feed.config.generator)</generator>
        <docs>https://www.rssboard.org/rss-specification</docs>
        <ttl>\(feed.config.newsFeeds.ttlMinutes)</ttl>
        <image>
        <url>\(feed.icon(144))</url>
        <title>\(feed.scope.title)</title>
        <link>\(page)</link>
        <width>144</width>
        <height>144</height>
        </image>
        <atom:link href="\(feed.url(NewsFeed.rssFile))" rel="self" type="application/rss+xml"/>
        \(feed.entries.map(\.rssItem))</channel>
        </rss>

        """
    }

    /// The entry's HTML goes in `<description>` as escaped text, so nothing in it can end the element.
    static func item(_ entry: NewsFeedEntry) -> XML {
        let categories = entry.categories.map { category -> XML in "<category>\(category)</category>\n" }
        return """
        <item>
        <title>\(entry.title)</title>
        <link>\(entry.url)</link>
        <guid isPermaLink="false">\(entry.id)</guid>
        <pubDate>\(entry.published.rfc822)</pubDate>
        \(categories)\(MediaRSS.image(entry.event))<description>\(entry.content.text)</description>
        </item>

        """
    }
}
