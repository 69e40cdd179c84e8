/// Text an attacker or a careless editor could put in any API field, run through every template.
enum HostileStrings {
    static let all: [String] = [
        "Docking\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:owned",
        "cr\ronly\nlf\u{2028}ls\u{2029}ps",
        #"semi;colon, comma\ backslash \n \, \; literal"#,
        "\"quoted\" <b>bold</b> & 'apostrophe' :colon",
        "nul\u{0}bell\u{7}esc\u{1B}[31mdel\u{7F}c1\u{85}tab\there",
        "🚀 émoji 👩‍🚀 漢字 Ünïcødé",
        String(repeating: "é🚀a;,\\ ", count: 1_250),
    ]

    /// What a calendar app shows for `text` read as TEXT: line breaks as `\n`, controls gone.
    static func asCalendarText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0D, 0x0A, 0x2028, 0x2029: out += "\n"
            case 0x09: out += "\t"
            case 0x00..<0x20, 0x7F...0x9F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
