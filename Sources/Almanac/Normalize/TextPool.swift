/// Equal strings stored once: the events a mapper maps in turn repeat the same credits, titles,
/// comments and descriptions, and kept events would otherwise hold a copy of each.
struct TextPool {
    private var strings: Set<String> = []
    /// False for text that is not kept (nothing to gain from hashing it): then only cleaned.
    var isSharing = true

    /// `raw` cleaned (see `String.cleaned`); an earlier string equal to it when there was one.
    mutating func cleaned(_ raw: String?) -> String? {
        guard let text = raw.cleaned else { return nil }
        // Up to 15 UTF-8 bytes a string is stored inline, with nothing to share.
        guard isSharing, text.utf8.count > 15 else { return text }
        return strings.insert(text).memberAfterInsert
    }
}
