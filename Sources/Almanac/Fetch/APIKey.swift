import Foundation

/// A Launch Library 2 API key. It prints as `<redacted>` however it is interpolated, dumped or
/// logged, so the only way to the secret is the `Authorization` header it builds.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    /// A key from the command line or the environment; nil when the text is blank.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        secret = trimmed
    }

    /// `Token KEY`, the value of the `Authorization` header.
    var authorizationValue: String { "Token \(secret)" }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "APIKey(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
