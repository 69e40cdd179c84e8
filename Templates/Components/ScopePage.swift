import AlmanacMarkup
import AlmanacModel

/// The page of a station, an agency or a program: its name, picture, facts and description, its
/// events upcoming and past, and its feeds.
struct ScopePage {
    var title: String
    var scope: FeedScope
    var location: PageLocation
    /// What comes between the title and the events: picture, facts, description.
    var introduction: HTML
    var description: String
    var image: WebURL?

    func html(in site: Site) -> HTML {
        let body: HTML = """
        <h1>\(title)</h1>
        \(introduction)
        \(EventSplit.html(scope.eventIndexes, in: site, from: location, showType: true))\
        \(SubscribeLinks.section(scope, from: location, in: site))
        """
        var head = PageHead(title: title, description: description, image: image)
        head.alternates = SubscribeLinks.head(scope, from: location, in: site)
        return Layout.page(head, at: location, in: site, body: body)
    }
}
