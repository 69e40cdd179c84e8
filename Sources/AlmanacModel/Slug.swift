/// A path segment made only of `[a-z0-9-]`, never empty and at most 80 characters: it can never name
/// a path outside the folder it is joined to (no `/`, `\`, `.`, `%` or control character survives).
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// The slug, when `text` is already safe; nil otherwise.
    public init?(validating text: String) {
        guard !text.isEmpty, text.utf8.count <= Slug.maxLength,
              text.utf8.allSatisfy(Slug.isAllowed) else { return nil }
        rawValue = text
    }

    /// A slug derived from any text: ASCII letters are lowercased, Latin letters lose their accents,
    /// every other run of characters becomes one `-`; `fallback` when nothing is left.
    public init(deriving text: String, fallback: String) {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            guard let ascii = Slug.asciiFold(scalar) else {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash { out += "-" }
            pendingDash = false
            out.unicodeScalars.append(ascii)
            if out.utf8.count >= Slug.maxLength - 12 { break }
        }
        let trimmed = String(out.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
        rawValue = trimmed.isEmpty ? fallback : trimmed
    }

    /// The slug with `-suffix` appended, kept within the length limit.
    public func suffixed(_ suffix: String) -> Slug {
        let room = Slug.maxLength - suffix.utf8.count - 1
        let head = String(rawValue.prefix(room)).trimmingTrailingDashes()
        return Slug(validating: head + "-" + suffix) ?? Slug(deriving: suffix, fallback: "x")
    }

    public var description: String { rawValue }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.rawValue < rhs.rawValue }

    static let maxLength = 80

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (48...57).contains(byte) || byte == 45
    }

    /// Lowercase ASCII letter or digit for `scalar`, folding common Latin accents; nil otherwise.
    private static func asciiFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 48...57, 97...122: return scalar
        case 65...90: return Unicode.Scalar(scalar.value + 32)
        default:
            guard let folded = latinFolds[scalar] else { return nil }
            return folded
        }
    }

    private static let latinFolds: [Unicode.Scalar: Unicode.Scalar] = {
        let table: [(String, Character)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"),
            ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"),
            ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var folds: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, ascii) in table {
            for letter in letters.unicodeScalars {
                folds[letter] = ascii.unicodeScalars.first!
                for upper in String(letter).uppercased().unicodeScalars where upper != letter {
                    folds[upper] = ascii.unicodeScalars.first!
                }
            }
        }
        return folds
    }()
}

extension String {
    fileprivate func trimmingTrailingDashes() -> String {
        var text = self
        while text.hasSuffix("-") { text.removeLast() }
        return text
    }
}
