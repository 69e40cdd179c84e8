import Glibc

extension String {
    /// The text with surrounding white space removed and line endings made `\n`; nil when empty.
    /// Escaping is not done here: templates escape for where the text lands. Hand-written (no
    /// Foundation bridging) because it runs on every string of every event.
    var cleaned: String? {
        var text = self
        if text.containsCarriageReturn { text = text.normalizingLineEndings() }
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        if !first.isASCIISpace && first < 0x80 && !last.isASCIISpace && last < 0x80 { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    private var containsCarriageReturn: Bool {
        var text = self
        return text.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 13, $0.count) != nil }
    }

    /// `\r\n` and lone `\r` become `\n`.
    private func normalizingLineEndings() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 10 && previousWasCR { previousWasCR = false; continue }
            previousWasCR = byte == 13
            bytes.append(previousWasCR ? 10 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Optional where Wrapped == String {
    /// `cleaned` of the string, or nil.
    var cleaned: String? { self?.cleaned }
}

extension UInt8 {
    fileprivate var isASCIISpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
