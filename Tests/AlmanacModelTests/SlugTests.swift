import AlmanacModel
import Testing

@Suite("Slugs are path-safe")
struct SlugTests {
    @Test("only [a-z0-9-] slugs are accepted as they are", arguments: [
        "../..", "/etc/passwd", "a/b", "%2e%2e", "a\\b", "", "UPPER", "a b", "é", ".", "-ok?", "a\u{0}b",
    ])
    func refusesUnsafe(text: String) {
        #expect(Slug(validating: text) == nil)
    }

    @Test("derived slugs fold accents, collapse separators and never escape the folder", arguments: [
        ("Sławosz Uznański-Wiśniewski EVA", "slawosz-uznanski-wisniewski-eva"),
        ("../../etc/passwd", "etc-passwd"),
        ("  --Crew-6!!  ", "crew-6"),
        ("Союз МС-25", "25"),
        ("🚀🚀", "fallback"),
        ("", "fallback"),
    ])
    func derives(name: String, expected: String) {
        #expect(Slug(deriving: name, fallback: "fallback").rawValue == expected)
    }

    @Test("long names are cut to a bounded length, suffixes included")
    func bounded() {
        let slug = Slug(deriving: String(repeating: "very long name ", count: 500), fallback: "x").suffixed("123456")
        #expect(slug.rawValue.count <= 80)
        #expect(slug.rawValue.hasSuffix("-123456"))
        #expect(Slug(validating: slug.rawValue) != nil)
    }
}
