/// `events 1,143 · types 27 · stations 6 · pages 1,180 · written 12 · 0.4 s`.
enum SummaryLine {
    static func text(_ summary: BuildSummary) -> String {
        var parts = ["events \(grouped(summary.events))", "types \(grouped(summary.types))",
                     "stations \(grouped(summary.stations))", "files \(grouped(summary.write.files))",
                     "written \(grouped(summary.write.written))"]
        if summary.write.deleted > 0 { parts.append("deleted \(grouped(summary.write.deleted))") }
        if summary.skippedEvents > 0 { parts.append("skipped \(grouped(summary.skippedEvents))") }
        let tenths = Int((summary.timings.reduce(0) { $0 + $1.seconds } * 10).rounded())
        parts.append("\(tenths / 10).\(tenths % 10) s")
        return parts.joined(separator: " · ")
    }

    /// `1 request`, `1,143 events`.
    static func counted(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `1,143`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
