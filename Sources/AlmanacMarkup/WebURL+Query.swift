extension WebURL {
    /// This URL with `name=value` added to its query; `value` is percent-encoded as a query component
    /// (everything but RFC 3986's unreserved characters), so it may itself be a URL.
    public func addingQueryItem(_ name: String, _ value: String) -> WebURL {
        addingQuery([(name, value)])
    }

    /// This URL with every `name=value` pair added to its query, in order, each percent-encoded as a
    /// query component.
    public func addingQuery(_ items: [(name: String, value: String)]) -> WebURL {
        var out = Array(string.utf8)
        var separator = out.contains(UInt8(ascii: "?")) ? UInt8(ascii: "&") : UInt8(ascii: "?")
        for (name, value) in items {
            out.append(separator)
            WebURL.appendComponentEncoded(name, to: &out)
            out.append(UInt8(ascii: "="))
            WebURL.appendComponentEncoded(value, to: &out)
            separator = UInt8(ascii: "&")
        }
        return WebURL(encoded: String(decoding: out, as: UTF8.self))
    }

    private static func appendComponentEncoded(_ text: String, to out: inout [UInt8]) {
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
    }
}
