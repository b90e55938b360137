import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML document as a tree of elements, read with Foundation's `XMLParser`: enough for the
/// parts of an `.xlsx` workbook (names without their prefix, attributes, text). External entities
/// are never resolved.
final class XMLTree {
    /// One element: its local name, attributes, text and children.
    final class Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Element] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The children with a local name.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child with a local name.
        func child(_ name: String) -> Element? { children.first { $0.name == name } }

        /// The text of this element and all its descendants, in order.
        var allText: String { children.isEmpty ? text : text + children.map(\.allText).joined() }
    }

    /// Parses XML; nil with the parser's reason when it is not well-formed.
    static func parse(_ data: Data) -> Result<Element, XMLFailure> {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
            return .failure(XMLFailure(reason: reason, line: parser.lineNumber))
        }
        return .success(root)
    }

    /// Why an XML part could not be read.
    struct XMLFailure: Error {
        var reason: String
        var line: Int
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let element = Element(name: local, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
