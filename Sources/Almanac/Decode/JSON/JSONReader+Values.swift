import AlmanacModel

extension JSONReader {
    /// A string value.
    mutating func string() throws(JSONFailure) -> String {
        let kind = try peek()
        guard kind == .string else { throw JSONFailure.type(expected: .string, found: kind) }
        return try readStringBody()
    }

    /// A whole number (`12`, or `12.0`).
    mutating func int() throws(JSONFailure) -> Int {
        let kind = try peek()
        guard kind == .number else { throw JSONFailure.type(expected: .number, found: kind) }
        let start = position
        var value = 0
        let negative = consume(UInt8(ascii: "-"))
        var digits = 0
        while position < bytes.count, (48...57).contains(bytes[position]), digits < 18 {
            value = value * 10 + Int(bytes[position] - 48)
            position += 1
            digits += 1
        }
        if digits > 0, position < bytes.count, !Self.continuesNumber(bytes[position]) {
            return negative ? -value : value
        }
        position = start
        let number = try double()
        guard number.rounded() == number, abs(number) < 9e15 else { throw JSONFailure.invalid("expected a whole number") }
        return Int(number)
    }

    /// Any number.
    mutating func double() throws(JSONFailure) -> Double {
        let kind = try peek()
        guard kind == .number else { throw JSONFailure.type(expected: .number, found: kind) }
        let start = position
        while position < bytes.count, Self.continuesNumber(bytes[position]) || bytes[position] == UInt8(ascii: "-") {
            position += 1
        }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) else {
            throw JSONFailure.syntax("invalid number", at: start)
        }
        return value
    }

    mutating func bool() throws(JSONFailure) -> Bool {
        let kind = try peek()
        guard kind == .bool else { throw JSONFailure.type(expected: .bool, found: kind) }
        if bytes[position] == UInt8(ascii: "t") { try expectWord("true"); return true }
        try expectWord("false")
        return false
    }

    /// An ISO 8601 timestamp string.
    mutating func time() throws(JSONFailure) -> UTCTime {
        let start = position
        if let bytes = try plainStringBytes(), let time = UTCTime(iso8601UTF8: bytes) { return time }
        position = start
        let text = try string()
        guard let time = UTCTime(iso8601: text) else {
            throw JSONFailure.invalid("not a date: \(text.prefix(40).debugDescription)")
        }
        return time
    }

    /// Skips one value of any kind. Containers are skipped by counting brackets outside strings,
    /// without reading their members: fast, and enough to find where the value ends (unknown
    /// fields are skipped, not checked).
    mutating func skipValue() throws(JSONFailure) {
        switch try peek() {
        case .object, .array: try skipContainer()
        case .string: try skipStringBody()
        case .number: try skipNumber()
        case .bool: _ = try bool()
        case .null: try expectWord("null")
        }
    }

    /// Skips a number: a plain integer by its digits, anything else by reading it as `double()` does
    /// (so a malformed number fails the same way).
    private mutating func skipNumber() throws(JSONFailure) {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        let digits = position
        while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
        if position > digits, position == bytes.count || !(Self.continuesNumber(bytes[position]) || bytes[position] == UInt8(ascii: "-")) {
            return
        }
        position = start
        _ = try double()
    }

    private mutating func skipContainer() throws(JSONFailure) {
        var depth = 0
        var index = position
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = try stringEnd(quote: index)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    position = index + 1
                    return
                }
            default:
                break
            }
            index += 1
        }
        throw JSONFailure.syntax("the data ends inside an object or list", at: position)
    }

    private static func continuesNumber(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
    }
}
