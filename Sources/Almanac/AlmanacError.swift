import Foundation

/// A failure that stops the run, with the one line the user sees.
public struct AlmanacError: Error, CustomStringConvertible, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Error {
    /// The error on one line, for messages.
    var oneLine: String {
        if let error = self as? AlmanacError { return error.message }
        let text = (self as NSError).localizedDescription
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
