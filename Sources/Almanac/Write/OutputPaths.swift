/// The last guard before the disk: every planned path stays inside the output folder.
enum OutputPaths {
    /// Throws unless every path is relative, made of ordinary names (no `.`, `..`, empty names,
    /// backslashes or control characters), outside `.almanac/`, and unique.
    static func check(_ paths: [String]) throws {
        var seen = Set<String>()
        seen.reserveCapacity(paths.count)
        for path in paths {
            guard isSafe(path) else { throw AlmanacError("refusing to write outside the output folder: \(path.debugDescription)") }
            guard seen.insert(path).inserted else { throw AlmanacError("two files would be written to \(path)") }
        }
    }

    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            var nameStart = 0
            for index in 0...bytes.count {
                if index < bytes.count, bytes[index] != UInt8(ascii: "/") {
                    guard isOrdinary(bytes[index]) else { return false }
                    continue
                }
                guard isOrdinary(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), first: nameStart == 0) else {
                    return false
                }
                nameStart = index + 1
            }
            return true
        }
    }

    private static func isOrdinary(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\\")
    }

    private static func isOrdinary(_ name: UnsafeBufferPointer<UInt8>, first: Bool) -> Bool {
        !name.isEmpty && !name.elementsEqual(".".utf8) && !name.elementsEqual("..".utf8)
            && !(first && name.elementsEqual(".almanac".utf8))
    }
}
