@testable import Almanac
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Cheap in-process checks that every output file is well formed for its kind.
enum OutputChecks {
    static func checkAll(_ site: RenderedSite, context: String) {
        for (path, text) in site.files {
            #expect(OutputPaths.isSafe(path), "\(context): unsafe path \(path)")
            if path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".atom") {
                // In JSON strings and iCalendar TEXT, `<script>` from the data is only text.
                #expect(!text.contains("<script>alert"), "\(context): \(path) carries markup from the data")
            }
            if path.hasSuffix(".xml") || path.hasSuffix(".atom") {
                let parser = XMLParser(data: Data(text.utf8))
                #expect(parser.parse(), "\(context): \(path) is not well-formed XML: \(String(describing: parser.parserError))")
            } else if path.hasSuffix(".json") {
                let json = try? JSONSerialization.jsonObject(with: Data(text.utf8))
                #expect(json != nil, "\(context): \(path) is not JSON")
                #expect(!htmlMembers(of: json).contains { $0.contains("<script>alert") },
                        "\(context): \(path) carries markup from the data in its HTML")
            } else if path.hasSuffix(".ics") {
                checkCalendar(text, path: path, context: context)
            }
        }
    }

    /// The values of every `content_html` member (JSON Feed's HTML), however deep.
    static func htmlMembers(of json: Any?) -> [String] {
        if let object = json as? [String: Any] {
            return object.flatMap { key, value in
                key == "content_html" ? [value as? String ?? ""] : htmlMembers(of: value)
            }
        }
        if let array = json as? [Any] { return array.flatMap { htmlMembers(of: $0) } }
        return []
    }

    /// RFC 5545 lines: CRLF only, at most 75 octets, folded lines start with a space.
    static func checkCalendar(_ text: String, path: String, context: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.count >= 2 && bytes.suffix(2) == [13, 10], "\(context): \(path) does not end in CRLF")
        for line in text.components(separatedBy: "\r\n").dropLast() {
            #expect(line.utf8.count <= 75, "\(context): \(path) has a line of \(line.utf8.count) octets")
            #expect(!line.contains("\n") && !line.contains("\r"), "\(context): \(path) has a bare line break")
        }
    }
}
