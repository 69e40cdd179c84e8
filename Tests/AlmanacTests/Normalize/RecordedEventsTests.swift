@testable import Almanac
import Testing

@Suite("Full events read again from the input")
struct RecordedEventsTests {
    private func site(keepingAtMost limit: Int) throws -> RenderedSite {
        var input = DecodedInput()
        for name in FixtureSet.all {
            try InputReader(keptInputBytes: limit).decode(try Fixtures.data(name), name: name, into: &input)
        }
        return RenderedSite(TestBuild.normalize(input))
    }

    @Test("a site whose events are read again from their records is identical to one that kept them")
    func sameSite() throws {
        let kept = try site(keepingAtMost: 1_000_000_000)
        let reread = try site(keepingAtMost: 0)
        #expect(kept.files.count > 1000)
        #expect(kept.files.keys.sorted() == reread.files.keys.sorted())
        for (path, text) in kept.files where reread.files[path] != text {
            Issue.record("\(path) differs when events are read again")
        }
    }
}
