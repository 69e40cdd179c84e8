@testable import Almanac
import Testing

struct OutputPathsTests {
    @Test(arguments: ["index.html", "events/2026/a-b.html", "types/docking/.well", "a/.almanac/x", "ü/日本.html"])
    func ordinaryPathsAreSafe(_ path: String) {
        #expect(OutputPaths.isSafe(path))
    }

    @Test(arguments: ["", "/etc/passwd", "../x", "a/../b", "a/./b", ".", "a//b", "a/", ".almanac/manifest",
                      ".almanac", "a\\b", "a\u{0}b", "a\nb", "a\u{7F}b"])
    func escapingOrOddPathsAreRefused(_ path: String) {
        #expect(!OutputPaths.isSafe(path))
    }

    @Test func duplicatePathsAreRefused() {
        #expect(throws: AlmanacError.self) { try OutputPaths.check(["a.html", "b.html", "a.html"]) }
    }
}
