import Foundation
import Testing

/// No fault upstream or on the way can silently publish a site with fewer events than the last
/// good one: a small drop is warned about, a large one stops the build unless it is allowed.
@Suite("Fewer events than the last good build")
struct FewerEventsTests {
    @Test("a drop over 10% stops with the old site kept; a small drop warns; --allow-fewer-events publishes")
    func shrinking() throws {
        let folder = TemporaryFolder()
        let out = folder.child("site")
        let arguments = ["--out", out, "--now", "2026-01-15T00:00:00Z"]
        for (name, count) in [("100", 100), ("95", 95), ("50", 50)] {
            try SyntheticInput.write(events: count, to: folder.child(name + ".json"))
        }
        #expect(try AlmanacProcess.run(["build", "--from", folder.child("100.json")] + arguments).status == 0)

        let before = FolderSnapshot(out, includeHidden: true)
        let halved = try AlmanacProcess.run(["build", "--from", folder.child("50.json")] + arguments)
        #expect(halved.status == 1)
        #expect(halved.errors.contains("error: this build has 50 events, 50 (50%) fewer than the 100 of the last one"))
        #expect(FolderSnapshot(out, includeHidden: true) == before)

        let slight = try AlmanacProcess.run(["build", "--from", folder.child("95.json")] + arguments)
        #expect(slight.status == 0)
        #expect(slight.errors.contains("warning: this build has 95 events, 5 (5%) fewer than the 100 of the last one"))

        let allowed = try AlmanacProcess.run(["build", "--from", folder.child("50.json"), "--allow-fewer-events"] + arguments)
        #expect(allowed.status == 0)
        #expect(FolderSnapshot(out).files.keys.filter { $0.hasSuffix("index.html") && $0.hasPrefix("events/") }.count == 50)
    }
}
