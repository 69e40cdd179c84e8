/// An absolute `http` or `https` URL that is safe to put in an `href` or `src`: the scheme is checked
/// (so `javascript:`, `data:` and the like never become links), control characters are refused, and
/// characters that may not appear in a URL are percent-encoded.
public struct WebURL: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URL, ready to be escaped into an attribute.
    public let string: String

    /// Checks `raw`; nil unless it is an absolute http(s) URL with a host.
    public init?(_ raw: String) {
        var raw = raw
        guard let checked = raw.withUTF8({ WebURL.check(UnsafeBufferPointer(rebasing: $0[...])) }) else { return nil }
        string = checked
    }

    private init(checked: String) { string = checked }

    /// A URL built from a checked one by appending only percent-encoded, unreserved text.
    init(encoded: String) { string = encoded }

    /// The URL with its scheme lowercased and unsafe characters encoded; nil unless it is an
    /// absolute http(s) URL with a host and no control characters.
    private static func check(_ all: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        var end = all.count
        while start < end, all[start].isASCIIWhitespace { start += 1 }
        while end > start, all[end - 1].isASCIIWhitespace { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
        let schemeLength: Int
        if hasPrefix(bytes, "https://") { schemeLength = 5 } else if hasPrefix(bytes, "http://") { schemeLength = 4 } else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[(schemeLength + 3)...])
        let authorityEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.count
        guard authorityEnd > 0, !rest[..<authorityEnd].contains(UInt8(ascii: "\\")) else { return nil }
        guard let encoded = percentEncoded(rest, authorityEnd: authorityEnd) else { return nil }
        return (schemeLength == 5 ? "https://" : "http://") + encoded
    }

    /// True when `bytes` starts with `prefix`, ignoring ASCII case.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        for index in 0..<prefix.utf8CodeUnitCount {
            let byte = bytes[index]
            let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if lowered != prefix.utf8Start[index] { return false }
        }
        return true
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
        var path = path
        let encoded = path.withUTF8 { WebURL.percentEncoded(UnsafeBufferPointer(rebasing: $0[...]), authorityEnd: 0) }
        return encoded.map { WebURL(checked: base + $0) } ?? self
    }

    /// The same URL with the `webcal` scheme, for calendar subscriptions.
    public var webcalString: String {
        "webcal" + string[string.firstIndex(of: ":")!...]
    }

    /// Refuses control characters and percent-encodes what RFC 3986 does not allow where it stands:
    /// brackets outside the host, a second `#`, a `%` that does not start an escape, spaces, quotes…
    /// `bytes` is everything after `scheme://`; the host ends at `authorityEnd`.
    private static func percentEncoded(_ bytes: UnsafeBufferPointer<UInt8>, authorityEnd: Int) -> String? {
        var out: [UInt8] = []
        var copiedUpTo = 0
        var inFragment = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return nil }
            let keep: Bool
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"): keep = index < authorityEnd
            case UInt8(ascii: "#"): keep = !inFragment; inFragment = true
            case UInt8(ascii: "%"): keep = isHexDigit(bytes, index + 1) && isHexDigit(bytes, index + 2)
            default: keep = isAllowed(byte)
            }
            guard !keep else { continue }
            if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
            out += bytes[copiedUpTo..<index]
            out += [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            copiedUpTo = index + 1
        }
        if copiedUpTo == 0 { return String(decoding: bytes, as: UTF8.self) }
        out += bytes[copiedUpTo...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHexDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index < bytes.count && (bytes[index].isASCIIDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(bytes[index] | 0x20))
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "@"),
             UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? value + 48 : value + 55 }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { (48...57).contains(self) }
    fileprivate var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
