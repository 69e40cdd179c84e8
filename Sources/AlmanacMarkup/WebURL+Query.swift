extension WebURL {
    /// This URL with `name=value` added to its query; `value` is percent-encoded as a query component
    /// (everything but RFC 3986's unreserved characters), so it may itself be a URL.
    public func addingQueryItem(_ name: String, _ value: String) -> WebURL {
        let separator = string.contains("?") ? "&" : "?"
        return WebURL(encoded: string + separator + WebURL.componentEncoded(name) + "=" + WebURL.componentEncoded(value))
    }

    private static func componentEncoded(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
