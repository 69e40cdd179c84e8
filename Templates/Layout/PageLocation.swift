import AlmanacMarkup
import AlmanacModel

/// Where a page lives in the site, so that its links are relative and keep working under any
/// sub-path (`https://example.org/space/`) and from the file system.
public struct PageLocation: Sendable, Hashable {
    /// The page's folder relative to the site root: `""` for the home page, `events/x/` for an event.
    public let folder: String
    /// When set, links are absolute from this URL instead of relative (for `404.html`, which hosts
    /// serve at any address).
    public let absoluteBase: WebURL?

    /// `../` once per folder level: what leads from this page back to the site root.
    private let toRoot: String

    public init(folder: String, absoluteBase: WebURL? = nil) {
        self.folder = folder
        self.absoluteBase = absoluteBase
        var folder = folder
        let depth = folder.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }
        toRoot = depth < PageLocation.upwards.count ? PageLocation.upwards[depth] : String(repeating: "../", count: depth)
    }

    /// `../` repeated for the depths pages have, made once.
    private static let upwards = (0..<6).map { String(repeating: "../", count: $0) }

    /// The page file's path from the site root: `events/x/index.html`.
    public var filePath: String { folder + "index.html" }

    /// A link from this page to `target`, a path from the site root (`types/eva/`, `style.css`, `""`).
    public func link(_ target: String) -> String {
        if let absoluteBase { return absoluteBase.appending(target).string }
        let link = toRoot + target
        return link.isEmpty ? "./" : link
    }


    /// The page's absolute URL on the published site.
    public func absoluteURL(in site: Site) -> WebURL { site.config.baseURL.appending(folder) }

    public static let home = PageLocation(folder: "")
    public static let types = PageLocation(folder: "types/")
    public static let stations = PageLocation(folder: "stations/")
    public static let agencies = PageLocation(folder: "agencies/")
    public static let programs = PageLocation(folder: "programs/")
    public static let calendar = PageLocation(folder: "calendar/")
    public static let search = PageLocation(folder: "search/")

    public static func event(_ event: EventSummary) -> PageLocation { PageLocation(folder: "events/\(event.slug)/") }
    public static func event(_ event: Event) -> PageLocation { self.event(event.summary) }
    public static func type(_ slug: Slug) -> PageLocation { PageLocation(folder: "types/\(slug)/") }
    public static func station(_ slug: Slug) -> PageLocation { PageLocation(folder: "stations/\(slug)/") }
    public static func agency(_ slug: Slug) -> PageLocation { PageLocation(folder: "agencies/\(slug)/") }
    public static func program(_ slug: Slug) -> PageLocation { PageLocation(folder: "programs/\(slug)/") }
    /// `calendar/2026/01/`.
    public static func month(_ month: CalendarMonth) -> PageLocation { PageLocation(folder: "calendar/\(month.path)/") }
}
