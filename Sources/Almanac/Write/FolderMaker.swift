import Foundation

/// Makes the folders of a site's files, in order, on a thread of its own, while the writers render
/// and write ahead of it: they then create files in folders that already exist, and never make two
/// folders of one parent at once. Creating a folder locks its parent, and when every writer made
/// its own event folders they spun on the lock of `events/`: at 10,000 events that was a third of
/// the kernel time beyond the floor's (perf), which makes its folders first on one thread as well.
/// A writer that overtakes the maker makes the folder itself (see `FileOps.Folders.madeIfMissing`);
/// a folder the maker cannot make is left for the writer, which then reports why.
final class FolderMaker: @unchecked Sendable {
    private let done = DispatchGroup()
    private let lock = NSLock()
    private var stopped = false

    init(makingFoldersOf paths: [String], under root: String) {
        done.enter()
        Thread.detachNewThread { [self] in
            for folder in FolderMaker.folders(of: paths) where !isStopped {
                try? FileOps.makeFolders(root + "/" + folder)
            }
            done.leave()
        }
    }

    /// Stops making folders (the writers are done or failed) and waits for the thread to end.
    func finish() {
        lock.withLock { stopped = true }
        done.wait()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// The folders of `paths`, each once, in order of first use (files of a folder come together).
    private static func folders(of paths: [String]) -> [Substring] {
        var folders: [Substring] = []
        for path in paths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = path[..<slash]
            if folder != folders.last { folders.append(folder) }
        }
        return folders
    }
}
