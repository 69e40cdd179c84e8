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

    @Test("compact text has no whitespace; numbers are digits; a streamed array ends the object")
    func compact() throws {
        let value: JSON = ["n": .number(-42), "a": [.number(0), "x y", []], "o": [:]]
        #expect(value.compactText == #"{"n":-42,"a":[0,"x y",[]],"o":{}}"#)
        #expect(value.text == "{\n  \"n\": -42,\n  \"a\": [\n    0,\n    \"x y\",\n    []\n  ],\n  \"o\": {}\n}")
        let streamed = String(decoding: JSON.compactObject([JSON.Member("v", .number(1))], thenArray: "e\"s",
                                                           of: (1...3).lazy.map { JSON.number($0) }), as: UTF8.self)
        #expect(streamed == #"{"v":1,"e\"s":[1,2,3]}"#)
        #expect(Array(JSON.compactObject([], thenArray: "e", of: [JSON]())) == Array(#"{"e":[]}"#.utf8))
        #expect(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) is [String: Any])
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
