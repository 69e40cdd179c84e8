@testable import Almanac
import AlmanacModel
import Testing

@Suite("Repeated text and lists are stored once, never mixed up")
struct SharedStorageTests {
    @Test("an equal list is handed back as the one seen before; a list with the same ids but other content is kept as it is")
    func lists() {
        var pool = SharedLists<Agency>()
        var nasa = Agency(id: 44, name: "National Aeronautics and Space Administration")
        nasa.abbreviation = "NASA"
        let first = pool.shared([nasa])
        let again = pool.shared([nasa])
        #expect(again == first)
        #expect(again.withUnsafeBufferPointer { $0.baseAddress } == first.withUnsafeBufferPointer { $0.baseAddress })
        var renamed = nasa
        renamed.abbreviation = "NASA HQ"
        let other = pool.shared([renamed])
        #expect(other == [renamed])
        #expect(pool.shared([]).isEmpty)
    }

    @Test("text is cleaned, and an equal string seen before is returned in its place")
    func text() {
        var pool = TextPool()
        let long = "Spacewalk to replace a trunnion pin assembly"
        #expect(pool.cleaned("  \(long)\r\n") == long)
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(storage(copy) != storage(long))
        #expect(storage(pool.cleaned(copy)!) == storage(pool.cleaned(long)!))
        #expect(pool.cleaned("   ") == nil)
        #expect(pool.cleaned(nil) == nil)
        #expect(pool.cleaned("EVA") == "EVA")
    }

    private func storage(_ text: String) -> UnsafePointer<UInt8>? {
        text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
    }
}
