import Foundation

/// Reads back HTML that Almanac wrote (where every `<` in text is escaped, so every `<` starts a tag).
enum HTMLText {
    /// The text a reader sees: tags removed, the five character references Almanac writes resolved.
    static func visible(_ html: String) -> String {
        let withoutTags = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return withoutTags.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every `href` and `src` value, as written.
    static func links(_ html: String) -> [String] {
        var links: [String] = []
        var rest = html[...]
        while let attribute = rest.firstRange(of: #/(?:href|src)="([^"]*)"/#) {
            links.append(String(rest[attribute].dropLast().drop { $0 != "\"" }.dropFirst()))
            rest = rest[attribute.upperBound...]
        }
        return links
    }
}
