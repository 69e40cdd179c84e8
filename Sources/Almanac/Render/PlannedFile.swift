import AlmanacMarkup

/// One file of the site: where it goes and how to produce its bytes. Producing is deferred so the
/// writer can render, compare and write in parallel without holding the whole site in memory.
public struct PlannedFile: Sendable {
    /// The path from the site root, made only of slugs and fixed names (`events/x/index.html`).
    public let path: String
    public let contents: @Sendable () -> ByteBuffer

    public init(path: String, contents: @escaping @Sendable () -> ByteBuffer) {
        self.path = path
        self.contents = contents
    }

    /// A file whose bytes are already known.
    public init(path: String, bytes: ByteBuffer) {
        self.init(path: path, contents: { bytes })
    }
}
