import Dispatch
import Foundation

/// Renders every planned file in parallel, hashes it, and writes to the staging folder only the files
/// whose content differs from what the previous manifest says is on disk. Staged files keep their
/// paths (`staging/events/x/index.html`), so that a folder new to the site moves whole.
struct Stager {
    var root: String
    var staging: String

    /// What staging found for one file.
    struct Outcome {
        var entry = Manifest.Entry(size: 0, hash: 0)
        var staged = false
    }

    /// Thread time spent rendering and writing, summed over threads.
    let clock = StageClock()

    /// One thread more than the cores: creating a file often waits on a lock in the kernel (its
    /// folder's, the journal's) — with one thread per core the stage kept only about 1.4 of 2 cores
    /// busy — and the extra thread renders meanwhile. Interleaved builds of 10,000 events here took
    /// a median 1.35 s with three threads against 1.87 s with two; at 100,000 the runs were too noisy
    /// to tell the two apart (14–19 s either way). Four gained nothing and cost memory.
    static let threads = ProcessInfo.processInfo.activeProcessorCount + 1

    func stage(_ files: [PlannedFile], previous: Manifest) throws -> [Outcome] {
        var outcomes = [Outcome](repeating: Outcome(), count: files.count)
        let failure = FirstError()
        // A full build stages every file: one thread makes the folders ahead of the writers.
        let folderMaker = previous.entries.isEmpty ? FolderMaker(makingFoldersOf: files.map(\.path), under: staging) : nil
        defer { folderMaker?.finish() }
        let chunk = 32
        let chunks = (files.count + chunk - 1) / chunk
        outcomes.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            ThreadPool.perform(iterations: chunks, threads: Stager.threads) { chunkIndex in
                let range = chunkIndex * chunk..<min(files.count, (chunkIndex + 1) * chunk)
                for index in range where !failure.isSet {
                    do {
                        let startsFolder = folderMaker == nil && (index == 0 || !Stager.sameFolder(files[index - 1].path, files[index].path))
                        results[index] = try stage(files[index], previous: previous, startsFolder: startsFolder)
                    } catch {
                        failure.record(error)
                    }
                }
            }
        }
        if let error = failure.error { throw error }
        return outcomes
    }

    /// `startsFolder`: the file is the first of its folder in planning order, so it makes the folder
    /// before creating the file. Another thread may stage a later file of that folder first (or the
    /// first may be unchanged), or the folder maker may not have made it yet; then the file makes
    /// the folder when it finds it missing.
    private func stage(_ file: PlannedFile, previous: Manifest, startsFolder: Bool) throws -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        let bytes = file.contents()
        let rendered = DispatchTime.now().uptimeNanoseconds
        defer { clock.add(render: rendered - started, write: DispatchTime.now().uptimeNanoseconds - rendered) }
        let entry = Manifest.Entry(size: bytes.count, hash: ContentHash.of(bytes))
        if previous.entries[file.path] == entry, FileOps.fileSize(root + "/" + file.path) == entry.size {
            return Outcome(entry: entry, staged: false)
        }
        try FileOps.write(bytes, to: staging + "/" + file.path, folders: startsFolder ? .madeFirst : .madeIfMissing)
        return Outcome(entry: entry, staged: true)
    }

    /// True when both paths are in the same folder.
    private static func sameFolder(_ one: String, _ other: String) -> Bool {
        let oneEnd = one.utf8.lastIndex(of: UInt8(ascii: "/")) ?? one.startIndex
        let otherEnd = other.utf8.lastIndex(of: UInt8(ascii: "/")) ?? other.startIndex
        return one[..<oneEnd] == other[..<otherEnd]
    }
}

/// Nanoseconds spent rendering and writing, added up from several threads.
final class StageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var totals: (render: UInt64, write: UInt64) = (0, 0)

    /// The share of the time spent rendering, 0...1.
    var renderShare: Double {
        lock.withLock { totals.render + totals.write == 0 ? 0 : Double(totals.render) / Double(totals.render + totals.write) }
    }

    func add(render: UInt64, write: UInt64) {
        lock.withLock { totals = (totals.render + render, totals.write + write) }
    }
}

/// The first error thrown by any of several threads.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: Error? { lock.withLock { stored } }

    func record(_ error: Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
