/// Values a process keeps until it exits, freed by the kernel in one go rather than object by object.
enum LeftToExit {
    /// Keeps `value` alive for the rest of the process; it is never released.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
