import Foundation
import Testing

/// A build killed at any moment (SIGKILL) leaves the previous site exactly as it was — or, once it
/// has committed its journal, a state the next run finishes — and the next run succeeds.
@Suite("Killed builds lose nothing", .serialized)
struct CrashTests {
    /// Enough events for a build to take a moment, few enough for a quick test.
    static let events = 400

    @Test("SIGKILL while decoding, while staging, and around the commit")
    func killedBuilds() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        let first = folder.child("first.json"), second = folder.child("second.json")
        try SyntheticInput.write(events: CrashTests.events, to: first)
        try SyntheticInput.write(events: CrashTests.events, to: second, renamedTo: " (moved)")
        let arguments = { (input: String, output: String) in
            ["build", "--from", input, "--out", output, "--now", "2026-01-15T00:00:00Z", "--base-url", "https://example.org/"]
        }
        #expect(try AlmanacProcess.run(arguments(first, out)).status == 0)
        #expect(try AlmanacProcess.run(arguments(second, folder.child("reference"))).status == 0)
        let previous = FolderSnapshot(out)
        let reference = FolderSnapshot(folder.child("reference"))
        #expect(previous.files.count > 2 * CrashTests.events && previous.files != reference.files)

        for moment in KillMoment.allCases {
            let process = try AlmanacProcess.start(arguments(second, out), log: folder.child("log"))
            moment.wait(for: out, process: process)
            AlmanacProcess.kill(process)
            let now = FolderSnapshot(out)
            let committed = FileManager.default.fileExists(atPath: out + "/.almanac/journal")
            #expect(now.files == previous.files || committed || now.files == reference.files,
                    "killed \(moment): the site is neither the previous one nor a committed update")
            if committed {
                #expect(try AlmanacProcess.run(arguments(second, out)).status == 0)
                #expect(FolderSnapshot(out).files == reference.files)
                return
            }
        }
        #expect(try AlmanacProcess.run(arguments(second, out)).status == 0)
        #expect(FolderSnapshot(out).files == reference.files)
        #expect(!FileManager.default.fileExists(atPath: out + "/.almanac/staging"))
        #expect(!FileManager.default.fileExists(atPath: out + "/.almanac/journal"))
    }
}

/// When to kill a build, by what it has done so far.
enum KillMoment: CaseIterable, CustomStringConvertible {
    case early, firstStagedFile, halfStaged, committed

    var description: String { "\(self)" }

    /// Waits (at most 20 s) until the build in `output` reaches this moment, or ends.
    func wait(for output: String, process: Process) {
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline, !reached(output) { usleep(500) }
    }

    private func reached(_ output: String) -> Bool {
        let staged = KillMoment.stagedFiles(in: output)
        switch self {
        case .early: return true
        case .firstStagedFile: return staged > 0
        case .halfStaged: return staged > CrashTests.events
        case .committed: return FileManager.default.fileExists(atPath: output + "/.almanac/journal")
        }
    }

    /// The files staged so far: they keep their site paths under `.almanac/staging/`.
    private static func stagedFiles(in output: String) -> Int {
        guard let walk = FileManager.default.enumerator(atPath: output + "/.almanac/staging") else { return 0 }
        var count = 0
        while walk.nextObject() != nil {
            if walk.fileAttributes?[.type] as? FileAttributeType == .typeRegular { count += 1 }
        }
        return count
    }
}
