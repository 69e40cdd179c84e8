import AlmanacMarkup

/// Untrusted text as HTML paragraphs: blank lines separate paragraphs, single line breaks are kept.
public enum Paragraphs {
    public static func html(_ text: String) -> HTML {
        var paragraphs: [HTML] = []
        for block in text.split(separator: "\n\n", omittingEmptySubsequences: true) {
            let lines = block.split(separator: "\n").map { line -> HTML in "\(String(line))" }
            guard !lines.isEmpty else { continue }
            paragraphs.append("<p>\(lines.joined(separator: "<br>\n"))</p>\n")
        }
        return paragraphs.joined()
    }
}
