extension ByteRuns {
    /// The first index at or after `start`, in steps of eight, whose word may hold a byte that is
    /// not ASCII, a control character, DEL, or one of `\ ; ,` (what an iCalendar TEXT value escapes).
    static func plainICalendarTextRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard !mayNeedICalendarTextEscape(word) else { break }
            index += 8
        }
        return index
    }

    @inline(__always)
    private static func mayNeedICalendarTextEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Sets the high bit of (at least) every byte of `word` that is zero.
        func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
        let controls = (word &- ones &* 0x20) & ~word  // a byte below 0x20 (or ≥ 0x80, caught anyway)
        let escaped = hasZero(word ^ ones &* 0x5C) | hasZero(word ^ ones &* 0x3B) | hasZero(word ^ ones &* 0x2C)
        let delete = hasZero(word ^ ones &* 0x7F)
        return (word | controls | escaped | delete) & 0x8080_8080_8080_8080 != 0
    }
}
