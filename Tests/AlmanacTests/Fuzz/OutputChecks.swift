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
            #expect(!text.contains("<script>alert"), "\(context): \(path) carries markup from the data")
            if path.hasSuffix(".xml") || path.hasSuffix(".atom") {
                let parser = XMLParser(data: Data(text.utf8))
                #expect(parser.parse(), "\(context): \(path) is not well-formed XML: \(String(describing: parser.parserError))")
            } else if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(context): \(path) is not JSON")
            } else if path.hasSuffix(".ics") {
                checkCalendar(text, path: path, context: context)
            }
        }
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
