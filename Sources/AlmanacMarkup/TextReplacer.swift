/// The loop every escaper shares: copies UTF-8 text to the output in runs, replacing the bytes a
/// classifier picks out.
enum TextReplacer {
    /// Appends `string` to `out`; `classify` returns, for the byte at an index, how many bytes to
    /// replace there (0 keeps the byte) and the replacement. `plainRunEnd`, given an index, may
    /// return a later one when every byte between needs no replacement, so they are not classified.
    @inline(__always)
    static func append(_ string: String, to out: inout ByteBuffer,
                       skipping plainRunEnd: (UnsafeBufferPointer<UInt8>, Int) -> Int = { $1 },
                       replacing classify: (UnsafeBufferPointer<UInt8>, Int) -> (Int, StaticString)) {
        // Not `withUTF8Bytes`: inlined here with the callers' closures it measured slower.
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                index = plainRunEnd(bytes, index)
                guard index < bytes.count else { break }
                let (width, replacement) = classify(bytes, index)
                if width == 0 {
                    index += 1
                    continue
                }
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(replacement)
                index += width
                runStart = index
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
    }
}
