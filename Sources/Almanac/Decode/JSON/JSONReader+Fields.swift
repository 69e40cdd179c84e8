import AlmanacModel

extension JSONReader {
    /// The value of a member that must be present and not null; failures name `key`.
    mutating func required<T>(_ key: JSONKey, _ read: (inout JSONReader) throws(JSONFailure) -> T) throws(JSONFailure) -> T {
        do throws(JSONFailure) { return try read(&self) } catch { throw error.inside(key.description) }
    }

    /// The value of a member that may be null; failures name `key`.
    mutating func optional<T>(_ key: JSONKey, _ read: (inout JSONReader) throws(JSONFailure) -> T) throws(JSONFailure) -> T? {
        do throws(JSONFailure) {
            if try consumeNull() { return nil }
            return try read(&self)
        } catch {
            throw error.inside(key.description)
        }
    }

    /// A list member that may be null; failures name `key` and the element's index.
    mutating func list<T>(_ key: JSONKey, _ read: (inout JSONReader) throws(JSONFailure) -> T) throws(JSONFailure) -> [T]? {
        do throws(JSONFailure) {
            if try consumeNull() { return nil }
            var items: [T] = []
            try elements { (reader, index) throws(JSONFailure) in
                do throws(JSONFailure) { items.append(try read(&reader)) } catch { throw error.inside("[\(index)]") }
            }
            return items
        } catch {
            throw error.inside(key.description)
        }
    }
}

/// A value the hand-written decoder can read from JSON.
protocol JSONReadable {
    init(json: inout JSONReader) throws(JSONFailure)
}

extension JSONReader {
    /// A nested object member that may be null.
    mutating func optional<T: JSONReadable>(_ key: JSONKey, _ type: T.Type) throws(JSONFailure) -> T? {
        try optional(key) { (reader) throws(JSONFailure) in try T(json: &reader) }
    }

    /// A list of nested objects that may be null.
    mutating func list<T: JSONReadable>(_ key: JSONKey, of type: T.Type) throws(JSONFailure) -> [T]? {
        try list(key) { (reader) throws(JSONFailure) in try T(json: &reader) }
    }

    mutating func optionalString(_ key: JSONKey) throws(JSONFailure) -> String? {
        try optional(key) { (reader) throws(JSONFailure) in try reader.string() }
    }

    mutating func optionalInt(_ key: JSONKey) throws(JSONFailure) -> Int? {
        try optional(key) { (reader) throws(JSONFailure) in try reader.int() }
    }

    mutating func optionalBool(_ key: JSONKey) throws(JSONFailure) -> Bool? {
        try optional(key) { (reader) throws(JSONFailure) in try reader.bool() }
    }

    mutating func optionalTime(_ key: JSONKey) throws(JSONFailure) -> UTCTime? {
        try optional(key) { (reader) throws(JSONFailure) in try reader.time() }
    }
}
