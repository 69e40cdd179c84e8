@testable import Almanac
import AlmanacModel
import Foundation
import Templates
import Testing

@Suite("No string from the API can break a calendar file")
struct CalendarHostileTests {
    /// The hostile corpus (`Tests/Hostile`), with a window wide enough to hold its 2025 events and a
    /// hostile site title.
    static let site: Site = {
        var input = DecodedInput()
        try! InputReader().decode(try! Data(contentsOf: URL(fileURLWithPath: Fixtures.hostile)), name: "hostile", into: &input)
        var site = TestBuild.normalize(input)
        site.config.calendar.pastDays = CalendarArguments.maxPastDays
        site.config.title = site.event(at: 0).name
        return site
    }()

    @Test("every calendar file of the hostile corpus keeps the line rules and one VEVENT per event")
    func structure() {
        let site = Self.site
        let files = SiteRenderer(site: site, assets: []).plan().filter { $0.path.hasSuffix(".ics") }
        let scopes = 1 + site.types.count + site.stations.count + site.agencies.count + site.programs.count
        #expect(files.count == scopes * (1 + CalendarReminder.all.count) + site.events.filter { $0.calendarPlacement() != nil }.count)
        for file in files {
            let calendar = ICSReader.read(String(decoding: file.contents(), as: UTF8.self))
            #expect(calendar.properties.allSatisfy { $0.name != "SUMMARY" && $0.name != "UID" }, "\(file.path)")
            let withReminders = file.path.contains("calendar-alarm-")
            for vevent in calendar.children("VEVENT") {
                #expect(vevent.components.allSatisfy { withReminders && $0.name == "VALARM" && $0.components.isEmpty })
                #expect(vevent.all("SUMMARY").count == 1 && vevent.all("UID").count == 1, "\(file.path)")
            }
        }
    }

    @Test("each event's text reads back as the model holds it: line breaks as \\n, controls gone")
    func textReadsBack() throws {
        let site = Self.site
        let calendar = ICSReader.read(CalendarFeed.feed(.home(site), in: site).serialized)
        let vevents = calendar.children("VEVENT")
        #expect(vevents.count == site.calendarFeedIndexes(site.allIndexes).count && vevents.count >= 5)
        #expect(calendar.one("X-WR-CALNAME")?.text == Self.calendarText(site.config.title))
        for vevent in vevents {
            let uid = try #require(vevent.one("UID")?.text)
            let event = try #require(site.fullEvents.first { uid == "ll2-event-\($0.id)@example.org" })
            #expect(vevent.one("SUMMARY")?.text == Self.calendarText(event.name))
            #expect(vevent.one("LOCATION")?.text == event.location.map(Self.calendarText))
            #expect(vevent.one("CATEGORIES").map { ICSReader.unescape($0.value.replacingOccurrences(of: #"\,"#, with: "")) }
                == Self.calendarText(event.type.name).replacingOccurrences(of: ",", with: ""))
            if let description = event.description {
                #expect(vevent.one("DESCRIPTION")?.text.contains(Self.calendarText(description)) == true)
            }
            for conference in vevent.all("CONFERENCE") {
                #expect(conference.value.hasPrefix("https://") || conference.value.hasPrefix("http://"))
            }
        }
    }

    @Test("a 10,000-character name is folded, not cut, and unfolds to itself")
    func longName() throws {
        let name = String(repeating: "Crew Dragon 🚀 docking, ", count: 420)
        let event = CalendarTestSite.event(1, name, date: "2026-02-01T10:00:00Z")
        let text = try #require(CalendarFeed.single(event, in: CalendarTestSite.site([event]))).serialized
        #expect(text.utf8.count > 10_000)
        #expect(ICSReader.read(text).children("VEVENT").first?.one("SUMMARY")?.text == name)
    }

    /// What a calendar app shows for `text` read as TEXT: each line break as one `\n`, controls gone.
    static func calendarText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0D, 0x0A, 0x2028, 0x2029: out += "\n"
            case 0x09: out += "\t"
            case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0xFDD0...0xFDEF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
