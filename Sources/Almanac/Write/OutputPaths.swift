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
        let names = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = names.first, first != ".almanac" else { return false }
        return names.allSatisfy { name in
            !name.isEmpty && name != "." && name != ".."
                && name.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\\") }
        }
    }
}
