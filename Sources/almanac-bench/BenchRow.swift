import Almanac
import Foundation

/// One measured build, or the median of several.
struct BenchRow: Codable {
    var events = 0
    var files = 0
    var bytes = 0
    var decode = 0.0
    var normalize = 0.0
    var render = 0.0
    var write = 0.0
    var total = 0.0
    var peakMiB = 0.0
    var floorSeconds = 0.0
    var rebuildSeconds = 0.0
    var rebuildWritten = 0
    var rebuildPeakMiB = 0.0
    /// Total over floor, in this run (the median of runs takes the median of these).
    var ratio: Double { total / max(floorSeconds, 0.0001) }
    var medianRatio = 0.0

    init(_ summary: BuildSummary, seconds: Double) {
        events = summary.events
        files = summary.write.files
        bytes = summary.write.bytes
        decode = summary.seconds("decode")
        normalize = summary.seconds("normalize")
        render = summary.seconds("render")
        write = summary.seconds("write")
        total = seconds
    }

    var summaryLine: String {
        String(format: "%.2f s total (decode %.2f, normalize %.2f, render %.2f, write %.2f), floor %.2f s, rebuild %.2f s, peak %.0f MiB (rebuild %.0f)",
               total, decode, normalize, render, write, floorSeconds, rebuildSeconds, peakMiB, rebuildPeakMiB)
    }

    /// Each column's median over `runs`.
    static func median(of runs: [BenchRow]) -> BenchRow {
        func middle<T: Comparable>(_ key: KeyPath<BenchRow, T>) -> T { runs.map { $0[keyPath: key] }.sorted()[runs.count / 2] }
        var row = runs[0]
        row.decode = middle(\.decode)
        row.normalize = middle(\.normalize)
        row.render = middle(\.render)
        row.write = middle(\.write)
        row.total = middle(\.total)
        row.peakMiB = middle(\.peakMiB)
        row.floorSeconds = middle(\.floorSeconds)
        row.rebuildSeconds = middle(\.rebuildSeconds)
        row.rebuildWritten = middle(\.rebuildWritten)
        row.rebuildPeakMiB = middle(\.rebuildPeakMiB)
        row.medianRatio = middle(\.ratio)
        return row
    }

    static func table(_ rows: [BenchRow], runs: Int) -> String {
        var lines = ["median of \(runs) run\(runs == 1 ? "" : "s"), seconds of wall time; total/floor is the median of each run's own ratio",
                     "| events | files | MB | decode | normalize | render | write | total | µs/event | floor | total/floor | rebuild (files written) | peak MiB |",
                     "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for row in rows {
            lines.append(String(format: "| %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f | %.1f× | %.2f (%d) | %.0f |",
                                row.events, row.files, Double(row.bytes) / 1e6, row.decode, row.normalize, row.render, row.write,
                                row.total, row.total / Double(max(row.events, 1)) * 1e6, row.floorSeconds,
                                row.medianRatio, row.rebuildSeconds, row.rebuildWritten, row.peakMiB))
        }
        return lines.joined(separator: "\n")
    }
}
