import Foundation

/// A large input made from one real event: `count` copies with their own ids, names and slugs.
enum SyntheticInput {
    static func write(events count: Int, to path: String, renamedTo suffix: String = "") throws {
        let template = try JSONSerialization.jsonObject(with: Fixtures.data("ll2/event-1201-2.3.0-detailed.json")) as! [String: Any]
        var results: [[String: Any]] = []
        for index in 0..<count {
            var event = template
            event["id"] = 500_000 + index
            event["name"] = "Synthetic docking \(index)\(suffix)"
            event["slug"] = "synthetic-docking-\(index)"
            event["date"] = String(format: "2026-%02d-%02dT10:30:00Z", index % 12 + 1, index % 28 + 1)
            results.append(event)
        }
        let page: [String: Any] = ["count": count, "next": NSNull(), "previous": NSNull(), "results": results]
        try JSONSerialization.data(withJSONObject: page).write(to: URL(fileURLWithPath: path))
    }
}
