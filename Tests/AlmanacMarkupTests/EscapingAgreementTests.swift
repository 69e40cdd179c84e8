import AlmanacMarkup
import Testing

/// The escaper skips plain text a 64-bit word at a time: on random text, with every character of
/// interest at every offset within a word, it must agree with a plain character-by-character one.
@Suite("Escaping agrees with the character-by-character rule")
struct EscapingAgreementTests {
    static let alphabet: [String] = ["a", "Z", " ", "&", "<", ">", "\"", "'", "\u{1}", "\u{1F}", "\u{7F}", "\t", "\n",
                                     "\r", "é", "\u{85}", "\u{9F}", "\u{A0}", "🚀", "日"]
        + [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFF, 0x10FFFE].map { String(Unicode.Scalar(UInt32($0))!) }

    @Test func randomText() {
        var generator = LinearCongruence(state: 42)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
            let html: HTML = "\(text)"
            #expect(html.text == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func everyOffsetInAWord() {
        for special in Self.alphabet where special != "a" {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20)
                let html: HTML = "\(text)"
                #expect(html.text == Self.reference(text), "\(text.debugDescription)")
            }
        }
    }

    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let forbidden = value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE
                if !forbidden { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// A small deterministic random number generator (Knuth's MMIX constants).
struct LinearCongruence {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
