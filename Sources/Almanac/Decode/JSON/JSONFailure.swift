/// Why JSON could not be read: broken syntax (the whole document is unusable) or a value of the
/// wrong kind (the record that holds it is skipped), with the path to the value.
struct JSONFailure: Error, Sendable {
    enum Reason: Sendable {
        case syntax(String, offset: Int)
        case wrongKind(expected: String, found: String)
        case invalid(String)
        case missing
    }

    var reason: Reason
    /// Outermost first: `["vid_urls", "[0]", "start_time"]`.
    var path: [String] = []

    static func syntax(_ message: String, at offset: Int) -> JSONFailure {
        JSONFailure(reason: .syntax(message, offset: offset))
    }

    static func type(expected: JSONKind, found: JSONKind) -> JSONFailure {
        JSONFailure(reason: .wrongKind(expected: expected.rawValue, found: found.rawValue))
    }

    static func invalid(_ message: String) -> JSONFailure { JSONFailure(reason: .invalid(message)) }

    static let missing = JSONFailure(reason: .missing)

    /// `vid_urls[0].start_time`.
    var dottedPath: String {
        path.reduce("") { text, part in
            part.hasPrefix("[") ? text + part : (text.isEmpty ? part : text + "." + part)
        }
    }

    /// The reason on one line.
    var message: String {
        switch reason {
        case .syntax(let message, let offset): return "\(message) at byte \(offset)"
        case .wrongKind(let expected, let found): return "expected \(expected), found \(found)"
        case .invalid(let message): return message
        case .missing: return "required field is missing"
        }
    }

    /// The failure with `part` in front of its path.
    func inside(_ part: String) -> JSONFailure {
        var failure = self
        failure.path.insert(part, at: 0)
        return failure
    }
}
