import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup as XML and collects what the tests look at: well-formedness, ids, references, texts.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var ids: [String] = []
    private(set) var elements: [String] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private(set) var texts: [String] = []
    private(set) var error: String?
    private var currentText = ""

    /// Parses `markup`; `error` is nil when it is well-formed XML.
    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "parse failed" }
    }

    var wellFormed: Bool { error == nil }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        for (name, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
            attributes.append((elementName, name, value))
            if name == "id" { ids.append(value) }
        }
        currentText = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if !currentText.isEmpty { texts.append(currentText) }
        currentText = ""
    }

    /// Values of attribute `name` on any element.
    func values(of name: String) -> [String] { attributes.filter { $0.name == name }.map(\.value) }
}
