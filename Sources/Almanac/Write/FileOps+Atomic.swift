import Glibc

extension FileOps {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to the disk, then renames it over
    /// `path`: a crash at any moment leaves either the old file or the new one, never a mix.
    static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String) throws {
        let temporary = path + ".tmp"
        try write(bytes, to: temporary)
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        guard fd >= 0, fsync(fd) == 0 else {
            if fd >= 0 { close(fd) }
            throw failure("cannot flush", temporary)
        }
        close(fd)
        try rename(temporary, to: path)
    }
}
