import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read back with Foundation's `XMLParser`, as a tree of elements, so tests check
/// what a conforming parser sees rather than the bytes.
struct XMLTree {
    var name: String
    var attributes: [String: String]
    /// The element's own text, entities and character references resolved.
    var text = ""
    var children: [XMLTree] = []

    /// Parses `text`; throws the parser's error when it is not well-formed.
    static func parse(_ text: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.stack.first?.children.first else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        return root
    }

    /// The child elements called `name`.
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first child element called `name`.
    func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack = [XMLTree(name: "#document", attributes: [:])]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            stack.append(XMLTree(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
        }
    }
}
