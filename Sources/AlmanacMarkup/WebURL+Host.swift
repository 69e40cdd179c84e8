extension WebURL {
    /// The host, lowercased (`example.org`): the authority after its last non-empty `user@` part,
    /// without the port. The URL is ASCII (everything else is percent-encoded), so bytes suffice.
    public var host: String {
        let bytes = Array(string.utf8)
        var start = bytes.firstIndex(of: UInt8(ascii: ":"))! + 3
        var end = bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "@") { end -= 1 }
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        let hostEnd = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) ?? end
        return String(decoding: bytes[start..<hostEnd].map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
