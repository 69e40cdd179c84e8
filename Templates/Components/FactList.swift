import AlmanacMarkup

/// Key facts as a description list, built row by row into one fragment; empty markup when there are none.
struct FactList {
    private var rows = HTML()

    /// A row whose description is markup.
    mutating func add(_ term: String, _ description: HTML) {
        rows.append("<dt>\(term)</dt><dd>")
        rows.append(description)
        rows.append("</dd>\n")
    }

    /// A row whose description is untrusted text.
    mutating func add(_ term: String, text: String) {
        rows.append("<dt>\(term)</dt><dd>\(text)</dd>\n")
    }

    var html: HTML { rows.isEmpty ? "" : "<dl class=\"facts\">\n\(rows)</dl>" }

    static func html(_ rows: [(String, HTML)]) -> HTML {
        var list = FactList()
        for (term, description) in rows { list.add(term, description) }
        return list.html
    }

    /// "Website · Wikipedia" links, for a `Links` row; nil when there is neither.
    static func links(info: WebURL?, wiki: WebURL?) -> HTML? {
        let links = [info.map { url -> HTML in "<a href=\"\(url)\">Website</a>" },
                     wiki.map { url -> HTML in "<a href=\"\(url)\">Wikipedia</a>" }].compactMap { $0 }
        return links.isEmpty ? nil : links.joined(separator: " · ")
    }
}
