/// Decides how staged files reach the site. A staged file whose folder the site already has moves
/// on its own; a file in a folder the site does not have yet moves with the highest such folder, in
/// one rename for the whole folder. So a first build moves a handful of top-level folders instead of
/// every file, and a new event moves as its folder. Every check happens here, before the commit:
/// no file Almanac did not write is in the way, and every folder that changes is writable.
struct MovePlanner {
    let root: String
    /// Skip looking for files in the way (the folder was new or empty when the build began).
    let inEmptyFolder: Bool
    private(set) var moves: [(staged: String, path: String)] = []
    /// Site folders known to exist and to be writable.
    private var existing: Set<String> = [""]
    /// Site folders that move whole from staging.
    private var movedFolders: Set<String> = []

    init(root: String, inEmptyFolder: Bool) {
        self.root = root
        self.inEmptyFolder = inEmptyFolder
    }

    /// Plans the move of the staged file at `path` (the same path in staging and in the site);
    /// `known` tells that Almanac wrote the file now at `path`, if any.
    mutating func add(_ path: String, known: Bool) throws {
        for folder in FoldersAbove(path) {
            if movedFolders.contains(folder) { return }
            if try siteHasFolder(folder) { continue }
            movedFolders.insert(folder)
            moves.append((folder, folder))
            return
        }
        if !inEmptyFolder, !known, FileOps.exists(root + "/" + path) {
            throw AlmanacError("\(root)/\(path) was not written by Almanac; pass --force to replace it")
        }
        moves.append((path, path))
    }

    /// Checks that the file at `path` can be deleted: its folder, if the site has it, is writable.
    mutating func checkDeletion(_ path: String) throws {
        for folder in FoldersAbove(path) {
            guard try siteHasFolder(folder) else { return }
        }
    }

    /// True when the site has `folder` (and it is writable); false when nothing is there.
    private mutating func siteHasFolder(_ folder: String) throws -> Bool {
        if existing.contains(folder) { return true }
        let full = root + "/" + folder
        if FileOps.isFolder(full) {
            guard FileOps.isWritableFolder(full) else { throw FileOps.failure("cannot write to", full) }
            existing.insert(folder)
            return true
        }
        if FileOps.exists(full) { throw AlmanacError("cannot create the folder \(full): a file is in the way") }
        return false
    }

    /// The folders above `path`, outermost first: `a/b/c.html` → `a`, `a/b`.
    static func folders(of path: String) -> [String] { Array(FoldersAbove(path)) }
}

/// The folders above a path, outermost first, made one at a time (planning stops at the first
/// folder the site lacks, usually the outermost).
struct FoldersAbove: Sequence, IteratorProtocol {
    private let path: String
    private var rest: Substring

    init(_ path: String) {
        self.path = path
        rest = Substring(path)
    }

    mutating func next() -> String? {
        guard let slash = rest.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        rest = path[path.utf8.index(after: slash)...]
        return String(path[..<slash])
    }
}
