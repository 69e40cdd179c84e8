import Foundation

/// One record of an input file: an event, a space station, a nested page of records, or a record
/// that could not be decoded (kept with its error, so one bad event never sinks the others).
enum InputRecord: Decodable, Sendable {
    case event(APIEvent)
    case station(APIStation)
    case page([InputRecord])
    case invalid(id: Int?, path: String, reason: String)

    init(from decoder: Decoder) throws {
        do {
            let keys = try decoder.container(keyedBy: ProbeKeys.self)
            if keys.contains(.results) {
                self = .page(try keys.decode([InputRecord].self, forKey: .results))
            } else if InputRecord.looksLikeStation(keys) {
                self = .station(try APIStation(from: decoder))
            } else {
                self = .event(try APIEvent(from: decoder))
            }
        } catch let error as DecodingError {
            let id = try? decoder.container(keyedBy: ProbeKeys.self).decode(Int.self, forKey: .id)
            let (path, reason) = error.pathAndReason
            self = .invalid(id: id, path: path, reason: reason)
        }
    }

    /// Space station records carry `orbit` or `founded` and never an event `date`.
    private static func looksLikeStation(_ keys: KeyedDecodingContainer<ProbeKeys>) -> Bool {
        (keys.contains(.orbit) || keys.contains(.founded)) && !keys.contains(.date)
    }

    private enum ProbeKeys: String, CodingKey {
        case id, results, orbit, founded, date
    }
}

/// A whole input file: one API page, a bare array of records, or a single record.
struct InputDocument: Decodable, Sendable {
    var records: [InputRecord]

    init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            records = []
            while !array.isAtEnd { records.append(try array.decode(InputRecord.self)) }
        } else {
            records = [try InputRecord(from: decoder)]
        }
    }
}

extension DecodingError {
    /// Where decoding failed (`results[3].vid_urls[0].start_time`) and why, on one line.
    var pathAndReason: (String, String) {
        switch self {
        case .typeMismatch(let type, let context):
            return (context.codingPath.dottedPath, "expected \(DecodingError.describe(type)), \(context.whatWasFound)")
        case .valueNotFound(let type, let context):
            return (context.codingPath.dottedPath, "expected \(DecodingError.describe(type)), found null")
        case .keyNotFound(let key, let context):
            return ((context.codingPath + [key]).dottedPath, "required field is missing")
        case .dataCorrupted(let context):
            return (context.codingPath.dottedPath, context.shortDescription)
        @unknown default:
            return ("", "\(self)")
        }
    }
}

extension DecodingError {
    /// `a string`, `a number`, `a list`, `an object`: how a reader names a JSON type.
    fileprivate static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default: return "\(type)".hasPrefix("Dictionary") ? "an object" : "\(type)"
        }
    }
}

extension DecodingError.Context {
    /// The first line of the description.
    fileprivate var shortDescription: String {
        debugDescription.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    /// `found a number` from Foundation's "Expected to decode String but found number instead."
    fileprivate var whatWasFound: String {
        guard let range = debugDescription.range(of: "but found ") else { return shortDescription }
        let found = debugDescription[range.upperBound...].replacingOccurrences(of: " instead.", with: "")
        let article = found.hasPrefix("a ") || found.hasPrefix("an ") || found == "null" ? "" : "a "
        return "found \(article)\(found)"
    }
}

extension Array where Element == CodingKey {
    /// `results[3].vid_urls[0].start_time`.
    var dottedPath: String {
        var text = ""
        for key in self {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
