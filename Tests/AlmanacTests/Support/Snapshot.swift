import Foundation
import Testing

/// Golden files: compares output with `Tests/AlmanacTests/Snapshots/<name>`, byte for byte.
/// `ALMANAC_RECORD_SNAPSHOTS=1 swift test` writes the current output as the new golden file and
/// fails, so a baseline is never recorded by accident; read the new file before committing it.
enum Snapshot {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Snapshots").path
    }()

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD_SNAPSHOTS"] == "1" {
            try! Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(name): read it, then run the tests again without ALMANAC_RECORD_SNAPSHOTS",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden file \(name); record it with ALMANAC_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expectedText = String(decoding: expected, as: UTF8.self)
        guard expectedText != actual else { return }
        Issue.record("output differs from \(name) at line \(firstDifferentLine(expectedText, actual))",
                     sourceLocation: sourceLocation)
    }

    private static func firstDifferentLine(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "\(index + 1):\n  golden: \(l.prefix(200))\n  actual: \(r.prefix(200))" }
        }
        return "?"
    }
}
