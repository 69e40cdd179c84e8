import Foundation

/// Where large values are freed, off the path the build waits on: at the process's exit, by the
/// kernel in one go rather than object by object, or on a thread of their own.
enum Freeing {
    /// Keeps `value` alive for the rest of the process; it is never released.
    static func atExit<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    /// Lets go of `value` on another thread: freeing ten thousand decoded events one by one took
    /// the main thread 8 ms while the other core had nothing to do.
    static func onAnotherThread<Value: Sendable>(_ value: consuming Value) {
        Thread.detachNewThread { [value] in _ = value }
    }

    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
