/// A JSON value with its indented text for one depth of nesting (two spaces a level), made once.
public struct WrittenJSON: Sendable, Hashable {
    public let value: JSON
    let indent: String
    let bytes: ByteBuffer

    public init(_ value: JSON, depth: Int) {
        self.value = value
        indent = String(repeating: "  ", count: depth)
        var bytes = ByteBuffer()
        value.write(into: &bytes, indent: indent)
        self.bytes = bytes
    }
}
