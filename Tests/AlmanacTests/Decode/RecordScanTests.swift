@testable import Almanac
import Testing

@Suite("Scanning records on a thread of their own")
struct RecordScanTests {
    /// Every record of `json`, taken from a scan `lead` bytes ahead, in windows of 2 to 3 records.
    private func windows(_ json: String, lead: Int) throws -> [[Int]] {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            let scan = RecordScan(buffer, lead: lead)
            defer { scan.finish() }
            var windows: [[Int]] = []
            while let window = try scan.next(atLeast: 2, atMost: 3) {
                windows.append(window.map(\.start))
                scan.decoded(upTo: window.last!.end)
            }
            return windows
        }
    }

    @Test("hands out every record once, in order, in windows of at most the size asked")
    func inOrder() throws {
        let json = "[" + (0..<10).map { "{\"id\":\($0)}" }.joined(separator: ",") + "]"
        let starts = try Array(json.utf8).withUnsafeBufferPointer { try InputScanner.records(in: $0).map(\.start) }
        let windows = try windows(json, lead: 1 << 20)
        #expect(windows.flatMap { $0 } == starts)
        #expect(windows.allSatisfy { $0.count <= 3 })
    }

    @Test("a record longer than the lead does not stop the scan")
    func longRecord() throws {
        let long = String(repeating: "x", count: 5_000)
        let json = "[{\"id\":1,\"description\":\"\(long)\"},{\"id\":2},{\"id\":3,\"description\":\"\(long)\"}]"
        #expect(try windows(json, lead: 64).flatMap { $0 }.count == 3)
    }

    @Test("broken JSON throws the scanner's failure")
    func broken() {
        #expect(throws: JSONFailure.self) { try windows("[{\"id\":1},{\"id\":2},{\"id\":", lead: 8) }
    }
}
