/// A JSON value built as a tree, so that escaping is decided by type: a Swift `String` can only
/// become a JSON string (quoted and escaped when written), never JSON syntax. Objects keep their
/// members in the order written, so the output is deterministic and reads in the order a template
/// chose; `nil` members are left out.
public enum JSON: Sendable, Hashable {
    case string(String)
    /// An integer, written in ASCII digits.
    case number(Int)
    case array([JSON])
    case object([Member])
    /// A value already written as indented text for one depth: a value that several documents show
    /// (a feed item) is escaped and indented once.
    indirect case written(WrittenJSON)

    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSON

        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// A checked http(s) URL, as a string.
    public static func url(_ url: WebURL) -> JSON { .string(url.string) }

    /// Strings as an array of JSON strings.
    public static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }

    public init(arrayLiteral elements: JSON...) { self = .array(elements) }

    /// An object with the members in the order written; members whose value is `nil` are dropped.
    public init(dictionaryLiteral elements: (String, JSON?)...) {
        self = .object(elements.compactMap { key, value in value.map { Member(key, $0) } })
    }
}
