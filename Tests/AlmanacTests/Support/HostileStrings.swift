/// Text an attacker or a careless editor could put in any field of the API. Tests put it in every
/// field a template reads and check that the output still parses and says exactly this text.
enum HostileStrings {
    static let markup = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    static let cdataEnd = "]]><![CDATA[<b>bold</b>]]>"
    static let endTags = "</description></item></entry></channel></rss></feed>"
    static let entities = "AT&T &amp; &#x3C; &bogus; \"double\" 'single'"
    static let controls = "nul\u{0}bell\u{7}esc\u{1B}del\u{7F}nel\u{85}nonchar"
        + [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Character(Unicode.Scalar(UInt32($0))!)) }.joined() + "end"
    static let scriptURL = "javascript:alert(document.cookie)"
    static let unicode = "🚀 👩🏽‍🚀 🇺🇸 Ünïcödé 中文 \u{202E}reversed\u{202C} zero\u{200B}width"
    static let long = String(repeating: "Long & <text> ", count: 715)

    /// Every kind at once, more than 10,000 characters, with no white space at either end (which
    /// the normalizer would trim).
    static let all = [markup, cdataEnd, endTags, entities, controls, scriptURL, unicode, long, "end"]
        .joined(separator: " | ")

    /// `text` as XML, HTML and JSON output carries it: without C0 and C1 controls (but tab and line
    /// breaks), DEL and Unicode noncharacters.
    static func printable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x09 || value == 0x0A || value == 0x0D { return true }
            if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
            return !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE
        })
        return String(scalars)
    }
}
