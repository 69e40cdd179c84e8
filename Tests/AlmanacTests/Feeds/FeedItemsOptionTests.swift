import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("--feed-items")
struct FeedItemsOptionTests {
    private func run(_ arguments: [String]) -> (status: Int32, errors: String) {
        let errors = LogLines()
        let command = AlmanacCommand(output: { _ in }, errors: { errors.append($0) }, clock: { TestBuild.now })
        return (command.run(arguments), errors.lines.joined(separator: "\n"))
    }

    @Test("a value that is not a whole number of at least 1 is a usage error", arguments: ["0", "-3", "ten", "", "1.5"])
    func invalid(value: String) {
        let result = run(["build", "--from", Fixtures.path("ll2"), "--out", "/nonexistent/never-written", "--feed-items", value])
        #expect(result.status == 2)
        #expect(result.errors.contains("--feed-items must be a whole number of at least 1, got '\(value)'"))
    }

    @Test("limits every feed to N items")
    func limit() throws {
        let folder = TemporaryFolder("almanac-feed-items")
        let result = run(["build", "--from", Fixtures.path("ll2"), "--out", folder.path, "--feed-items", "2"])
        #expect(result.status == 0)
        let channel = try XMLTree.parse(try String(contentsOfFile: folder.child("feed.xml"), encoding: .utf8)).first("channel")
        #expect(channel?.all("item").count == 2)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.child("feed.json"))))
        #expect(((json as? [String: Any])?["items"] as? [Any])?.count == 2)
    }
}
