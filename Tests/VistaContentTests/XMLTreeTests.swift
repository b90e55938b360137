import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VistaContent

/// Vista's XML reader, for the parts of `.xlsx` workbooks: it reads what Foundation's `XMLParser`
/// (libxml2) reads, the same way, and refuses what is not well-formed with the line.
@Suite struct XMLTreeTests {
    /// An element as a comparable value: name, attributes, text, children.
    struct Shape: Equatable, CustomStringConvertible {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Shape]

        init(_ element: XMLTree.Element) {
            name = element.name
            attributes = element.attributes
            text = element.text
            children = element.children.map(Shape.init)
        }

        init(name: String, attributes: [String: String], text: String, children: [Shape]) {
            self.name = name
            self.attributes = attributes
            self.text = text
            self.children = children
        }

        var description: String { "<\(name) \(attributes.sorted { $0.key < $1.key })>\(text.debugDescription)\(children)</\(name)>" }
    }

    /// The tree Foundation's `XMLParser` gives, built as `XMLTree` built it before.
    final class Reference: NSObject, XMLParserDelegate {
        var stack: [Shape] = []
        var root: Shape?

        static func parse(_ data: Data) -> Shape? {
            let parser = XMLParser(data: data)
            parser.shouldResolveExternalEntities = false
            parser.shouldProcessNamespaces = false
            let reference = Reference()
            parser.delegate = reference
            return parser.parse() ? reference.root : nil
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(Shape(name: local, attributes: attributes, text: "", children: []))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let done = stack.removeLast()
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
        }
    }

    static let documents: [String] = [
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n" +
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheetData>"# +
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42.5</v></c></row></sheetData></worksheet>"#,
        #"<x:sst xmlns:x="main" count="2"><x:si><x:t xml:space="preserve"> two  spaces </x:t></x:si><x:si><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:si></x:sst>"#,
        "<a>\n  <b k='single' q=\"it's\">x &lt; y &amp;&amp; z &gt; w &quot;q&quot; &apos;a&apos;</b>\n</a>\n",
        "<a t=\"line\none\ttab &#10; kept &#x9;\">&#233;t&#xE9; &#x1F600; caf\u{E9}</a>",
        "<!-- before --><a><!-- inside -->one<![CDATA[<not> & a tag]]>two<?pi data?></a><!-- after -->",
        "<a>first\r\nsecond\rthird</a>",
        "\u{FEFF}<a/>",
        "<a><b/><b></b><c d=\"\"/></a>",
    ]

    @Test(arguments: documents)
    func readsWhatXMLParserReads(_ text: String) throws {
        let data = Data(text.utf8)
        let expected = try #require(Reference.parse(data), "XMLParser refuses \(text.debugDescription)")
        switch XMLTree.parse(data) {
        case .success(let root): #expect(Shape(root) == expected)
        case .failure(let failure): Issue.record("refused at line \(failure.line): \(failure.reason)")
        }
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let text = "<a b=\"é\">Grüße</a>"
        for (mark, units) in [([UInt8(0xFF), 0xFE], text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                              ([UInt8(0xFE), 0xFF], text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })] {
            let root = try XMLTree.parse(Data(mark + units)).get()
            #expect(root.name == "a" && root.attributes["b"] == "é" && root.text == "Grüße")
        }
    }

    /// What is not well-formed is refused with its line, as XMLParser refuses it; a document type
    /// declaration is refused outright, so that no entity is ever defined, and so is a second root
    /// element (which XMLParser lets pass).
    @Test(arguments: [
        ("<a><b></a>", 1), ("<a>\n<b>\n</b>", 3), ("<a></a><b/>", 1), ("text<a/>", 1), ("<a>&nbsp;</a>", 1),
        ("<a>AT&T</a>", 1), ("<a b=c/>", 1), ("<a b=\"1\" b=\"2\"/>", 1), ("<a b=\"<\"/>", 1), ("", 1),
        ("<a><!-- open </a>", 1), ("<a>\n\n<![CDATA[x</a>", 3), ("<a", 1), ("</a>", 1), ("<a>&#0;</a>", 1),
        ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", 1),
    ])
    func refusesWhatIsNotWellFormed(_ text: String, _ line: Int) {
        let data = Data(text.utf8)
        if !text.hasPrefix("<!DOCTYPE"), text != "<a></a><b/>" { #expect(Reference.parse(data) == nil, "XMLParser reads \(text.debugDescription)") }
        switch XMLTree.parse(data) {
        case .success: Issue.record("read \(text.debugDescription)")
        case .failure(let failure):
            #expect(failure.line == line, "\(text.debugDescription): \(failure.reason)")
            #expect(!failure.reason.isEmpty)
        }
    }

    @Test func elementsNestAtMost256Deep() throws {
        let deep = { (depth: Int) in String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) }
        #expect((try? XMLTree.parse(Data(deep(256).utf8)).get()) != nil)
        guard case .failure(let failure) = XMLTree.parse(Data(deep(100_000).utf8)) else {
            Issue.record("100,000 levels read")
            return
        }
        #expect(failure.reason == "elements nest more than 256 deep")
    }
}
