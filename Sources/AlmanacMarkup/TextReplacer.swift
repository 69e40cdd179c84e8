/// The loop every escaper shares: copies UTF-8 text to the output in runs, replacing the bytes a
/// classifier picks out.
enum TextReplacer {
    /// Appends `string` to `out`; `classify` returns, for the byte at an index, how many bytes to
    /// replace there (0 keeps the byte) and the replacement.
    @inline(__always)
    static func append(_ string: String, to out: inout String,
                       replacing classify: (UnsafeBufferPointer<UInt8>, Int) -> (Int, String)) {
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let (width, replacement) = classify(bytes, index)
                if width == 0 {
                    index += 1
                    continue
                }
                flush(bytes, from: runStart, to: index, into: &out)
                out += replacement
                index += width
                runStart = index
            }
            flush(bytes, from: runStart, to: index, into: &out)
        }
    }

    @inline(__always)
    private static func flush(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout String) {
        guard end > start else { return }
        out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
