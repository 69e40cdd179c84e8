/// Finds, sixteen and then eight bytes at a time, how far a run of bytes needs no escaping: most
/// text is plain ASCII letters and spaces, and testing a whole SSE2 register or 64-bit word at once
/// is several times cheaper than testing each byte. A word with any byte of interest stops the run;
/// the caller then looks at its bytes one by one. Every test also stops at non-ASCII bytes,
/// controls and DEL.
enum ByteRuns {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Where a run with none of `" & ' < >` ends (what markup escapes).
    static func plainMarkupRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        runEnd(bytes, from: start) { word in
            hasZero(word | ones ^ ones &* 0x27) | hasZero(word ^ ones &* 0x22)  // ' & and "
                | hasZero(word | ones &* 0x02 ^ ones &* 0x3E)  // < and >
        } specialInChunk: { chunk in
            chunk .== splat(0x22) .| chunk .== splat(0x26) .| chunk .== splat(0x27)
                .| chunk .== splat(0x3C) .| chunk .== splat(0x3E)
        }
    }

    /// Where a run with none of `" \` ends (what a JSON string escapes).
    static func plainJSONRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        runEnd(bytes, from: start) { word in hasZero(word ^ ones &* 0x22) | hasZero(word ^ ones &* 0x5C) }
            specialInChunk: { chunk in chunk .== splat(0x22) .| chunk .== splat(0x5C) }
    }

    /// Where a run with none of `\ ; ,` ends (what an iCalendar TEXT value escapes).
    static func plainICalendarTextRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        runEnd(bytes, from: start) { word in
            hasZero(word ^ ones &* 0x5C) | hasZero(word ^ ones &* 0x3B) | hasZero(word ^ ones &* 0x2C)
        } specialInChunk: { chunk in
            chunk .== splat(0x5C) .| chunk .== splat(0x3B) .| chunk .== splat(0x2C)
        }
    }

    /// The first index at or after `start`, in steps of eight, whose word may hold a byte that is not
    /// ASCII, a control character, DEL, or one that `special` flags (by setting its high bit) and
    /// `specialInChunk` finds in sixteen bytes.
    @inline(__always)
    private static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                               special: (UInt64) -> UInt64,
                               specialInChunk: (SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 16 <= bytes.count {
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if any(chunk .< splat(0x20) .| chunk .>= splat(0x7F) .| specialInChunk(chunk)) { break }
            index += 16
        }
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let controls = (word &- ones &* 0x20) & ~word  // a byte below 0x20 (or ≥ 0x80, caught anyway)
            let delete = hasZero(word ^ ones &* 0x7F)
            guard (word | controls | delete | special(word)) & highs == 0 else { break }
            index += 8
        }
        return index
    }

    /// Sixteen copies of `byte`. (Written out, `.==` against a bare literal picks a generic overload
    /// that compiles to a loop over the lanes.)
    @inline(__always)
    private static func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16<UInt8>(repeating: byte) }

    /// Sets the high bit of (at least) every byte of `word` that is zero.
    @inline(__always)
    private static func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
}
