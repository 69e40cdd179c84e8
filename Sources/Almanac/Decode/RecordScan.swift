import Foundation

/// Finds a document's records on a thread of its own while the caller decodes the ones found so
/// far. The scan is the one part of decoding that cannot be shared out between cores (a record
/// ends where its brackets close, outside strings), and run first on its own it kept one core idle
/// for 5% of a build. It keeps at most `lead` bytes ahead of the decoded records, so the mapped
/// input behind the decoder can still be let go and memory stays bounded.
final class RecordScan: @unchecked Sendable {
    private let condition = NSCondition()
    private var found: [InputRecordRange] = []
    private var handedOut = 0
    /// How many found records the caller waits for: it is woken only when they are there.
    private var awaited = Int.max
    private var decodedEnd = 0
    private var outcome: JSONFailure??
    private var stopped = false
    private let lead: Int

    /// Starts scanning `bytes`, which must stay valid until `finish()` returns.
    init(_ bytes: UnsafeBufferPointer<UInt8>, lead: Int = 32 << 20) {
        self.lead = lead
        nonisolated(unsafe) let bytes = bytes
        Thread.detachNewThread { [self] in
            var failure: JSONFailure?
            do throws(JSONFailure) {
                try InputScanner.scan(bytes) { record in publish(record) }
            } catch {
                failure = error
            }
            condition.withLock {
                outcome = .some(failure)
                condition.broadcast()
            }
        }
    }

    /// The next records in document order: waits until `atLeast` of them are found or the scan has
    /// ended; nil once every record was handed out. Throws when the document is broken.
    func next(atLeast minimum: Int, atMost maximum: Int) throws(JSONFailure) -> [InputRecordRange]? {
        condition.lock()
        defer { condition.unlock() }
        awaited = handedOut + minimum
        if found.count < awaited { condition.broadcast() }  // a scan held back by `lead` goes on
        while outcome == nil && found.count < awaited { condition.wait() }
        awaited = .max
        if case .some(.some(let failure)) = outcome { throw failure }
        guard handedOut < found.count else { return nil }
        let end = min(found.count, handedOut + maximum)
        let records = Array(found[handedOut..<end])
        handedOut = end
        return records
    }

    /// The caller has decoded the input before `offset`: the scan may run `lead` bytes past it.
    func decoded(upTo offset: Int) {
        condition.withLock {
            decodedEnd = offset
            condition.broadcast()
        }
    }

    /// Stops the scan if it is still going and waits for its thread to end.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while outcome == nil { condition.wait() }
    }

    private func publish(_ record: InputRecordRange) {
        condition.lock()
        defer { condition.unlock() }
        found.append(record)
        if found.count >= awaited { condition.broadcast() }
        // Held back only while the caller has records to decode: a record longer than `lead` or a
        // caller waiting for more must not stop the scan.
        while record.end - decodedEnd > lead && awaited == .max && !stopped { condition.wait() }
    }
}
