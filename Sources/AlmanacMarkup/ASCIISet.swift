/// A set of ASCII characters as a 128-bit mask: one shift and test per byte, for the loops that
/// percent-encode URLs.
struct ASCIISet: Sendable {
    private let low: UInt64
    private let high: UInt64

    /// The set of the characters in `members`, which must be ASCII.
    init(_ members: StaticString) {
        var (low, high): (UInt64, UInt64) = (0, 0)
        for byte in UnsafeBufferPointer(start: members.utf8Start, count: members.utf8CodeUnitCount) {
            precondition(byte < 128, "ASCIISet holds ASCII only")
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        (self.low, self.high) = (low, high)
    }

    /// The set of the ASCII bytes for which `isMember` holds.
    init(where isMember: (UInt8) -> Bool) {
        var (low, high): (UInt64, UInt64) = (0, 0)
        for byte in UInt8(0)..<128 where isMember(byte) {
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        (self.low, self.high) = (low, high)
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? (low >> byte) & 1 == 1 : byte < 128 && (high >> (byte - 64)) & 1 == 1
    }

    /// RFC 3986's unreserved characters.
    static let unreserved = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// What may stand anywhere after a URL's scheme: unreserved, sub-delims and `: / ? @`.
    static let urlAllowed = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?@!$&'()*+,;=")
}
