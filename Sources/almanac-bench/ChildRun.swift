import Almanac
import AlmanacModel
import Foundation

/// One measured build in its own process: a full build into a new folder, then a rebuild of the
/// same data into the same folder (which writes nothing), reported as one JSON line with the
/// process's peak resident memory.
enum ChildRun {
    static let now = UTCTime(iso8601: "2026-01-15T12:00:00Z")!

    static func spawn(data: String, output: String) throws -> BenchRow {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["--child", data, output]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let report = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("the build of \(data) failed") }
        return try JSONDecoder().decode(BenchRow.self, from: report)
    }

    static func main(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2 else { return 2 }
        do {
            let options = BuildOptions(source: .files(arguments[0]), output: arguments[1], baseURL: nil, now: now)
            let pipeline = BuildPipeline(options: options, log: { _ in })
            let started = DispatchTime.now().uptimeNanoseconds
            let full = try pipeline.run()
            let fullSeconds = seconds(since: started)
            let rebuildStarted = DispatchTime.now().uptimeNanoseconds
            let rebuild = try pipeline.run()
            var row = BenchRow(full, seconds: fullSeconds)
            row.rebuildSeconds = seconds(since: rebuildStarted)
            row.rebuildWritten = rebuild.write.written
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
