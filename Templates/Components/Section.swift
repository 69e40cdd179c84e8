import AlmanacMarkup

/// A titled section of a page, labelled by its heading for assistive technology.
public enum Section {
    public static func html(id: String, title: String, _ content: HTML) -> HTML {
        """
        <section aria-labelledby="\(id)">
        <h2 id="\(id)">\(title)</h2>
        \(content)
        </section>

        """
    }

    /// A `<ul>` of items; empty markup when there are none.
    public static func list(_ items: [HTML], className: String? = nil) -> HTML {
        guard !items.isEmpty else { return "" }
        var list: HTML = className.map { "<ul class=\"\($0)\">\n" } ?? "<ul>\n"
        for item in items {
            list.append("<li>")
            list.append(item)
            list.append("</li>\n")
        }
        list.append("</ul>")
        return list
    }
}
