@testable import Almanac
import AlmanacModel
import Foundation
import Testing

@Suite("The calendar options of the command")
struct CalendarOptionsTests {
    @Test("options reach the settings")
    func parsed() throws {
        let arguments = ["build", "--calendar-days", "0", "--default-duration=PT1H", "--calendar-refresh", "P1DT30M"]
        let parsed = try ParsedArguments(arguments, valueOptions: CalendarArguments.names, flagOptions: [])
        let settings = try CalendarArguments.settings(parsed)
        #expect(settings.pastDays == 0)
        #expect(settings.defaultDuration?.seconds == 3600)
        #expect(settings.refreshSeconds == 88_200)
        #expect(try CalendarArguments.settings(ParsedArguments([], valueOptions: [], flagOptions: [])).pastDays == 90)
    }

    @Test("invalid values are usage errors (exit status 2)", arguments: [
        ["--calendar-days", "-1"], ["--calendar-days", "ninety"], ["--calendar-days", "36501"], ["--calendar-days", "1.5"],
        ["--default-duration", "PT0S"], ["--default-duration", "-PT1H"], ["--default-duration", "1 hour"],
        ["--default-duration", "P1M"], ["--calendar-refresh", "PT0S"], ["--calendar-refresh", "hourly"], ["--calendar-days"],
    ])
    func invalid(arguments: [String]) {
        let errors = LogLines()
        let command = AlmanacCommand(output: { _ in }, errors: { errors.append($0) }, clock: { TestBuild.now })
        #expect(command.run(["build", "--from", Fixtures.path("ll2/event-352-2.3.0-detailed.json")] + arguments) == 2)
        #expect(errors.lines.first?.contains(arguments[0]) == true)
    }

    @Test("a build with the options writes them into the feeds and event files")
    func endToEnd() throws {
        let output = TemporaryFolder("almanac-ics-options")
        let command = AlmanacCommand(output: { _ in }, errors: { _ in }, clock: { TestBuild.now })
        let status = command.run(["build", "--from", Fixtures.path("ll2-real/events-previous-2.3.0-detailed-10.json"),
                                  "--out", output.path, "--base-url", "https://example.org/space/",
                                  "--calendar-days", "0", "--default-duration", "PT1H", "--calendar-refresh", "PT30M"])
        #expect(status == 0)
        let feed = ICSReader.read(try String(contentsOfFile: output.child("calendar.ics"), encoding: .utf8))
        #expect(feed.one("REFRESH-INTERVAL")?.value == "PT30M")
        #expect(feed.one("X-PUBLISHED-TTL")?.value == "PT30M")
        #expect(feed.one("DESCRIPTION")?.text.contains("holds every upcoming event;") == true)
        let rollout = ICSReader.read(try String(contentsOfFile: output.child("events/artemis-ii-sls-rollout-2/event.ics"), encoding: .utf8))
        #expect(rollout.children("VEVENT").first?.one("DURATION")?.value == "PT1H")
    }
}
