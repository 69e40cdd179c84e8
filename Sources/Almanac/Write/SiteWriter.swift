import Dispatch

/// What writing the site did.
public struct WriteReport: Sendable, Equatable {
    public var files = 0
    public var written = 0
    public var unchanged = 0
    public var deleted = 0
    public var bytes = 0
    /// The share of the writer's time spent rendering files rather than writing them, 0...1.
    public var renderShare = 0.0
    public var warnings: [String] = []
}

/// Writes a site into its output folder so that the previous site survives any failure: new and
/// changed files are first staged in `.almanac/staging/`, then a journal of moves and deletions is
/// committed, then applied. A run that fails or dies before the commit leaves the folder exactly as
/// it was; a run that dies after it is finished by the next one. Unchanged files (by the content
/// hash in `.almanac/manifest`) are not written at all. Files Almanac did not write are never
/// replaced or deleted unless `force` is set.
struct SiteWriter {
    var root: String
    var force = false

    private var state: String { root + "/.almanac" }
    private var staging: String { state + "/staging" }
    private var manifestPath: String { state + "/manifest" }
    private var journalPath: String { state + "/journal" }

    func write(_ files: [PlannedFile]) throws -> WriteReport {
        try OutputPaths.check(files.map(\.path))
        var report = WriteReport(files: files.count)
        let (previous, lock, startedEmpty) = try openOutput(report: &report)
        defer { withExtendedLifetime(lock) {} }
        try FileOps.makeFolder(staging)
        let committed: Journal?
        do {
            let stager = Stager(root: root, staging: staging)
            let outcomes = try stager.stage(files, previous: previous)
            report.renderShare = stager.clock.renderShare
            let journal = try plan(files, outcomes, previous: previous, inEmptyFolder: startedEmpty)
            report.written = outcomes.reduce(0) { $0 + ($1.staged ? 1 : 0) }
            report.unchanged = files.count - report.written
            report.deleted = journal.deletions.count
            report.bytes = outcomes.reduce(0) { $0 + $1.entry.size }
            // Every file either matches its previous entry or was staged, so the manifest changes
            // exactly when a file was staged or deleted.
            let manifest = files.indices.lazy.map { (path: files[$0].path, entry: outcomes[$0].entry) }
            committed = try commit(journal, manifest: manifest) ? journal : nil
        } catch {
            FileOps.removeTree(staging)
            throw error
        }
        // Past the commit the staged files belong to the journal: a failure from here on leaves
        // them for the next run, which finishes the update.
        if let committed { try apply(committed) }
        try clearLeftovers()
        return report
    }

    // MARK: - Opening the output folder

    /// Creates or checks the folder, locks it, finishes an interrupted update, and reads the
    /// manifest of the previous site. Also tells whether the folder was new or empty: then no file
    /// can be in the way of the new site.
    private func openOutput(report: inout WriteReport) throws -> (Manifest, OutputLock, startedEmpty: Bool) {
        if !FileOps.exists(root) {
            try FileOps.makeFolders(root)
        } else if !FileOps.isFolder(root) {
            throw AlmanacError("\(root) exists and is not a folder")
        }
        let isAlmanacFolder = FileOps.isFolder(state)
        let existing = FileOps.names(in: root)
        guard isAlmanacFolder || existing.isEmpty || force else {
            throw AlmanacError("\(root) holds files that Almanac did not write; choose another --out or pass --force to replace them")
        }
        guard FileOps.isWritableFolder(root) else { throw FileOps.failure("cannot write to", root) }
        try FileOps.makeFolder(state)
        let lock = try OutputLock(state + "/lock", what: root)
        try recover()
        if let text = FileOps.read(manifestPath) {
            if let manifest = Manifest(text: String(decoding: text, as: UTF8.self)) { return (manifest, lock, false) }
            report.warnings.append("\(manifestPath) is damaged; every file will be written again")
        }
        return (adopted(), lock, existing.isEmpty)
    }

    /// The files already in the folder, as a manifest that matches none of them: each is replaced or
    /// deleted. Used with `--force` and when the manifest is damaged.
    private func adopted() -> Manifest {
        var manifest = Manifest()
        func walk(_ relative: String) {
            for name in FileOps.names(in: root + "/" + relative) where !(relative.isEmpty && name == ".almanac") {
                let path = relative.isEmpty ? name : relative + "/" + name
                if FileOps.isFolder(root + "/" + path) { walk(path) } else {
                    manifest.entries[path] = Manifest.Entry(size: -1, hash: 0)
                }
            }
        }
        walk("")
        return manifest
    }

    /// Applies a committed journal (this run's, or one a previous run committed but did not
    /// complete) and clears leftovers.
    private func recover() throws {
        if let text = FileOps.read(journalPath) {
            if let journal = Journal(text: String(decoding: text, as: UTF8.self)) {
                try apply(journal)
            } else {
                try FileOps.remove(journalPath)
            }
        }
        try clearLeftovers()
    }

    /// Removes the staging folder and half-written state files.
    private func clearLeftovers() throws {
        FileOps.removeTree(staging)
        try FileOps.remove(journalPath + ".tmp")
        try FileOps.remove(manifestPath + ".next")
    }

    // MARK: - Planning, committing, applying

    /// The journal for the staged files and the files the new site no longer has (see `MovePlanner`).
    private func plan(_ files: [PlannedFile], _ outcomes: [Stager.Outcome], previous: Manifest,
                      inEmptyFolder: Bool) throws -> Journal {
        var planner = MovePlanner(root: root, inEmptyFolder: inEmptyFolder)
        for (file, outcome) in zip(files, outcomes) where outcome.staged {
            try planner.add(file.path, known: previous.entries[file.path] != nil)
        }
        let paths = previous.entries.isEmpty ? [] : Set(files.map(\.path))
        let deletions = previous.entries.keys.filter { !paths.contains($0) }.sorted()
        for path in deletions { try planner.checkDeletion(path) }
        return Journal(moves: planner.moves, deletions: deletions)
    }

    /// Writes the new manifest and then the journal; false when there was nothing to commit.
    private func commit(_ journal: Journal, manifest: some Sequence<(path: String, entry: Manifest.Entry)>) throws -> Bool {
        guard !journal.moves.isEmpty || !journal.deletions.isEmpty else { return false }
        try FileOps.write(to: manifestPath + ".next") { emit in try Manifest.write(manifest, to: emit) }
        try FileOps.writeAtomically(Array(journal.text.utf8), to: journalPath)
        return true
    }

    /// Moves staged files into place, deletes what the new site no longer has, and installs the new
    /// manifest. Safe to repeat: a move whose staged file is gone was already done.
    private func apply(_ journal: Journal) throws {
        try applyMoves(journal.moves)
        for path in journal.deletions {
            try FileOps.remove(root + "/" + path)
            removeEmptyFolders(above: path)
        }
        if FileOps.exists(manifestPath + ".next") {
            try FileOps.rename(manifestPath + ".next", to: manifestPath)
        }
        try FileOps.remove(journalPath)
    }

    /// Moves staged files into place on both cores; a move whose staged file is gone was done.
    private func applyMoves(_ moves: [(staged: String, path: String)]) throws {
        let failure = FirstError()
        let parts = moves.count > 1000 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for move in moves[(moves.count * part / parts)..<(moves.count * (part + 1) / parts)] where !failure.isSet {
                do {
                    try FileOps.renameIfPresent(staging + "/" + move.staged, to: root + "/" + move.path)
                } catch {
                    failure.record(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }

    private func removeEmptyFolders(above path: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            FileOps.removeFolderIfEmpty(root + "/" + folder)
        }
    }
}
