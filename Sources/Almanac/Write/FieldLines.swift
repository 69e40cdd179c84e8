/// Line-and-field parsing for the writer's own text files (manifest, journal), on UTF-8 bytes: a
/// manifest has a line per file, and splitting `Character`s costs ten times more.
enum FieldLines {
    /// The lines of `text`; the text after the last line break is the last element.
    static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// `line` split into at most `maxFields` fields at `separator`.
    static func fields(_ line: Substring, at separator: UInt8, maxFields: Int) -> [Substring] {
        line.utf8.split(separator: separator, maxSplits: maxFields - 1, omittingEmptySubsequences: false)
            .map { Substring($0) }
    }
}
