@testable import Almanac
import Foundation
import Testing

/// The publisher's journey: `almanac build --from … --out …`, run as the command runs it.
@Suite("almanac build, end to end")
struct BuildCommandTests {
    private struct Run {
        var status: Int32
        var output: [String]
        var errors: [String]
    }

    private func almanac(_ arguments: [String]) -> Run {
        let output = LogLines()
        let errors = LogLines()
        let command = AlmanacCommand(output: { output.append($0) }, errors: { errors.append($0) },
                                     clock: { TestBuild.now })
        let status = command.run(arguments)
        return Run(status: status, output: output.lines, errors: errors.lines)
    }

    @Test("a site from every fixture: a page per event, type and station, and a one-line summary")
    func buildsFixtures() throws {
        let folder = TemporaryFolder()
        let run = almanac(["build", "--from", Fixtures.folder, "--out", folder.child("site"), "--base-url", "https://example.org/space/"])
        #expect(run.status == 0)
        #expect(run.errors.last?.hasPrefix("events 476 · types 29 · stations 15 · files ") == true)
        let files = FolderSnapshot(folder.child("site")).files
        #expect(files.keys.filter { $0.hasPrefix("events/") && $0.hasSuffix("/index.html") }.count == 476)
        #expect(files["style.css"] != nil && files["almanac.js"] != nil)
    }

    @Test("the same data and --now give byte-identical sites")
    func deterministic() throws {
        let folder = TemporaryFolder()
        for name in ["one", "two"] {
            #expect(almanac(["build", "--from", Fixtures.folder, "--out", folder.child(name), "--now", "2026-01-15T12:00:00Z"]).status == 0)
        }
        let one = FolderSnapshot(folder.child("one"), includeHidden: true).files
        let two = FolderSnapshot(folder.child("two"), includeHidden: true).files
        #expect(one.count > 500)
        #expect(one == two)
    }

    @Test("--now decides what is upcoming")
    func nowSplitsUpcoming() throws {
        let folder = TemporaryFolder()
        _ = almanac(["build", "--from", Fixtures.path("ll2"), "--out", folder.child("a"), "--now", "2020-01-01T00:00:00Z"])
        _ = almanac(["build", "--from", Fixtures.path("ll2"), "--out", folder.child("b"), "--now", "2030-01-01T00:00:00Z"])
        let early = String(decoding: FolderSnapshot(folder.child("a")).files["index.html"]!, as: UTF8.self)
        let late = String(decoding: FolderSnapshot(folder.child("b")).files["index.html"]!, as: UTF8.self)
        #expect(early.contains("22 events of 10 types, 22 coming up"))
        #expect(late.contains("0 coming up"))
    }

    @Test("unusable input: one clear line, exit 1, and the previous site stays exactly as it was")
    func failedBuildKeepsSite() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        #expect(almanac(["build", "--from", Fixtures.path("ll2"), "--out", out]).status == 0)
        let before = FolderSnapshot(out, includeHidden: true)

        let broken = folder.child("broken.json")
        try Data(#"{"count": 3, "results": [{"id": 1, "name": "#.utf8).write(to: URL(fileURLWithPath: broken))
        let truncated = almanac(["build", "--from", broken, "--out", out])
        #expect(truncated.status == 1)
        #expect(truncated.errors.last?.hasPrefix("error: \(broken) is not Launch Library 2 JSON") == true)

        let useless = folder.child("useless.json")
        try Data(#"[{"id": "x"}, {"name": 5}]"#.utf8).write(to: URL(fileURLWithPath: useless))
        let empty = almanac(["build", "--from", useless, "--out", out])
        #expect(empty.status == 1)
        #expect(empty.errors.last?.contains("no usable event") == true)

        let missing = almanac(["build", "--from", folder.child("nowhere"), "--out", out])
        #expect(missing.status == 1 && missing.errors.last?.contains("no such file or folder") == true)
        #expect(FolderSnapshot(out, includeHidden: true) == before)
    }

    @Test("usage errors print usage and exit 2", arguments: [
        ["build", "--from", "x", "--offline"], ["build", "--from"], ["build", "--from", "x", "--bogus"], ["publish"], [],
        ["build", "--from", "x", "--now", "tomorrow"], ["build", "--from", "x", "--base-url", "javascript:alert(1)"],
    ])
    func usageErrors(arguments: [String]) {
        let run = almanac(arguments)
        #expect(run.status == 2)
        #expect(run.errors.first?.contains("Usage:") == true)
    }

    @Test("--help and --version")
    func helpAndVersion() {
        #expect(almanac(["--help"]).output.first?.contains("almanac build --from PATH") == true)
        #expect(almanac(["--version"]).output == ["almanac \(Almanac.version)"])
    }
}
