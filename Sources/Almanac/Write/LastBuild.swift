/// How many events the last good build of an output folder published (`.almanac/last-build`), so a
/// build that would publish far fewer — events lost upstream or on the way, not deleted — stops
/// instead of replacing a good site, and any drop at all is said.
struct LastBuild {
    var output: String

    /// A drop of more than this share of the events stops the build unless it is allowed.
    static let tolerableLoss = 0.1

    private var path: String { output + "/.almanac/last-build" }

    /// The last good build's event count, if this folder has one.
    var eventCount: Int? {
        guard let bytes = FileOps.read(path) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasPrefix("events ") ? Int(text.dropFirst(7).prefix { $0.isNumber }) : nil
    }

    /// Throws when `count` loses more than `tolerableLoss` of the last build's events; otherwise the
    /// warning to give, if any event was lost.
    func check(_ count: Int, allowingFewer allowed: Bool) throws -> String? {
        guard let previous = eventCount, count < previous else { return nil }
        let lost = previous - count
        let share = Int((Double(lost) / Double(previous) * 100).rounded())
        let message = "this build has \(count) events, \(lost) (\(share)%) fewer than the \(previous) of the last one"
        if Double(lost) > Double(previous) * LastBuild.tolerableLoss && !allowed {
            throw AlmanacError("\(message); the previous site was left as it was. If those events were really removed upstream, build again with --allow-fewer-events")
        }
        return message
    }

    /// Records a good build.
    func record(_ count: Int) throws {
        try FileOps.writeAtomically(Array("events \(count)\n".utf8), to: path)
    }
}
