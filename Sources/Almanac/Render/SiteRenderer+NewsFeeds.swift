import AlmanacModel
import Templates

extension SiteRenderer {
    /// The RSS, Atom and JSON feeds of every scope that has events to announce. Each feed's entries
    /// are chosen here, from the scope's own events; rendering waits for the writer.
    func newsFeedFiles() -> [PlannedFile] {
        FeedScope.all(in: site).compactMap { NewsFeed($0, in: site) }.flatMap { feed -> [PlannedFile] in
            let folder = feed.scope.folder
            return [
                PlannedFile(path: folder + NewsFeed.rssFile) { RSSFeed.xml(feed).utf8Bytes },
                PlannedFile(path: folder + NewsFeed.atomFile) { AtomFeed.xml(feed).utf8Bytes },
                PlannedFile(path: folder + NewsFeed.jsonFile) { JSONFeed.json(feed).utf8Bytes },
            ]
        }
    }
}
