import AlmanacMarkup

/// Untrusted text as HTML paragraphs: blank lines separate paragraphs, single line breaks are kept.
public enum Paragraphs {
    public static func html(_ text: String) -> HTML {
        var html = HTML()
        var open = false
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
                if open { html.append("</p>\n") }
                open = false
                continue
            }
            html.append(open ? "<br>\n" : "<p>")
            html.append(text: Substring(line))
            open = true
        }
        if open { html.append("</p>\n") }
        return html
    }
}
