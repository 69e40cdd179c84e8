import Glibc

extension String {
    /// The text with surrounding white space removed and line endings made `\n`; nil when empty.
    /// Escaping is not done here: templates escape for where the text lands. Hand-written (no
    /// Foundation bridging) because it runs on every string of every event.
    var cleaned: String? {
        var text = self
        switch text.withUTF8(String.shape) {
        case .empty: return nil
        case .clean: return text
        case .needsWork(let carriageReturn): if carriageReturn { text = text.normalizingLineEndings() }
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    private enum Shape { case empty, clean, needsWork(carriageReturn: Bool) }

    /// One look at the bytes: most strings have no `\r` and start and end with a visible ASCII byte.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        guard let first = bytes.first, let last = bytes.last else { return .empty }
        let carriageReturn = memchr(bytes.baseAddress!, 13, bytes.count) != nil
        guard carriageReturn || first.isASCIISpace || first >= 0x80 || last.isASCIISpace || last >= 0x80 else { return .clean }
        return .needsWork(carriageReturn: carriageReturn)
    }

    /// `\r\n` and lone `\r` become `\n`.
    private func normalizingLineEndings() -> String {
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var previousWasCR = false
                for byte in bytes {
                    if byte == 10 && previousWasCR { previousWasCR = false; continue }
                    previousWasCR = byte == 13
                    out[count] = previousWasCR ? 10 : byte
                    count += 1
                }
                return count
            }
        }
    }
}

extension Optional where Wrapped == String {
    /// `cleaned` of the string, or nil.
    var cleaned: String? { self?.cleaned }
}

extension UInt8 {
    fileprivate var isASCIISpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
