/// The list of moves and deletions that turns the previous site into the new one. It is written
/// (atomically) only when every new file is staged, so a run that dies before that changes nothing,
/// and a run that dies after it is finished by the next run, which replays the journal.
struct Journal {
    /// Staged file name → destination path, both relative to the output folder.
    var moves: [(staged: String, path: String)] = []
    var deletions: [String] = []

    static let header = "almanac-journal 1"

    var text: String {
        var text = Journal.header + "\n"
        for move in moves { text += "M\t\(move.staged)\t\(move.path)\n" }
        for path in deletions { text += "D\t\(path)\n" }
        return text + "end\n"
    }

    /// Parses a journal; nil when it is incomplete or damaged (it was then never committed).
    init?(text: String) {
        let lines = FieldLines.lines(text)
        guard lines.first == Substring(Journal.header), lines.suffix(2) == ["end", ""] else { return nil }
        for line in lines.dropFirst().dropLast(2) {
            let fields = FieldLines.fields(line, at: UInt8(ascii: "\t"), maxFields: 3)
            switch (fields.first, fields.count) {
            case ("M", 3): moves.append((String(fields[1]), String(fields[2])))
            case ("D", 2): deletions.append(String(fields[1]))
            default: return nil
            }
        }
    }

    init(moves: [(staged: String, path: String)], deletions: [String]) {
        self.moves = moves
        self.deletions = deletions
    }
}
