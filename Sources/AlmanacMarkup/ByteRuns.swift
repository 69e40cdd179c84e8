/// Finds, eight bytes at a time, how far a run of bytes needs no escaping: most text is plain
/// ASCII letters and spaces, and testing a whole 64-bit word at once is several times cheaper
/// than testing each byte. A word with any byte of interest stops the run; the caller then looks
/// at its bytes one by one.
enum ByteRuns {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The first index at or after `start`, in steps of eight, whose word may hold a byte that is
    /// not ASCII, a control character, DEL, or one of `" & ' < >`.
    static func plainMarkupRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard !mayNeedMarkupEscape(word) else { break }
            index += 8
        }
        return index
    }

    @inline(__always)
    private static func mayNeedMarkupEscape(_ word: UInt64) -> Bool {
        let controls = (word &- ones &* 0x20) & ~word  // a byte below 0x20 (or ≥ 0x80, caught anyway)
        let quoteOrAmpersand = hasZero(word | ones ^ ones &* 0x27) | hasZero(word ^ ones &* 0x22)  // ' & and "
        let angle = hasZero(word | ones &* 0x02 ^ ones &* 0x3E)  // < and >
        let delete = hasZero(word ^ ones &* 0x7F)
        return (word | controls | quoteOrAmpersand | angle | delete) & highs != 0
    }

    /// Sets the high bit of (at least) every byte of `word` that is zero.
    @inline(__always)
    private static func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
}
