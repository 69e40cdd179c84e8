import Foundation

extension String {
    /// The text with surrounding white space removed and line endings made `\n`; nil when empty.
    /// Escaping is not done here: templates escape for where the text lands.
    var cleaned: String? {
        var text = self
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Optional where Wrapped == String {
    /// `cleaned` of the string, or nil.
    var cleaned: String? { self?.cleaned }
}
