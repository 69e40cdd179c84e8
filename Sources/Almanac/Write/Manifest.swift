/// What Almanac wrote into an output folder: every file's path, size and content hash. It tells a
/// rebuild which files are unchanged (and need no write) and which files are Almanac's to replace
/// or delete. Stored as `.almanac/manifest`, one `hash size path` line per file, sorted by path.
struct Manifest: Equatable {
    struct Entry: Equatable {
        var size: Int
        var hash: UInt64
    }

    var entries: [String: Entry] = [:]

    static let header = "almanac-manifest 1"

    /// The manifest's text.
    var text: String {
        var text = Manifest.header + "\n"
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            text += "\(String(entry.hash, radix: 16)) \(entry.size) \(path)\n"
        }
        return text
    }

    /// Parses a manifest; nil when the text is not one (damaged or from another version).
    init?(text: String) {
        let lines = FieldLines.lines(text)
        guard lines.first == Substring(Manifest.header), lines.last == "" else { return nil }
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst().dropLast() {
            let fields = FieldLines.fields(line, at: UInt8(ascii: " "), maxFields: 3)
            guard fields.count == 3, !fields[2].isEmpty, let hash = UInt64(fields[0], radix: 16),
                  let size = Int(fields[1]) else { return nil }
            entries[String(fields[2])] = Entry(size: size, hash: hash)
        }
    }

    init() {}
}
