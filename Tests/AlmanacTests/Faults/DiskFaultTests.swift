import Foundation
import Testing

/// A disk that fills up or a folder that cannot be written: one clear line, exit 1, the previous
/// site exactly as it was.
@Suite("Disk faults keep the previous site", .serialized)
struct DiskFaultTests {
    private static let arguments = ["--now", "2026-01-15T00:00:00Z", "--base-url", "https://example.org/"]

    /// A first site of 50 events in `out`, and a larger input to build next.
    private func previousSite(in folder: TemporaryFolder) throws -> (out: String, next: String, before: FolderSnapshot) {
        let first = folder.child("first.json"), next = folder.child("next.json")
        try SyntheticInput.write(events: 50, to: first)
        try SyntheticInput.write(events: 300, to: next, renamedTo: " (moved)")
        let out = folder.child("site")
        #expect(try AlmanacProcess.run(["build", "--from", first, "--out", out] + Self.arguments).status == 0)
        return (out, next, FolderSnapshot(out, includeHidden: true))
    }

    @Test("writes fail as on a full disk (a file size limit): exit 1, one line, the site intact")
    func fullDisk() throws {
        let folder = TemporaryFolder()
        let (out, next, before) = try previousSite(in: folder)
        let command = "ulimit -f 8; exec '\(AlmanacProcess.executable)' build --from '\(next)' --out '\(out)' "
            + Self.arguments.joined(separator: " ")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", command + " 2>'\(folder.child("errors"))'"]
        try shell.run()
        shell.waitUntilExit()
        let errors = try String(contentsOfFile: folder.child("errors"), encoding: .utf8)
        #expect(shell.terminationStatus == 1)
        #expect(errors.split(separator: "\n").last?.hasPrefix("error: cannot write ") == true, "\(errors)")
        #expect(FolderSnapshot(out, includeHidden: true) == before)
    }

    @Test("a folder that cannot be written: exit 1, one line, the site intact",
          .enabled(if: Immutable.isAvailable, "needs chattr +i (root on ext4)"))
    func readOnlyFolder() throws {
        let folder = TemporaryFolder()
        let (out, next, before) = try previousSite(in: folder)
        try Immutable.set(true, on: out + "/events")
        defer { try? Immutable.set(false, on: out + "/events") }
        let run = try AlmanacProcess.run(["build", "--from", next, "--out", out] + Self.arguments)
        #expect(run.status == 1)
        #expect(run.errors.split(separator: "\n").last?.contains("Operation not permitted") == true, "\(run.errors)")
        #expect(FolderSnapshot(out, includeHidden: true) == before)
        try Immutable.set(false, on: out + "/events")
        #expect(try AlmanacProcess.run(["build", "--from", next, "--out", out] + Self.arguments).status == 0)
    }

    @Test("a real full disk (a 4 MB tmpfs in a private mount namespace): exit 1, the site intact",
          .enabled(if: PrivateMount.isAvailable, "needs unshare -m and mount (root)"))
    func realFullDisk() throws {
        let folder = TemporaryFolder()
        let first = folder.child("first.json"), next = folder.child("next.json")
        try SyntheticInput.write(events: 20, to: first)
        try SyntheticInput.write(events: 400, to: next, renamedTo: " (moved)")
        let disk = folder.child("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let almanac = "'\(AlmanacProcess.executable)' build --out '\(disk)/site' " + Self.arguments.joined(separator: " ")
        let script = """
        mount -t tmpfs -o size=4m tmpfs '\(disk)' || exit 9
        \(almanac) --from '\(first)' 2>/dev/null || exit 8
        before=$(cd '\(disk)/site' && find . -path ./.almanac -prune -o -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum)
        \(almanac) --from '\(next)' 2>'\(folder.child("errors"))'; status=$?
        after=$(cd '\(disk)/site' && find . -path ./.almanac -prune -o -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum)
        [ "$before" = "$after" ] || exit 7
        exit $status
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "/bin/sh", "-c", script]
        try process.run()
        process.waitUntilExit()
        let errors = (try? String(contentsOfFile: folder.child("errors"), encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 1, "status \(process.terminationStatus): \(errors)")
        #expect(errors.contains("No space left on device"), "\(errors)")
    }
}

/// `chattr +i`: a folder even root cannot add to.
enum Immutable {
    static let isAvailable: Bool = {
        let probe = NSTemporaryDirectory() + "/almanac-immutable-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? set(false, on: probe); try? FileManager.default.removeItem(atPath: probe) }
        guard (try? set(true, on: probe)) != nil else { return false }
        return !FileManager.default.createFile(atPath: probe + "/x", contents: nil)
    }()

    static func set(_ on: Bool, on path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [on ? "+i" : "-i", path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw AlmanacTestError("chattr failed") }
    }
}

/// `unshare -m` with `mount`: a throwaway file system visible to one process tree only.
enum PrivateMount {
    static let isAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "/bin/sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
