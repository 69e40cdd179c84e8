import Foundation

/// The synthetic data sets, generated once per size and kept in the work folder.
enum Dataset {
    /// `../shared/tools/gen-events` beside this checkout.
    static let defaultGenerator: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/tools/gen-events").path
    }()

    static func path(events: Int, in folder: String, generator: String) throws -> String {
        let path = "\(folder)/events-\(events).json"
        if FileManager.default.fileExists(atPath: path) { return path }
        FileHandle.standardError.write(Data("generating \(events) events with \(generator)…\n".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator, String(events)]
        _ = FileManager.default.createFile(atPath: path + ".tmp", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path + ".tmp"))
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("gen-events failed for \(events)") }
        try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
        return path
    }
}
