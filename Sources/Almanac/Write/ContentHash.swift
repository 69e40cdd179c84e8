import AlmanacMarkup

/// XXH64 of a byte buffer: a fast 64-bit content hash, so a rebuild can tell unchanged files
/// without reading them back.
enum ContentHash {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    static func of(_ bytes: ByteBuffer) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    private static func hash(_ data: UnsafeRawBufferPointer) -> UInt64 {
        let length = data.count
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v = (p1 &+ p2, p2, UInt64(0), 0 &- p1)
            while offset + 32 <= length {
                v.0 = round(v.0, read64(data, offset))
                v.1 = round(v.1, read64(data, offset + 8))
                v.2 = round(v.2, read64(data, offset + 16))
                v.3 = round(v.3, read64(data, offset + 24))
                offset += 32
            }
            h = rotl(v.0, 1) &+ rotl(v.1, 7) &+ rotl(v.2, 12) &+ rotl(v.3, 18)
            h = merge(merge(merge(merge(h, v.0), v.1), v.2), v.3)
        } else {
            h = p5
        }
        h &+= UInt64(length)
        while offset + 8 <= length {
            h ^= round(0, read64(data, offset))
            h = rotl(h, 27) &* p1 &+ p4
            offset += 8
        }
        if offset + 4 <= length {
            h ^= UInt64(data.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) &* p1
            h = rotl(h, 23) &* p2 &+ p3
            offset += 4
        }
        while offset < length {
            h ^= UInt64(data[offset]) &* p5
            h = rotl(h, 11) &* p1
            offset += 1
        }
        return avalanche(h)
    }

    @inline(__always) private static func read64(_ data: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        data.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* p1 &+ p4
    }

    @inline(__always) private static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= p2
        h ^= h >> 29
        h &*= p3
        h ^= h >> 32
        return h
    }
}
