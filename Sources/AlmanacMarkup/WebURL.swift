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
        // Most URLs in the data are already clean: keeping the input string saves a copy.
        string = checked.isUnchanged ? raw : String(decoding: checked.bytes, as: UTF8.self)
    }

    /// A URL built from a checked one by appending only percent-encoded, unreserved text.
    init(encoded: String) { string = encoded }

    /// The URL with its scheme lowercased and unsafe characters encoded, and whether that left it as
    /// it was; nil unless it is an absolute http(s) URL with a host and no control characters.
    private static func check(_ all: UnsafeBufferPointer<UInt8>) -> (bytes: ByteBuffer, isUnchanged: Bool)? {
        var start = 0
        var end = all.count
        while start < end, all[start].isASCIIWhitespace { start += 1 }
        while end > start, all[end - 1].isASCIIWhitespace { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
        let scheme: StaticString
        if hasPrefix(bytes, "https://") { scheme = "https://" } else if hasPrefix(bytes, "http://") { scheme = "http://" } else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[scheme.utf8CodeUnitCount...])
        let authorityEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.count
        guard authorityEnd > 0, !rest[..<authorityEnd].contains(UInt8(ascii: "\\")) else { return nil }
        var out = ByteBuffer(capacity: bytes.count + 16)
        out.append(scheme)
        guard appendPercentEncoded(rest, authorityEnd: authorityEnd, to: &out) else { return nil }
        // Encoding only lengthens, so the same length means nothing was trimmed or encoded.
        let isUnchanged = out.count == all.count && out.prefix(scheme.utf8CodeUnitCount).elementsEqual(all.prefix(scheme.utf8CodeUnitCount))
        return (out, isUnchanged)
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

    /// This URL with `path` appended; `path` is a site-relative path such as `events/x/`.
    public func appending(_ path: String) -> WebURL {
        var out = ByteBuffer(capacity: string.utf8.count + path.utf8.count + 1)
        out.append(string)
        if string.utf8.last != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        var path = path
        let encoded = path.withUTF8 { WebURL.appendPercentEncoded(UnsafeBufferPointer(rebasing: $0[...]), authorityEnd: 0, to: &out) }
        return encoded ? WebURL(encoded: String(decoding: out, as: UTF8.self)) : self
    }

    /// The same URL with the `webcal` scheme, for calendar subscriptions.
    public var webcalString: String {
        "webcal" + string[string.firstIndex(of: ":")!...]
    }

    /// Appends `bytes`, refusing control characters and percent-encoding what RFC 3986 does not
    /// allow where it stands: brackets outside the host, a second `#`, a `%` that does not start an
    /// escape, spaces, quotes… `bytes` is everything after `scheme://`; the host ends at `authorityEnd`.
    /// False, with `out` partly written, when `bytes` holds a control character.
    private static func appendPercentEncoded(_ bytes: UnsafeBufferPointer<UInt8>, authorityEnd: Int,
                                             to out: inout ByteBuffer) -> Bool {
        let allowed = ASCIISet.urlAllowed
        var copiedUpTo = 0
        var inFragment = false
        for index in bytes.indices {
            let byte = bytes[index]
            if allowed.contains(byte) { continue }
            if byte < 0x20 || byte == 0x7F { return false }
            let keep: Bool
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"): keep = index < authorityEnd
            case UInt8(ascii: "#"): keep = !inFragment; inFragment = true
            case UInt8(ascii: "%"): keep = isHexDigit(bytes, index + 1) && isHexDigit(bytes, index + 2)
            default: keep = false
            }
            guard !keep else { continue }
            out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
            appendPercentEscape(byte, to: &out)
            copiedUpTo = index + 1
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        return true
    }

    /// Appends `%XX` for `byte`, in one append.
    @inline(__always)
    static func appendPercentEscape(_ byte: UInt8, to out: inout ByteBuffer) {
        withUnsafeBytes(of: (UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F))) { out.append($0) }
    }

    private static func isHexDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index < bytes.count && (bytes[index].isASCIIDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(bytes[index] | 0x20))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? value + 48 : value + 55 }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { (48...57).contains(self) }
    fileprivate var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
