@testable import Almanac
import AlmanacModel

/// Every file of a site rendered in memory (no static assets), by path.
struct RenderedSite {
    let files: [String: String]

    init(_ site: Site) {
        var files: [String: String] = [:]
        for file in SiteRenderer(site: site, assets: []).plan() {
            files[file.path] = String(decoding: file.contents(), as: UTF8.self)
        }
        self.files = files
    }

    var htmlPaths: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }

    /// Every `href` and `src` value in the HTML page at `path`.
    func links(in path: String) -> [String] { HTMLText.links(files[path]!) }

    /// The site path a relative link from the page at `path` points to (`index.html` for folders);
    /// nil for absolute links.
    func resolve(_ link: String, from path: String) -> String? {
        guard !link.contains("://"), !link.hasPrefix("#") else { return nil }
        let link = String(link.prefix { $0 != "#" && $0 != "?" })
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": parts.removeLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        let target = parts.joined(separator: "/")
        return link.hasSuffix("/") || link == "./" ? (target.isEmpty ? "" : target + "/") + "index.html" : target
    }
}
