import AlmanacModel
import Templates

extension SiteRenderer {
    /// The RSS, Atom and JSON feeds of every scope that has events to announce. The feeds are
    /// made when the writer renders them, each scope's once for its three formats.
    func newsFeedFiles(sharing shared: SharedRenderings) -> [PlannedFile] {
        FeedScope.all(in: site).filter { NewsFeed.exists($0, in: site) }.flatMap { scope -> [PlannedFile] in
            let folder = scope.folder
            return [
                PlannedFile(path: folder + NewsFeed.rssFile) { shared.newsFeed(scope).map { RSSFeed.xml($0).utf8Bytes } ?? [] },
                PlannedFile(path: folder + NewsFeed.atomFile) { shared.newsFeed(scope).map { AtomFeed.xml($0).utf8Bytes } ?? [] },
                PlannedFile(path: folder + NewsFeed.jsonFile) { shared.newsFeed(scope).map { JSONFeed.json($0).utf8Bytes } ?? [] },
            ]
        }
    }
}
