extension WebURL {
    /// This URL with `name=value` added to its query; `value` is percent-encoded as a query component
    /// (everything but RFC 3986's unreserved characters), so it may itself be a URL.
    public func addingQueryItem(_ name: String, _ value: String) -> WebURL {
        addingQuery([(name, value)])
    }

    /// This URL with every `name=value` pair added to its query, in order, each percent-encoded as a
    /// query component.
    public func addingQuery(_ items: [(name: String, value: String)]) -> WebURL {
        var out = ByteBuffer(capacity: items.reduce(string.utf8.count) { $0 + 2 + $1.name.utf8.count + $1.value.utf8.count * 3 })
        out.append(string)
        let hasQuery = string.withUTF8Bytes { $0.contains(UInt8(ascii: "?")) }
        var separator = hasQuery ? UInt8(ascii: "&") : UInt8(ascii: "?")
        for (name, value) in items {
            out.append(separator)
            WebURL.appendComponentEncoded(name, to: &out)
            out.append(UInt8(ascii: "="))
            WebURL.appendComponentEncoded(value, to: &out)
            separator = UInt8(ascii: "&")
        }
        return WebURL(encoded: String(decoding: out, as: UTF8.self))
    }

    /// Appends `text` with every byte but the unreserved ones percent-encoded, copying runs of
    /// unreserved bytes at once.
    private static func appendComponentEncoded(_ text: String, to out: inout ByteBuffer) {
        let unreserved = ASCIISet.unreserved
        text.withUTF8Bytes { bytes in
            var runStart = 0
            for index in bytes.indices where !unreserved.contains(bytes[index]) {
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendPercentEscape(bytes[index], to: &out)
                runStart = index + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
