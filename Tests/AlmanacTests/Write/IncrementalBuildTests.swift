@testable import Almanac
import Foundation
import Testing

/// Rebuilding the same data writes nothing; changing one event rewrites only the files that show it.
@Suite("Incremental rebuilds")
struct IncrementalBuildTests {
    @Test("an unchanged rebuild writes no file; a renamed event rewrites only the files that show it")
    func rebuilds() throws {
        let folder = TemporaryFolder()
        let input = folder.child("events.json")
        let original = try Fixtures.data("ll2-real/events-previous-2.3.0-detailed-10.json")
        try original.write(to: URL(fileURLWithPath: input))
        let out = folder.child("site")
        let first = try TestBuild.run(from: input, to: out).0
        #expect(first.write.written == first.write.files)
        let before = FolderSnapshot(out)

        let unchanged = try TestBuild.run(from: input, to: out).0
        #expect(unchanged.write.written == 0 && unchanged.write.deleted == 0)
        #expect(FolderSnapshot(out) == before)

        var events = try JSONSerialization.jsonObject(with: original) as! [[String: Any]]
        let renamed = events[3]["id"] as! Int
        events[3]["name"] = "A renamed event"
        try JSONSerialization.data(withJSONObject: events).write(to: URL(fileURLWithPath: input))
        let changed = try TestBuild.run(from: input, to: out).0
        let after = FolderSnapshot(out)
        let rewritten = Set(after.files.keys.filter { after.modified[$0] != before.modified[$0] || after.files[$0] != before.files[$0] })
        #expect(changed.write.written == rewritten.count)
        #expect(rewritten.contains { $0.hasPrefix("events/") && $0.hasSuffix("index.html") })
        let otherEventPages = rewritten.filter { $0.hasPrefix("events/") }.filter { path in
            !(after.files[path].map { String(decoding: $0, as: UTF8.self).contains("A renamed event") } ?? false)
        }
        #expect(otherEventPages.isEmpty, "event files that do not show the renamed event were rewritten: \(otherEventPages)")
        for path in rewritten {
            let text = String(decoding: after.files[path] ?? Data(), as: UTF8.self)
            #expect(text.contains("A renamed event") || text.contains("a-renamed-event") || path.contains("sitemap"),
                    "\(path) was rewritten but does not show event \(renamed)")
        }
    }
}
