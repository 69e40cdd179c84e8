extension JSONReader {
    /// The index of the first quote, backslash or control character at or after `index`, or
    /// `bytes.count` when there is none: where a run of plain string content ends.
    @inline(__always)
    func plainRunEnd(from index: Int) -> Int {
        var index = index
        let count = bytes.count
        guard let base = bytes.baseAddress else { return count }
        while index + 16 <= count {
            if let offset = Self.firstSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)) {
                return index + offset
            }
            index += 16
        }
        while index + 8 <= count {
            let mask = Self.specialBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if mask != 0 { return index + mask.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count, !Self.isSpecial(base[index]) { index += 1 }
        return index
    }

    /// Sixteen bytes at a time, in one SSE2 register (`SIMD16` compiles to `pcmpeqb` and
    /// `pmovmskb`): the offset of the first quote, backslash or control character in `chunk`, or nil.
    /// It halves the instructions of the eight-byte test below, and strings are most of the input.
    @inline(__always)
    private static func firstSpecial(_ chunk: SIMD16<UInt8>) -> Int? {
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let space = SIMD16<UInt8>(repeating: 0x20)
        let special = (chunk .== quote) .| (chunk .== backslash) .| (chunk .< space)
        guard any(special) else { return nil }
        let halves = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: special), to: SIMD2<UInt64>.self)
        return halves[0] != 0 ? halves[0].trailingZeroBitCount / 8 : 8 + halves[1].trailingZeroBitCount / 8
    }

    /// Eight bytes at a time, for the last bytes of the input: the high bit of each byte of
    /// the result is set where `word` holds a quote, a backslash or a control character. (The
    /// classic "has a zero byte" test; only bytes above the first match can be false alarms, and
    /// the caller uses the lowest one, in little-endian order the first byte in memory.)
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highs
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }
}
