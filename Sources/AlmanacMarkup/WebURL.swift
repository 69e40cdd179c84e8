/// An absolute `http` or `https` URL that is safe to put in an `href` or `src`: the scheme is checked
/// (so `javascript:`, `data:` and the like never become links), control characters are refused, and
/// characters that may not appear in a URL are percent-encoded.
public struct WebURL: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URL, ready to be escaped into an attribute.
    public let string: String

    /// Checks `raw`; nil unless it is an absolute http(s) URL with a host.
    public init?(_ raw: String) {
        let trimmed = raw.trimmingASCIIWhitespace()
        guard let schemeEnd = trimmed.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = String(trimmed[..<schemeEnd]).lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[trimmed.index(after: schemeEnd)...]
        guard rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("\\") else { return nil }
        guard let encoded = WebURL.percentEncoded(String(rest)) else { return nil }
        string = scheme + ":" + encoded
    }

    public var description: String { string }

    public static func < (lhs: WebURL, rhs: WebURL) -> Bool { lhs.string < rhs.string }

    /// The host, lowercased (`example.org`).
    public var host: String {
        let afterScheme = string[string.index(string.firstIndex(of: ":")!, offsetBy: 3)...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last.map(String.init) ?? ""
        return String(hostAndPort.prefix { $0 != ":" }).lowercased()
    }

    /// This URL with `path` appended; `path` is a site-relative path such as `events/x/`.
    public func appending(_ path: String) -> WebURL {
        let base = string.hasSuffix("/") ? string : string + "/"
        return WebURL(base + path) ?? self
    }

    /// The same URL with the `webcal` scheme, for calendar subscriptions.
    public var webcalString: String {
        "webcal" + string[string.firstIndex(of: ":")!...]
    }

    /// Refuses control characters and percent-encodes what RFC 3986 does not allow where it stands:
    /// brackets outside the host, a second `#`, a `%` that does not start an escape, spaces, quotes…
    private static func percentEncoded(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        var inAuthority = true
        var inFragment = false
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 || byte == 0x7F { return nil }
            if index >= 2, byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") { inAuthority = false }
            let keep: Bool
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"): keep = inAuthority
            case UInt8(ascii: "#"): keep = !inFragment; inFragment = true; inAuthority = false
            case UInt8(ascii: "%"): keep = isHexDigit(bytes, index + 1) && isHexDigit(bytes, index + 2)
            default: keep = isAllowed(byte)
            }
            if keep {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return out
    }

    private static func isHexDigit(_ bytes: [UInt8], _ index: Int) -> Bool {
        index < bytes.count && (bytes[index].isASCIIDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(bytes[index] | 0x20))
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?@!$&'()*+,;=".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ value: UInt8) -> String {
        String(Character(Unicode.Scalar(value < 10 ? value + 48 : value + 55)))
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { (48...57).contains(self) }
}
