import AlmanacModel

/// `robots.txt`: everything may be crawled; the sitemap is named.
public enum RobotsFile {
    public static func text(_ site: Site) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.config.baseURL.appending("sitemap.xml").string)\n"
    }
}
