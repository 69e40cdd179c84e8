import Glibc

/// An exclusive lock on an output folder or cache, so two runs never write it at once.
final class OutputLock {
    private let fd: Int32

    init(_ path: String, what: String) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileOps.failure("cannot create the lock file", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw AlmanacError("another almanac run is using \(what); try again when it has finished")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
