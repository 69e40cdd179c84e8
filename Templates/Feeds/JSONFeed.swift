import AlmanacMarkup
import AlmanacModel

/// `feed.json`: the feed as JSON Feed 1.1 (jsonfeed.org), every URL absolute.
public enum JSONFeed {
    public static func json(_ feed: NewsFeed) -> JSON {
        [
            "version": "https://jsonfeed.org/version/1.1",
            "title": .string(feed.scope.title),
            "home_page_url": .url(feed.pageURL),
            "feed_url": .url(feed.url(NewsFeed.jsonFile)),
            "description": .string(feed.description),
            "icon": .url(feed.icon(512)),
            "favicon": .url(feed.icon(144)),
            "language": "en",
            "authors": [["name": .string(feed.config.title), "url": .url(feed.config.baseURL)]],
            "items": .array(feed.entries.map { .written($0.jsonItem) }),
        ]
    }

    static func item(_ entry: NewsFeedEntry) -> JSON {
        [
            "id": .string(entry.id),
            "url": .url(entry.url),
            "title": .string(entry.title),
            "summary": .string(entry.summary),
            "content_html": .string(entry.content.text),
            "image": entry.event.image.map { .url($0.url) },
            "date_published": .string(entry.published.iso8601),
            "date_modified": .string(entry.updated.iso8601),
            "tags": .strings(entry.categories),
        ]
    }
}
