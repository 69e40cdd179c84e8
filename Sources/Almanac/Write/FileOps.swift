import Glibc

/// Thin, throwing wrappers over the POSIX calls the writer needs; errors name the path and the
/// system's reason.
enum FileOps {
    /// What `write` does about the folders above the file.
    enum Folders {
        /// Nothing: they exist.
        case existing
        /// Makes them when the file cannot be created for lack of them.
        case madeIfMissing
        /// Makes them first: the file is likely the first of a new folder, and failing to create
        /// it first would cost a path lookup.
        case madeFirst
    }

    /// Writes `bytes` to the file at `path`.
    static func write(_ bytes: some Collection<UInt8>, to path: String, folders: Folders = .existing) throws {
        try write(to: path, folders: folders) { emit in try emit(bytes) }
    }

    /// Writes the pieces `produce` hands to `emit`, in order, to the file at `path`: a large file
    /// need not be in memory all at once.
    static func write(to path: String, folders: Folders = .existing,
                      _ produce: (_ emit: (any Collection<UInt8>) throws -> Void) throws -> Void) throws {
        let parent = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) }
        if folders == .madeFirst, let parent { try makeFolders(parent) }
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT, folders == .madeIfMissing, let parent {
            try makeFolders(parent)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure("cannot create", path) }
        defer { close(fd) }
        try produce { bytes in try writeAll(bytes, to: fd, path: path) }
    }

    /// Writes every byte, however many calls it takes. (Arrays and byte buffers are contiguous.)
    private static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32, path: String) throws {
        let written: Void? = try bytes.withContiguousStorageIfAvailable { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += count
            }
        }
        if written == nil { try writeAll(Array(bytes), to: fd, path: path) }
    }

    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    /// Creates the folder; false when it already existed.
    @discardableResult
    static func makeFolder(_ path: String) throws -> Bool {
        if mkdir(path, 0o755) == 0 { return true }
        if errno == EEXIST, isFolder(path) { return false }
        throw failure("cannot create the folder", path)
    }

    /// Creates the folder and any missing folders above it (`mkdir -p`): one `mkdir` when only the
    /// folder itself is missing.
    static func makeFolders(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || (errno == EEXIST && isFolder(path)) { return }
        guard errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex else {
            throw failure("cannot create the folder", path)
        }
        try makeFolders(String(path[..<slash]))
        try makeFolder(path)
    }

    static func rename(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else { throw failure("cannot move \(source) to", destination) }
    }

    /// Moves a file unless there is none at `source` (one rename, no extra stat on success).
    static func renameIfPresent(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) != 0 else { return }
        let reason = errno
        if reason == ENOENT, !exists(source) { return }
        errno = reason
        throw failure("cannot move \(source) to", destination)
    }

    /// Removes a file; a file that is already gone is not an error.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot remove", path) }
    }

    /// Removes a folder if it is empty; anything else is left as it is.
    static func removeFolderIfEmpty(_ path: String) {
        _ = rmdir(path)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a regular file; nil when there is none at `path`.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    static func isWritableFolder(_ path: String) -> Bool { access(path, W_OK | X_OK) == 0 }

    /// The names in a folder, without `.` and `..`; empty when it cannot be read.
    static func names(in path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes a folder and everything in it.
    static func removeTree(_ path: String) {
        for name in names(in: path) {
            let child = path + "/" + name
            var info = stat()
            if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                removeTree(child)
            } else {
                unlink(child)
            }
        }
        rmdir(path)
    }

    static func failure(_ action: String, _ path: String) -> AlmanacError {
        AlmanacError("\(action) \(path): \(String(cString: strerror(errno)))")
    }
}
