@testable import Almanac
import Foundation
import Testing

@Suite("Planning moves: a folder new to the site moves whole")
struct MovePlannerTests {
    @Test("a first build moves top-level folders and files, not every file")
    func firstBuild() throws {
        let folder = TemporaryFolder()
        let root = folder.child("site")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var planner = MovePlanner(root: root, inEmptyFolder: true)
        for path in ["index.html", "events/a/index.html", "events/a/event.ics", "events/b/index.html", "types/eva/index.html"] {
            try planner.add(path, known: false)
        }
        #expect(planner.moves.map(\.path) == ["index.html", "events", "types"])
        #expect(planner.moves.allSatisfy { $0.staged == $0.path })
    }

    @Test("into an existing site, a new event moves as its folder and a changed file on its own")
    func incremental() throws {
        let folder = TemporaryFolder()
        let root = folder.child("site")
        try FileManager.default.createDirectory(atPath: root + "/events/a", withIntermediateDirectories: true)
        try Data("A".utf8).write(to: URL(fileURLWithPath: root + "/events/a/index.html"))
        var planner = MovePlanner(root: root, inEmptyFolder: false)
        try planner.add("events/a/index.html", known: true)
        try planner.add("events/new/index.html", known: false)
        try planner.add("events/new/event.ics", known: false)
        #expect(planner.moves.map(\.path) == ["events/a/index.html", "events/new"])
    }

    @Test("a file Almanac did not write, or a file where a folder must go, stops the plan")
    func inTheWay() throws {
        let folder = TemporaryFolder()
        let root = folder.child("site")
        try FileManager.default.createDirectory(atPath: root + "/events", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: root + "/events/index.html"))
        try Data("a file".utf8).write(to: URL(fileURLWithPath: root + "/types"))
        var planner = MovePlanner(root: root, inEmptyFolder: false)
        #expect(throws: AlmanacError.self) { try planner.add("events/index.html", known: false) }
        #expect(throws: AlmanacError.self) { try planner.add("types/eva/index.html", known: false) }
        #expect(planner.moves.isEmpty)
    }

    @Test func foldersOutermostFirst() {
        #expect(MovePlanner.folders(of: "a/b/c.html") == ["a", "a/b"])
        #expect(MovePlanner.folders(of: "index.html") == [])
    }
}
