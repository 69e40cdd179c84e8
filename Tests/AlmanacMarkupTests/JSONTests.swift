import AlmanacMarkup
import Foundation
import Testing

@Suite("JSON values written by type")
struct JSONTests {
    @Test("members keep their written order, nil members are dropped, containers are indented")
    func layout() {
        let missing: String? = nil
        let value: JSON = ["b": "1", "a": ["x", [:], []], "gone": missing.map(JSON.string), "c": .url(WebURL("https://e.org/a b")!)]
        #expect(value.text == """
        {
          "b": "1",
          "a": [
            "x",
            {},
            []
          ],
          "c": "https://e.org/a%20b"
        }
        """)
    }

    @Test("strings are escaped, forbidden characters dropped, everything else kept; JSONSerialization agrees")
    func escaping() throws {
        let nonCharacter = String(Character(Unicode.Scalar(UInt32(0xFFFE))!))
        let text = "q\"b\\s/t\tn\nr\r<&>\u{0}\u{1F}\u{7F}\u{85}" + nonCharacter + "🚀\u{2028}é"
        let value: JSON = ["k\"ey": .string(text)]
        #expect(value.text == "{\n  \"k\\\"ey\": \"q\\\"b\\\\s/t\\tn\\nr\\r<&>🚀\u{2028}é\"\n}")
        let parsed = try JSONSerialization.jsonObject(with: Data(value.utf8Bytes)) as? [String: String]
        #expect(parsed == ["k\"ey": "q\"b\\s/t\tn\nr\r<&>🚀\u{2028}é"])
    }
}
