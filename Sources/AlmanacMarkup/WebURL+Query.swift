extension WebURL {
    /// This URL with `name=value` added to its query; `value` is percent-encoded as a query component
    /// (everything but RFC 3986's unreserved characters), so it may itself be a URL.
    public func addingQueryItem(_ name: String, _ value: String) -> WebURL {
        let separator = string.contains("?") ? "&" : "?"
        return WebURL(string + separator + WebURL.componentEncoded(name) + "=" + WebURL.componentEncoded(value)) ?? self
    }

    private static func componentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
