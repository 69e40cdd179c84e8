import Foundation

/// Runs `iterations` calls of a body on `threads` threads of its own, each taking the next
/// iteration when it is done with one. Unlike `DispatchQueue.concurrentPerform`, which keeps one
/// thread per core, it can run more threads than cores: a thread blocked in the kernel (creating a
/// file waits on its folder's lock) then leaves its core to one that renders.
enum ThreadPool {
    static func perform(iterations: Int, threads: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let next = NextIndex()
        let done = DispatchGroup()
        for _ in 0..<max(1, min(threads, iterations)) {
            done.enter()
            Thread.detachNewThread {
                while let index = next.take(below: iterations) { body(index) }
                done.leave()
            }
        }
        done.wait()
    }
}

/// A counter that several threads take indexes from.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
