import Foundation

/// The recorded Launch Library 2 data in `Tests/Fixtures/` (copied from `../shared/fixtures/`).
enum Fixtures {
    /// `Tests/Fixtures`.
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures").path
    }()

    /// `Tests/Hostile/hostile-events.json`: every field hostile (see its README).
    static let hostile: String = {
        var url = URL(fileURLWithPath: folder)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Hostile/hostile-events.json").path
    }()

    /// The path of a fixture, e.g. `ll2/event-1201-2.3.0-detailed.json`.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// The bytes of a fixture.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }
}
