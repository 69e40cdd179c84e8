import AlmanacMarkup
import Testing

@Suite("Byte buffers append, grow and copy like arrays")
struct ByteBufferTests {
    @Test("appends of every kind keep their order across many growths")
    func appends() {
        var buffer = ByteBuffer()
        var expected: [UInt8] = []
        for round in 0..<500 {
            let piece = Array("piece \(round);".utf8)
            piece.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(UInt8(ascii: "|"))
            buffer.append("→")
            buffer.append(StaticString("<br>"))
            expected += piece + [UInt8(ascii: "|")] + Array("→".utf8) + Array("<br>".utf8)
        }
        #expect(buffer.count == expected.count)
        #expect(Array(buffer) == expected)
    }

    @Test("a copy is a value: appending to one leaves the other as it was")
    func copyOnWrite() {
        var original = ByteBuffer(capacity: 1024)
        original.append("shared")
        var copy = original
        copy.append(" and more")
        original.append("!")
        #expect(String(decoding: original, as: UTF8.self) == "shared!")
        #expect(String(decoding: copy, as: UTF8.self) == "shared and more")
    }

    @Test("truncating keeps the first bytes, and leaves a copy whole")
    func truncate() {
        var buffer = ByteBuffer("BEGIN:VEVENT".utf8)
        let copy = buffer
        buffer.truncate(to: 5)
        buffer.append(StaticString("!"))
        #expect(String(decoding: buffer, as: UTF8.self) == "BEGIN!")
        #expect(String(decoding: copy, as: UTF8.self) == "BEGIN:VEVENT")
        buffer.truncate(to: 0)
        #expect(buffer.isEmpty)
    }

    @Test("equal bytes are equal and hash alike, whatever their capacity")
    func equality() {
        var small = ByteBuffer()
        small.append("same")
        var roomy = ByteBuffer(capacity: 4096)
        roomy.append("same")
        #expect(small == roomy)
        #expect(Set([small, roomy]).count == 1)
        roomy.append("r")
        #expect(small != roomy)
        #expect(ByteBuffer() == ByteBuffer(capacity: 8))
    }
}
