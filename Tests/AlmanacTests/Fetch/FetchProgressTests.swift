@testable import Almanac
import Foundation
import Testing

@Suite("Progress and summary")
struct FetchProgressTests {
    @Test("when stderr is not a terminal, a clean fetch writes one summary line")
    func quiet() throws {
        let harness = try FetchHarness()
        try harness.sync()
        let count = harness.server.ids.count
        #expect(harness.log.lines == ["full fetch · \(count) events · \(count) changed · \(harness.pagesForAll + 1) requests · \(15 - harness.pagesForAll - 1) of 15 requests left this hour"])
    }

    @Test("on a terminal: the budget before the fetch, then page n of m, events so far and requests used")
    func terminal() throws {
        let harness = try FetchHarness()
        try harness.sync(terminal: true)
        let count = harness.server.ids.count, pages = harness.pagesForAll
        let lines = harness.log.lines
        #expect(lines.first == "full fetch: no usable cache in \(harness.options.cacheFolder) yet")
        #expect(lines.dropFirst().first == "full fetch: \(count) events in \(pages) pages + 1 check = \(pages + 1) requests; 15 of 15 requests left this hour")
        #expect(lines.contains("page 1 of \(pages) · 5 events · 1 request"))
        #expect(lines.contains("page \(pages) of \(pages) · \(count) events · \(pages) requests"))
    }

    @Test("a budget too small for the fetch is warned about even off a terminal")
    func budgetTooSmall() throws {
        let harness = try FetchHarness(pageSize: 2)
        try harness.sync()
        #expect(harness.log.lines.first?.hasPrefix("warning: the fetch needs \(harness.pagesForAll + 1) requests but only 15 are left") == true)
    }
}
