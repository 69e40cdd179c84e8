import AlmanacMarkup

/// Key facts as a description list; empty markup when there are none.
enum FactList {
    static func html(_ rows: [(String, HTML)]) -> HTML {
        guard !rows.isEmpty else { return "" }
        var list: HTML = "<dl class=\"facts\">\n"
        for (term, description) in rows {
            list.append("<dt>\(term)</dt><dd>")
            list.append(description)
            list.append("</dd>\n")
        }
        list.append("</dl>")
        return list
    }

    /// "Website · Wikipedia" links, for a `Links` row; nil when there is neither.
    static func links(info: WebURL?, wiki: WebURL?) -> HTML? {
        let links = [info.map { url -> HTML in "<a href=\"\(url)\">Website</a>" },
                     wiki.map { url -> HTML in "<a href=\"\(url)\">Wikipedia</a>" }].compactMap { $0 }
        return links.isEmpty ? nil : links.joined(separator: " · ")
    }
}
