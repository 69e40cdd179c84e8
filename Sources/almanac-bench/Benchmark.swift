import Foundation

/// Measures the real pipeline on synthetic data sets of N events (from `../shared/tools/gen-events`),
/// each run in a child process so its peak memory is its own, and measures the floor in the same
/// run: writing the same files with the same bytes and nothing else. Prints one row per N with the
/// median of the runs. Output folders are new for every run and removed at the end, because on
/// these machines creating files soon after deleting many is several times slower.
enum Benchmark {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.first == "--child" { return ChildRun.main(Array(arguments.dropFirst())) }
        do {
            let options = try BenchOptions(arguments)
            let work = options.work ?? FileManager.default.temporaryDirectory.appendingPathComponent("almanac-bench").path
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            var rows: [BenchRow] = []
            var outputs: [String] = []
            defer { outputs.forEach { try? FileManager.default.removeItem(atPath: $0) } }
            for size in options.sizes {
                let data = try options.data ?? Dataset.path(events: size, in: work, generator: options.generator)
                var runs: [BenchRow] = []
                for run in 1...options.runs {
                    let output = "\(work)/out-\(size)-\(run)-\(getpid())"
                    let floorFolder = output + "-floor"
                    outputs += [output, floorFolder]
                    var row = try ChildRun.spawn(data: data, output: output)
                    row.floorSeconds = try FloorWriter.measure(copying: output, into: floorFolder)
                    runs.append(row)
                    FileHandle.standardError.write(Data("N=\(size) run \(run): \(row.summaryLine)\n".utf8))
                }
                rows.append(BenchRow.median(of: runs))
            }
            print(BenchRow.table(rows, runs: options.runs))
            return 0
        } catch {
            FileHandle.standardError.write(Data("almanac-bench: \(error)\n".utf8))
            return 1
        }
    }
}

/// `[N…] [--runs R] [--data FILE] [--gen PATH] [--work DIR]`.
struct BenchOptions {
    var sizes = [1_000, 10_000, 100_000]
    var runs = 3
    var data: String?
    /// Where data sets and outputs go (default: the system's temporary folder).
    var work: String?
    var generator = Dataset.defaultGenerator

    init(_ arguments: [String]) throws {
        var sizes: [Int] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs": runs = try Int(rest.popFirst() ?? "").orThrow("--runs needs a number")
            case "--data": data = try rest.popFirst().orThrow("--data needs a file")
            case "--gen": generator = try rest.popFirst().orThrow("--gen needs a path")
            case "--work": work = try rest.popFirst().orThrow("--work needs a folder")
            default: sizes.append(try Int(argument.replacingOccurrences(of: ",", with: "")).orThrow("not a number: \(argument)"))
            }
        }
        if !sizes.isEmpty { self.sizes = sizes }
        if data != nil && sizes.isEmpty { self.sizes = [0] }
    }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw BenchError(message) }
        return self
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
