import Foundation

/// The built `almanac` executable, run as a real child process (it sits beside the test bundle).
enum AlmanacProcess {
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = bundle.deletingLastPathComponent()
        if bundle.pathExtension != "xctest" { folder = bundle.deletingLastPathComponent() }
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("almanac").path),
              folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("almanac").path
    }()

    /// Starts `almanac` with `arguments`; its standard error goes to `log`.
    static func start(_ arguments: [String], log: String, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `almanac` to the end; its exit status and standard error.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
        let log = NSTemporaryDirectory() + "almanac-run-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let process = try start(arguments, log: log, environment: environment)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// Kills the process at once, as a power cut or the OOM killer would.
    static func kill(_ process: Process) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
