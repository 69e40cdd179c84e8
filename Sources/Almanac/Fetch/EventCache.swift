import Foundation

/// The cache folder (`--cache`, default `.almanac-cache`):
/// - `events.json`: every event as a JSON array, each exactly as the API sent it, sorted by id;
/// - `sync-state.json`: the format version, when the last full and last fetch started, and how far
///   an interrupted full fetch got;
/// - `pending/page-NNNN.json`: the pages of that interrupted full fetch, as received;
/// - `.lock`: held while a run writes, so two runs never write at once.
/// Every file is replaced atomically, so a crash leaves the previous version whole.
struct EventCache: Sendable {
    var folder: String

    var eventsPath: String { folder + "/events.json" }
    var statePath: String { folder + "/sync-state.json" }
    var pendingFolder: String { folder + "/pending" }

    func pendingPagePath(_ number: Int) -> String {
        let digits = String(number)
        return pendingFolder + "/page-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".json"
    }

    var lockPath: String { folder + "/.lock" }

    /// Creates the folder if needed and takes the lock.
    func lock() throws -> OutputLock {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AlmanacError("cannot create the cache folder \(folder): \(error.oneLine)")
        }
        return try OutputLock(lockPath, what: "the cache \(folder)")
    }

    /// Removes the folder when it holds nothing but the lock: what a first run that failed made.
    func removeIfUnused() {
        guard FileOps.names(in: folder) == [".lock"] else { return }
        try? FileOps.remove(lockPath)
        FileOps.removeFolderIfEmpty(folder)
    }

    func saveEvents(_ events: EventSet) throws {
        try FileOps.writeAtomically(events.json, to: eventsPath)
    }

    func saveState(_ state: SyncState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileOps.writeAtomically(Array(try encoder.encode(state)) + [0x0A], to: statePath)
    }

    func savePendingPage(_ number: Int, _ bytes: [UInt8]) throws {
        try FileOps.makeFolder(pendingFolder)
        try FileOps.writeAtomically(bytes, to: pendingPagePath(number))
    }

    /// Removes the pages of a finished (or abandoned) full fetch.
    func clearPending() {
        FileOps.removeTree(pendingFolder)
    }
}
