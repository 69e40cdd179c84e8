import AlmanacMarkup
import Foundation
import Testing

@Suite("Content lines are folded at 75 octets")
struct ContentLineFoldingTests {
    @Test("75 octets stay on one line; 76 fold into 75 and a continuation of one space and 1 octet")
    func exactBoundary() {
        let fits = ContentLine("SUMMARY", .text(String(repeating: "a", count: 75 - 8))).folded
        #expect(fits == "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n")
        let over = ContentLine("SUMMARY", .text(String(repeating: "a", count: 68))).folded
        #expect(over == "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n a\r\n")
    }

    @Test("a multi-byte character is never split: it moves whole to the next line",
          arguments: ["é", "€", "🚀"])
    func multiByteAtBoundary(character: String) {
        let width = character.utf8.count
        for padding in (67 - width)...67 {
            let text = String(repeating: "a", count: padding) + character + "b"
            let folded = ContentLine("SUMMARY", .text(text)).folded
            checkLines(folded, unfoldsTo: "SUMMARY:" + text)
            let firstLine = folded.components(separatedBy: "\r\n")[0]
            #expect(firstLine.utf8.count <= 75)
            #expect(firstLine.utf8.count >= 75 - width + 1, "the line is filled up to the character")
        }
    }

    @Test("an escape is never split from its backslash")
    func escapeAtBoundary() {
        for padding in 60...70 {
            let text = String(repeating: "a", count: padding) + ",;\\,"
            let folded = ContentLine("SUMMARY", .text(text)).folded
            checkLines(folded, unfoldsTo: "SUMMARY:" + String(repeating: "a", count: padding) + #"\,\;\\\,"#)
            for line in folded.components(separatedBy: "\r\n") {
                let trailing = line.reversed().prefix { $0 == "\\" }.count
                #expect(trailing % 2 == 0, "line ends inside an escape: \(line)")
            }
        }
    }

    @Test("folds fall inside words: no continuation starts with a blank, no line ends with one")
    func foldsInsideWords() {
        let text = String(repeating: "The crew of four will dock to the station at dawn. ", count: 12) + "End."
        let folded = ContentLine("DESCRIPTION", .text(text)).folded
        checkLines(folded, unfoldsTo: "DESCRIPTION:" + text)
        for line in folded.components(separatedBy: "\r\n").dropLast() {
            #expect(!line.hasPrefix("  ") && !line.hasSuffix(" "), "\(line)")
        }
    }

    @Test("mixed text of every length keeps the line rules and unfolds to the original")
    func mixedLengths() {
        let pieces = ["a", "é", "🚀", " ", ";", ",", "\\", "\n", "漢", "👩‍🚀", "\t"]
        var seed: UInt64 = 42
        for length in 0..<300 {
            var text = ""
            for _ in 0..<length {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let line = ContentLine("X-TEXT", .text(text))
            checkLines(line.folded, unfoldsTo: line.unfolded)
        }
    }

    /// Every physical line ends in CRLF, holds at most 75 octets, is valid UTF-8 on its own, and the
    /// continuation lines start with one space; removing each CRLF-space gives `original`.
    private func checkLines(_ folded: String, unfoldsTo original: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(folded.utf8)
        #expect(bytes.suffix(2) == [13, 10], sourceLocation: sourceLocation)
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast()
        for (number, physical) in lines.enumerated() {
            #expect(physical.last == 13, sourceLocation: sourceLocation)
            let line = Array(physical.dropLast())
            #expect(line.count <= 75, "line \(number) has \(line.count) octets", sourceLocation: sourceLocation)
            #expect(!line.contains(13), sourceLocation: sourceLocation)
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(number) splits a character", sourceLocation: sourceLocation)
            #expect((number == 0) != (line.first == 32), sourceLocation: sourceLocation)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == original + "\r\n", sourceLocation: sourceLocation)
    }
}
