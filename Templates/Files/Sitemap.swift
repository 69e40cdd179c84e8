import AlmanacMarkup
import AlmanacModel

/// `sitemap.xml` (sitemaps.org 0.9), split into several files with an index when the site has more
/// pages than one sitemap may list.
public enum Sitemap {
    /// A page to list, with the last time its content changed.
    public struct Entry: Sendable {
        public var folder: String
        public var lastModified: UTCTime?

        public init(folder: String, lastModified: UTCTime?) {
            self.folder = folder
            self.lastModified = lastModified
        }
    }

    /// The most URLs one sitemap file may hold.
    public static let maxEntries = 50_000

    /// Every sitemap file's path and how to make its content (when the writer asks for it, on any
    /// thread): `sitemap.xml` alone, or an index plus `sitemap-N.xml`.
    public static func files(_ entries: [Entry], in site: Site) -> [(path: String, xml: @Sendable () -> XML)] {
        guard entries.count > maxEntries else { return [("sitemap.xml", { urlSet(entries[...], in: site) })] }
        var files: [(path: String, xml: @Sendable () -> XML)] = []
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + maxEntries, entries.count)]
            files.append(("sitemap-\(files.count + 1).xml", { urlSet(chunk, in: site) }))
            start += maxEntries
        }
        let sitemaps = files.map { file -> XML in
            "<sitemap><loc>\(site.config.baseURL.appending(file.path))</loc></sitemap>\n"
        }
        let index: XML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(sitemaps)</sitemapindex>

        """
        let indexFile: @Sendable () -> XML = { index }
        return [("sitemap.xml", indexFile)] + files
    }

    private static func urlSet(_ entries: ArraySlice<Entry>, in site: Site) -> XML {
        // One buffer for all the URLs: an array of 50,000 fragments held 14 MB per sitemap.
        var urls = XML()
        for entry in entries {
            let lastmod: XML = entry.lastModified.map { "<lastmod>\($0.iso8601)</lastmod>" } ?? ""
            urls.append("<url><loc>\(site.config.baseURL.appending(entry.folder))</loc>\(lastmod)</url>\n")
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls)</urlset>

        """
    }
}
