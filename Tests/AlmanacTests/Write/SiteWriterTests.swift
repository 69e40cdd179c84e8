@testable import Almanac
import AlmanacMarkup
import Foundation
import Testing

@Suite("Writing the site: staged, journaled, incremental")
struct SiteWriterTests {
    private func files(_ contents: [String: String]) -> [PlannedFile] {
        contents.keys.sorted().map { path in PlannedFile(path: path, bytes: ByteBuffer(contents[path]!.utf8)) }
    }

    private let site = ["index.html": "home", "events/a/index.html": "A", "events/b/index.html": "B", "style.css": "css"]

    @Test("a first write creates every file; an unchanged rebuild writes none")
    func unchangedRebuildWritesNothing() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        let first = try SiteWriter(root: out).write(files(site))
        #expect(first.written == 4 && first.unchanged == 0)
        let before = FolderSnapshot(out, includeHidden: true)
        Thread.sleep(forTimeInterval: 0.01)
        let second = try SiteWriter(root: out).write(files(site))
        #expect(second.written == 0 && second.unchanged == 4 && second.deleted == 0)
        #expect(FolderSnapshot(out, includeHidden: true) == before)
        #expect(String(decoding: FileManager.default.contents(atPath: out + "/events/a/index.html")!, as: UTF8.self) == "A")
    }

    @Test("an output folder whose parents do not exist yet is made, parents and all")
    func nestedOutputFolder() throws {
        let folder = TemporaryFolder()
        let out = folder.child("public/space/site")
        let report = try SiteWriter(root: out).write(files(site))
        #expect(report.written == 4)
        #expect(FileManager.default.fileExists(atPath: out + "/events/a/index.html"))
    }

    @Test("a change rewrites only the changed file; a vanished file and its empty folder are removed")
    func changesOnly() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        _ = try SiteWriter(root: out).write(files(site))
        let before = FolderSnapshot(out)
        var next = site
        next["events/a/index.html"] = "A, moved to March"
        next["events/b/index.html"] = nil
        let report = try SiteWriter(root: out).write(files(next))
        #expect(report.written == 1 && report.deleted == 1 && report.unchanged == 2)
        let after = FolderSnapshot(out)
        #expect(after.files["events/a/index.html"] == Data("A, moved to March".utf8))
        #expect(after.files["events/b/index.html"] == nil)
        #expect(!FileManager.default.fileExists(atPath: out + "/events/b"))
        #expect(after.modified["index.html"] == before.modified["index.html"])
    }

    @Test("a folder Almanac did not write is refused without --force, adopted with it")
    func foreignFolder() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        #expect(throws: AlmanacError.self) { try SiteWriter(root: out).write(files(site)) }
        #expect(FolderSnapshot(out, includeHidden: true).files == ["notes.txt": Data("mine".utf8)])
        _ = try SiteWriter(root: out, force: true).write(files(site))
        #expect(FolderSnapshot(out).files.keys.sorted() == site.keys.sorted())
    }

    @Test("a failure before the commit leaves the previous site exactly as it was")
    func failureLeavesSiteIntact() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        _ = try SiteWriter(root: out).write(files(site))
        try FileManager.default.createDirectory(atPath: out + "/events/c", withIntermediateDirectories: true)
        try Data("someone else's".utf8).write(to: URL(fileURLWithPath: out + "/events/c/index.html"))
        let before = FolderSnapshot(out, includeHidden: true)
        var next = site
        next["index.html"] = "new home"
        next["events/c/index.html"] = "C"
        next["events/d/index.html"] = "D"
        #expect(throws: AlmanacError.self) { try SiteWriter(root: out).write(files(next)) }
        #expect(FolderSnapshot(out, includeHidden: true) == before)
        #expect(!FileManager.default.fileExists(atPath: out + "/events/d"))
    }

    @Test("an update committed by a run that then died is finished by the next run")
    func journalIsReplayed() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        _ = try SiteWriter(root: out).write(files(site))
        let state = out + "/.almanac"
        try FileManager.default.createDirectory(atPath: state + "/staging", withIntermediateDirectories: true)
        try Data("A2".utf8).write(to: URL(fileURLWithPath: state + "/staging/7"))
        var manifest = Manifest(text: String(decoding: FileManager.default.contents(atPath: state + "/manifest")!, as: UTF8.self))!
        manifest.entries["events/a/index.html"] = Manifest.Entry(size: 2, hash: ContentHash.of(ByteBuffer("A2".utf8)))
        manifest.entries["events/b/index.html"] = nil
        try Data(manifest.text.utf8).write(to: URL(fileURLWithPath: state + "/manifest.next"))
        let journal = Journal(moves: [("7", "events/a/index.html")], deletions: ["events/b/index.html"])
        try Data(journal.text.utf8).write(to: URL(fileURLWithPath: state + "/journal"))

        var next = site
        next["events/a/index.html"] = "A2"
        next["events/b/index.html"] = nil
        let report = try SiteWriter(root: out).write(files(next))
        #expect(report.written == 0)
        #expect(FolderSnapshot(out).files["events/a/index.html"] == Data("A2".utf8))
        #expect(!FileManager.default.fileExists(atPath: state + "/journal"))
    }

    @Test("paths that would leave the folder are refused before anything is written", arguments: [
        "../escape.html", "/etc/passwd", "a/../../b", "a//b", ".almanac/manifest", "a\\b", "./x", "",
    ])
    func unsafePaths(path: String) {
        let folder = TemporaryFolder()
        #expect(throws: AlmanacError.self) {
            try SiteWriter(root: folder.child("site")).write([PlannedFile(path: path, bytes: [1])])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.child("site") + "/.almanac/manifest"))
    }
}
