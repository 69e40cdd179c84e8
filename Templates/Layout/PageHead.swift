import AlmanacMarkup
import AlmanacModel

/// What a page tells search engines and link previews about itself.
public struct PageHead: Sendable {
    public var title: String
    public var description: String
    public var image: WebURL?
    /// `website` or `article`.
    public var openGraphType: String = "website"
    public var alternates: [HTML] = []
    /// Scripts from `Public/` this page needs besides `almanac.js`, loaded deferred.
    public var scripts: [String] = []

    public init(title: String, description: String, image: WebURL? = nil) {
        self.title = title
        self.description = description
        self.image = image
    }
}
