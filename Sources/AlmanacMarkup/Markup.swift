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
    /// The serialized markup, as UTF-8 bytes (the form it is written in, and the fastest to build).
    public private(set) var utf8Bytes: ByteBuffer

    /// Markup that is the empty string.
    public init() { utf8Bytes = ByteBuffer() }

    public init(stringLiteral value: StaticString) {
        utf8Bytes = ByteBuffer()
        utf8Bytes.append(value)
    }

    public init(stringInterpolation: StringInterpolation) {
        utf8Bytes = stringInterpolation.bytes
    }

    /// Trusted markup that is inserted without escaping. Never pass data from the API.
    public static func unsafeRaw(_ text: String) -> Markup {
        var markup = Markup()
        markup.utf8Bytes.append(text)
        return markup
    }

    /// The serialized markup as a string.
    public var text: String { String(decoding: utf8Bytes, as: UTF8.self) }

    /// True when the markup is the empty string.
    public var isEmpty: Bool { utf8Bytes.isEmpty }

    /// Appends another fragment. (Disfavoured, so that a plain literal goes to `append(_: StaticString)`.)
    @_disfavoredOverload
    public mutating func append(_ other: Markup) { utf8Bytes.append(other.utf8Bytes) }

    /// Appends trusted markup written in source, with no intermediate fragment.
    public mutating func append(_ literal: StaticString) { utf8Bytes.append(literal) }

    /// Appends untrusted text, given as the UTF-8 bytes of a `String` (or part of one), escaped.
    public mutating func append(text utf8: UnsafeBufferPointer<UInt8>) { MarkupEscaper.appendEscaped(utf8: utf8, to: &utf8Bytes) }

    public struct StringInterpolation: StringInterpolationProtocol {
        var bytes: ByteBuffer

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes = ByteBuffer(capacity: max(256, literalCapacity + interpolationCount * 32))
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            bytes.append(literal)
        }

        /// A literal from source (a separator chosen at run time): trusted, as is.
        public mutating func appendInterpolation(_ literal: StaticString) {
            bytes.append(literal)
        }

        /// Untrusted text: escaped.
        public mutating func appendInterpolation(_ string: String) {
            MarkupEscaper.appendEscaped(string, to: &bytes)
        }

        /// Markup of the same language: nested as is.
        public mutating func appendInterpolation(_ markup: Markup) {
            bytes.append(markup.utf8Bytes)
        }

        /// A sequence of fragments, concatenated.
        public mutating func appendInterpolation(_ fragments: [Markup]) {
            for fragment in fragments { bytes.append(fragment.utf8Bytes) }
        }

        /// A checked http(s) URL, escaped for an attribute value.
        public mutating func appendInterpolation(_ url: WebURL) {
            MarkupEscaper.appendEscaped(url.string, to: &bytes)
        }

        /// A number, written in ASCII digits.
        public mutating func appendInterpolation(_ number: Int) {
            bytes.append(String(number))
        }
    }
}

extension Markup {
    /// The two fragments concatenated.
    public static func + (lhs: Markup, rhs: Markup) -> Markup {
        var result = lhs
        result.append(rhs)
        return result
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
