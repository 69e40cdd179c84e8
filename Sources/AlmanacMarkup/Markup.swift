/// A language whose documents `Markup` builds: HTML or XML.
public protocol MarkupLanguage: Sendable {}

/// HTML5.
public enum HTMLLanguage: MarkupLanguage {}

/// XML 1.0 (RSS, Atom, sitemaps).
public enum XMLLanguage: MarkupLanguage {}

/// A fragment of HTML.
public typealias HTML = Markup<HTMLLanguage>

/// A fragment of XML.
public typealias XML = Markup<XMLLanguage>

/// Markup whose escaping is decided by types: literals written in source are trusted, an interpolated
/// `String` is always escaped (safe in text and in quoted attributes), and interpolated markup of the
/// same language nests as is. The only way to insert unescaped text is the greppable `unsafeRaw(_:)`.
public struct Markup<Language: MarkupLanguage>: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The serialized markup.
    public private(set) var text: String

    /// Markup that is the empty string.
    public init() { text = "" }

    public init(stringLiteral value: StaticString) {
        text = value.description
    }

    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    /// Trusted markup that is inserted without escaping. Never pass data from the API.
    public static func unsafeRaw(_ text: String) -> Markup { Markup(trusted: text) }

    private init(trusted: String) { text = trusted }

    /// True when the markup is the empty string.
    public var isEmpty: Bool { text.isEmpty }

    /// Appends another fragment.
    public mutating func append(_ other: Markup) { text += other.text }

    /// The serialized markup as UTF-8 bytes.
    public var utf8Bytes: [UInt8] { Array(text.utf8) }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            text += literal.description
        }

        /// Untrusted text: escaped.
        public mutating func appendInterpolation(_ string: String) {
            MarkupEscaper.appendEscaped(string, to: &text)
        }

        /// Markup of the same language: nested as is.
        public mutating func appendInterpolation(_ markup: Markup) {
            text += markup.text
        }

        /// A sequence of fragments, concatenated.
        public mutating func appendInterpolation(_ fragments: [Markup]) {
            for fragment in fragments { text += fragment.text }
        }

        /// A checked http(s) URL, escaped for an attribute value.
        public mutating func appendInterpolation(_ url: WebURL) {
            MarkupEscaper.appendEscaped(url.string, to: &text)
        }

        /// A number, written in ASCII digits.
        public mutating func appendInterpolation(_ number: Int) {
            text += String(number)
        }
    }
}

extension Markup: CustomStringConvertible {
    public var description: String { text }
}

extension Array {
    /// The fragments concatenated into one.
    public func joined<Language>() -> Markup<Language> where Element == Markup<Language> {
        var result = Markup<Language>()
        for fragment in self { result.append(fragment) }
        return result
    }

    /// The fragments concatenated with `separator` between them.
    public func joined<Language>(separator: Markup<Language>) -> Markup<Language>
    where Element == Markup<Language> {
        var result = Markup<Language>()
        for (index, fragment) in enumerated() {
            if index > 0 { result.append(separator) }
            result.append(fragment)
        }
        return result
    }
}
