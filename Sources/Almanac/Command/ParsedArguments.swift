/// Command-line arguments split into a subcommand, options and flags, by hand: `--name value`,
/// `--name=value` and bare `--flag`.
struct ParsedArguments {
    var command: String?
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` (without the program name) against the options that take a value and the
    /// flags that do not; throws a `UsageError` for anything else.
    init(_ arguments: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("--") else {
                guard command == nil else { throw UsageError("unexpected argument '\(argument)'") }
                command = argument
                continue
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            if flagOptions.contains(name) {
                guard inline == nil else { throw UsageError("--\(name) takes no value") }
                flags.insert(name)
            } else if valueOptions.contains(name) {
                guard let value = inline ?? remaining.popFirst(), inline != nil || !value.hasPrefix("--") else {
                    throw UsageError("--\(name) needs a value")
                }
                values[name] = value
            } else {
                throw UsageError("unknown option '--\(name)'")
            }
        }
    }

    /// Throws a usage error for the first of `names` that was given, saying why it has no use.
    func reject(_ names: [String], _ context: String) throws {
        for name in names where values[name] != nil || flags.contains(name) {
            throw UsageError("--\(name) has no use \(context)")
        }
    }
}

/// A mistake in how the command was called: usage is printed and the exit status is 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
