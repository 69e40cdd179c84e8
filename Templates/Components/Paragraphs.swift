import AlmanacMarkup

/// Untrusted text as HTML paragraphs: blank lines separate paragraphs, single line breaks are kept.
public enum Paragraphs {
    public static func html(_ text: String) -> HTML {
        var html = HTML()
        var open = false
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                lineStart = index + 1
                guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
                    if open { html.append("</p>\n") }
                    open = false
                    continue
                }
                html.append(open ? "<br>\n" : "<p>")
                html.append(text: line)
                open = true
            }
        }
        if open { html.append("</p>\n") }
        return html
    }
}
