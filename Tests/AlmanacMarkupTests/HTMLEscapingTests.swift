import AlmanacMarkup
import Testing

@Suite("HTML and XML escaping by type")
struct HTMLEscapingTests {
    @Test("an interpolated String is escaped; a literal and nested markup are not")
    func interpolation() {
        let name = "<script>alert('x')</script> & \"q\""
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(html.text == "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>")
        let outer: HTML = "<div>\(html)</div>"
        #expect(outer.text == "<div>" + html.text + "</div>")
    }

    @Test("control characters and noncharacters are dropped; tabs, line breaks and emoji are kept")
    func forbiddenCharacters() {
        let nonCharacters = [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Character(Unicode.Scalar(UInt32($0))!)) }
        let text = "a\u{0}b\u{1}c\u{7F}d\u{85}e" + nonCharacters[0] + "f" + nonCharacters[1] + "g"
            + nonCharacters[2] + "h\t\n\r🚀é"
        let xml: XML = "\(text)"
        #expect(xml.text == "abcdefgh\t\n\r🚀é")
    }

    @Test("only http and https URLs are accepted, in any case, and unsafe characters are encoded")
    func webURLs() {
        #expect(WebURL("javascript:alert(1)") == nil)
        #expect(WebURL(" JaVaScRiPt:alert(1)") == nil)
        #expect(WebURL("data:text/html,<script>") == nil)
        #expect(WebURL("vbscript:msgbox") == nil)
        #expect(WebURL("//example.org/x") == nil)
        #expect(WebURL("https://") == nil)
        #expect(WebURL("https://exa\nmple.org") == nil)
        #expect(WebURL("HTTPS://example.org/a b\"<>")?.string == "https://example.org/a%20b%22%3C%3E")
        #expect(WebURL("https://user@Example.org:8080/x")?.host == "example.org")
        #expect(WebURL("https://[::1]:8080/a[b]?q=%zz&r=%41#f#g")?.string == "https://[::1]:8080/a%5Bb%5D?q=%25zz&r=%41#f%23g")
    }
}
