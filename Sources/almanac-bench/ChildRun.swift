import Almanac
import AlmanacModel
import Foundation

/// One measured build in its own process, so its peak resident memory is its own: a full build into
/// a new folder, or a rebuild of the same data into that folder (which writes nothing). It prints
/// one JSON line.
enum ChildRun {
    static let now = UTCTime(iso8601: "2026-01-15T12:00:00Z")!

    /// A full build, then a rebuild, each in a child process.
    static func spawn(data: String, output: String) throws -> BenchRow {
        var row = try run(["full", data, output])
        let rebuild = try run(["rebuild", data, output])
        row.rebuildSeconds = rebuild.total
        row.rebuildWritten = rebuild.rebuildWritten
        row.rebuildPeakMiB = rebuild.peakMiB
        return row
    }

    private static func run(_ arguments: [String]) throws -> BenchRow {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["--child"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let report = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("the \(arguments[0]) build of \(arguments[1]) failed") }
        return try JSONDecoder().decode(BenchRow.self, from: report)
    }

    /// `full|rebuild DATA OUTPUT`, in the child.
    static func main(_ arguments: [String]) -> Int32 {
        guard arguments.count == 3 else { return 2 }
        do {
            var options = BuildOptions(source: .files(arguments[1]), output: arguments[2], baseURL: nil, now: now)
            options.leavesModelToExit = true  // as `almanac build` does
            let started = DispatchTime.now().uptimeNanoseconds
            let summary = try BuildPipeline(options: options, log: { _ in }).run()
            var row = BenchRow(summary, seconds: seconds(since: started))
            row.rebuildWritten = summary.write.written
            row.peakMiB = peakResidentMiB()
            print(String(decoding: try JSONEncoder().encode(row), as: UTF8.self))
            return 0
        } catch {
            FileHandle.standardError.write(Data("build failed: \(error)\n".utf8))
            return 1
        }
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// VmHWM from /proc/self/status: the most memory this process has had resident.
    static func peakResidentMiB() -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
}
