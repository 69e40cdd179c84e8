extension String {
    /// The text on one line: every run of white space, line breaks included, becomes one space.
    /// For labels such as categories, which readers show on one line and which XML attributes would
    /// otherwise normalize on their own (a line break in `term="…"` reads back as a space).
    var oneLine: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
