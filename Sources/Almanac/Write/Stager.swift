import Dispatch
import Foundation

/// Renders every planned file in parallel, hashes it, and writes to the staging folder only the files
/// whose content differs from what the previous manifest says is on disk.
struct Stager {
    var root: String
    var staging: String

    /// What staging found for one file.
    struct Outcome {
        var entry = Manifest.Entry(size: 0, hash: 0)
        var staged = false
    }

    func stage(_ files: [PlannedFile], previous: Manifest) throws -> [Outcome] {
        var outcomes = [Outcome](repeating: Outcome(), count: files.count)
        let failure = FirstError()
        let chunk = 32
        let chunks = (files.count + chunk - 1) / chunk
        outcomes.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                let range = chunkIndex * chunk..<min(files.count, (chunkIndex + 1) * chunk)
                for index in range where !failure.isSet {
                    do {
                        results[index] = try stage(files[index], name: String(index), previous: previous)
                    } catch {
                        failure.record(error)
                    }
                }
            }
        }
        if let error = failure.error { throw error }
        return outcomes
    }

    private func stage(_ file: PlannedFile, name: String, previous: Manifest) throws -> Outcome {
        let bytes = file.contents()
        let entry = Manifest.Entry(size: bytes.count, hash: ContentHash.of(bytes))
        if previous.entries[file.path] == entry, FileOps.fileSize(root + "/" + file.path) == entry.size {
            return Outcome(entry: entry, staged: false)
        }
        try FileOps.write(bytes, to: staging + "/" + name)
        return Outcome(entry: entry, staged: true)
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
