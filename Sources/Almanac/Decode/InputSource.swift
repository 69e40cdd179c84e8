import Foundation
import Glibc

/// The bytes of one input file (mapped, not read into memory) or buffer, kept open so events can be
/// read again while their pages are rendered.
final class InputSource: @unchecked Sendable {
    /// The file's path or the buffer's name, for messages.
    let name: String
    private let storage: Storage

    private enum Storage {
        case mapped(fd: Int32, base: UnsafeMutableRawPointer, count: Int)
        case memory(Data)
    }

    init(name: String, data: Data) {
        self.name = name
        storage = .memory(data)
    }

    /// Maps the file at `path` read-only.
    init(mapping path: String) throws {
        name = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileOps.failure("cannot read", path) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); throw FileOps.failure("cannot read", path) }
        let count = Int(info.st_size)
        guard count > 0, let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            close(fd)
            if count == 0 { throw AlmanacError("\(path) is empty") }
            throw FileOps.failure("cannot map", path)
        }
        storage = .mapped(fd: fd, base: base, count: count)
    }

    deinit {
        if case .mapped(let fd, let base, let count) = storage {
            munmap(base, count)
            close(fd)
        }
    }

    /// How many bytes the source holds.
    var count: Int {
        switch storage {
        case .mapped(_, _, let count): return count
        case .memory(let data): return data.count
        }
    }

    /// Calls `body` with all of the bytes.
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        switch storage {
        case .mapped(_, let base, let count):
            return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
        case .memory(let data):
            return try data.withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Lets the system drop the mapped pages before `offset` from this process's memory; they are
    /// read from the file again if touched.
    func release(before offset: Int) {
        guard case .mapped(_, let base, _) = storage else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let length = offset / page * page
        if length > 0 { madvise(base, length, MADV_DONTNEED) }
    }

    /// A copy of the bytes in `range`, read with `pread` for a file so the mapping is not touched.
    func bytes(_ range: Range<Int>) -> [UInt8] {
        switch storage {
        case .mapped(let fd, _, _):
            var bytes = [UInt8](repeating: 0, count: range.count)
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, range.count, off_t(range.lowerBound)) }
            return read == range.count ? bytes : []
        case .memory(let data):
            return [UInt8](data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound])
        }
    }
}
