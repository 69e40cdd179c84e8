import AlmanacMarkup
import Foundation
import Testing

@Suite("iCalendar values are escaped by type")
struct ICalendarTextTests {
    @Test("TEXT escapes backslash, semicolon and comma, and writes every line break as \\n")
    func textEscaping() {
        #expect(ICalendarValue.text(#"a\b;c,d"#).serialized == #"a\\b\;c\,d"#)
        #expect(ICalendarValue.text("1\r\n2\r3\n4\u{2028}5\u{2029}6").serialized == #"1\n2\n3\n4\n5\n6"#)
        #expect(ICalendarValue.text("p1\r\n\r\np2").serialized == #"p1\n\np2"#)
        #expect(ICalendarValue.text(#"\n"#).serialized == #"\\n"#, "a backslash-n in the data stays two characters")
    }

    @Test("control characters, C1 controls and noncharacters are dropped; tab, accents and emoji stay")
    func controlCharacters() {
        let nonCharacters = [0xFFFE, 0xFDD0, 0x10FFFF].map { String(Character(Unicode.Scalar(UInt32($0))!)) }
        let text = "a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{9F}f" + nonCharacters.joined(separator: "g") + "h\tié🚀👩‍🚀"
        #expect(ICalendarValue.text(text).serialized == "abcdefggh\tié🚀👩‍🚀")
    }

    @Test("a hostile name cannot end its line or add a component")
    func hostileSummary() {
        let name = "Docking\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\nSUMMARY:owned"
        let event = ICalendarComponent("VEVENT", properties: [ContentLine("SUMMARY", .text(name))])
        let lines = event.serialized.components(separatedBy: "\r\n")
        #expect(lines.filter { $0.hasPrefix("BEGIN:") } == ["BEGIN:VEVENT"])
        #expect(lines.filter { $0.hasPrefix("END:") } == ["END:VEVENT"])
        #expect(!lines.contains { $0.hasPrefix("UID") || $0.hasPrefix("SUMMARY:owned") })
        #expect(!event.serialized.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\r" || $0 == "\n" })
        #expect(unfolded(event.serialized).contains(#"SUMMARY:Docking\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:owned"#))
    }

    @Test("a text list escapes commas inside items and separates items with bare commas")
    func textList() {
        #expect(ICalendarValue.textList(["Docking, crewed", "EVA;1"]).serialized == #"Docking\, crewed,EVA\;1"#)
    }

    @Test("parameter values lose quotes and line breaks, and are quoted when they hold ; : or ,")
    func parameterValues() {
        #expect(ICalendarParameter("LABEL", "NASA TV").serialized == "LABEL=NASA TV")
        #expect(ICalendarParameter("LABEL", "NASA: \"live\"; HD, 4K").serialized == "LABEL=\"NASA: 'live'; HD, 4K\"")
        #expect(ICalendarParameter("CN", "a\r\nEND:VCALENDAR").serialized == "CN=\"a END:VCALENDAR\"")
        #expect(ICalendarParameter("CN", "x\u{0}y").serialized == "CN=xy")
    }

    @Test("a content line joins name, parameters and value; URIs come only from checked web URLs")
    func contentLine() throws {
        let url = try #require(WebURL("https://example.org/a b"))
        let line = ContentLine("IMAGE", [ICalendarParameter("VALUE", "URI")], .uri(url))
        #expect(line.unfolded == "IMAGE;VALUE=URI:https://example.org/a%20b")
        #expect(line.folded == line.unfolded + "\r\n")
        #expect(ContentLine("SEQUENCE", .integer(Int32.max)).unfolded == "SEQUENCE:2147483647")
    }

    private func unfolded(_ text: String) -> String { text.replacingOccurrences(of: "\r\n ", with: "") }
}
