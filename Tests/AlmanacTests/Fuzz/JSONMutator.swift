import Foundation

/// Mutates Launch Library 2 JSON the way broken or hostile data would: deletes fields, swaps types,
/// truncates strings, injects hostile text and URLs, duplicates ids, and cuts or corrupts bytes.
struct JSONMutator {
    var random: SplitMix64

    static let hostileStrings = [
        "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "]]></item>", "-->", "\r\nEND:VEVENT\r\n",
        "\u{0}\u{1}\u{1B}", "\u{2028}\u{2029}\u{FEFF}", "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x",
        "../../etc/passwd", "%2e%2e/x", "\\..\\", "", " ", String(repeating: "🚀", count: 3000), "P-1D", "PT1.5.5S",
        "2025-02-30T00:00:00Z", "not a date", "0", "-1",
    ]

    /// The document with a few random mutations.
    mutating func mutate(_ document: Any) -> Any {
        var value = document
        for _ in 0..<Int.random(in: 1...6, using: &random) { value = mutateSomewhere(value, depth: 0) }
        return value
    }

    /// Serialized bytes, sometimes cut short or with a byte overwritten.
    mutating func serialize(_ document: Any) -> Data {
        var data = (try? JSONSerialization.data(withJSONObject: document, options: [.fragmentsAllowed])) ?? Data("{}".utf8)
        switch Int.random(in: 0..<20, using: &random) {
        case 0 where data.count > 2: data = data.prefix(Int.random(in: 1..<data.count, using: &random))
        case 1 where data.count > 2: data[Int.random(in: 0..<data.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        default: break
        }
        return data
    }

    private mutating func mutateSomewhere(_ value: Any, depth: Int) -> Any {
        let here = depth > 0 && Int.random(in: 0..<4, using: &random) == 0
        if var object = value as? [String: Any], !object.isEmpty, !here {
            let key = object.keys.sorted()[Int.random(in: 0..<object.count, using: &random)]
            if Int.random(in: 0..<8, using: &random) == 0 { object[key] = nil } else {
                object[key] = mutateSomewhere(object[key]!, depth: depth + 1)
            }
            return object
        }
        if var array = value as? [Any], !array.isEmpty, !here {
            let index = Int.random(in: 0..<array.count, using: &random)
            array[index] = mutateSomewhere(array[index], depth: depth + 1)
            if Int.random(in: 0..<10, using: &random) == 0 { array.append(array[index]) }
            return array
        }
        return replacement(for: value)
    }

    private mutating func replacement(for value: Any) -> Any {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return NSNull()
        case 1: return Int.random(in: -5...Int(Int32.max), using: &random)
        case 2: return Self.hostileStrings.randomElement(using: &random)!
        case 3: return ["id": Int.random(in: 0...3, using: &random), "name": Self.hostileStrings.randomElement(using: &random)!]
        case 4: return [value]
        case 5: return (value as? String).map { String($0.prefix(Int.random(in: 0...$0.count, using: &random))) } ?? true
        default: return (value as? String).map { $0 + Self.hostileStrings.randomElement(using: &random)! } ?? 3.5
        }
    }
}
