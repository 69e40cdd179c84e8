import AlmanacMarkup

/// What Almanac wrote into an output folder: every file's path, size and content hash. It tells a
/// rebuild which files are unchanged (and need no write) and which files are Almanac's to replace
/// or delete. Stored as `.almanac/manifest`, one `hash size path` line per file, in planning order.
struct Manifest: Equatable {
    struct Entry: Equatable {
        var size: Int
        var hash: UInt64
    }

    var entries: [String: Entry] = [:]

    static let header = "almanac-manifest 1"

    /// The manifest's text, entries sorted by path.
    var text: String {
        var bytes = ByteBuffer()
        Manifest.write(entries.keys.sorted().map { (path: $0, entry: entries[$0]!) }) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a manifest of `entries`, in their order (the order the site's files were planned
    /// in: deterministic, and no sorting of a hundred thousand paths), handed to `emit` about 64 KB
    /// at a time: whole, it would be 12 MB at 200,000 files, held at the end of a build.
    static func write<Entries: Sequence<(path: String, entry: Entry)>>(_ entries: Entries,
                                                                       to emit: (any Collection<UInt8>) throws -> Void) rethrows {
        let piece = 1 << 16
        var out = ByteBuffer(capacity: piece + 4096)
        out.append(Manifest.header + "\n")
        for (path, entry) in entries {
            Manifest.append(entry.hash, radix: 16, to: &out)
            out.append(UInt8(ascii: " "))
            if entry.size < 0 { out.append(UInt8(ascii: "-")) }
            Manifest.append(UInt64(entry.size.magnitude), radix: 10, to: &out)
            out.append(UInt8(ascii: " "))
            out.append(path)
            out.append(UInt8(ascii: "\n"))
            if out.count >= piece {
                try emit(out)
                out.truncate(to: 0)
            }
        }
        try emit(out)
    }

    /// `value` in lowercase digits of `radix` (10 or 16), without leading zeros.
    private static func append(_ value: UInt64, radix: UInt64, to out: inout ByteBuffer) {
        var divisor: UInt64 = 1
        while value / divisor >= radix { divisor *= radix }
        while divisor > 0 {
            let digit = UInt8(value / divisor % radix)
            out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            divisor /= radix
        }
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
