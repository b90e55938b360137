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

        /// The shape without namespace declarations (`xmlns`, `xmlns:r`): XMLParser leaves out one
        /// with an empty value, which XML namespaces do not allow; Vista keeps every attribute.
        var withoutNamespaceDeclarations: Shape {
            Shape(name: name, attributes: attributes.filter { !$0.key.hasPrefix("xmlns") }, text: text,
                  children: children.map(\.withoutNamespaceDeclarations))
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

    /// A processing instruction without data (`<?pi?>`): Foundation's `XMLParser` crashes on it on
    /// Linux (it passes a null pointer on), so a workbook with one stopped Vista before `XMLTree`.
    @Test func aProcessingInstructionWithoutDataIsRead() throws {
        let root = try XMLTree.parse(Data("<a>x<?pi?>y</a>".utf8)).get()
        #expect(root.name == "a" && root.text == "xy")
    }

    /// Some thousands of documents made by changing, removing or adding a byte or three of the ones
    /// above (the same ones each run): the reader never crashes, and where XMLParser reads a
    /// document too, both read the same tree. (XMLParser lets some documents pass that are not
    /// well-formed, such as `<a></]a>`, which Vista refuses; and it keeps a lone carriage return in
    /// CDATA, which XML makes a line feed, as Vista does.)
    @Test func changedDocumentsReadAsXMLParserReadsThem() {
        var random = SplitMix64(seed: 2026_12_02)
        let seeds = Self.documents.map { Array($0.utf8) }
        let alphabet = Array("<>/=\"'&;#x:! ?-[]CDATA\r\n\ta1".utf8)
        var compared = 0
        for _ in 0..<5_000 {
            var bytes = seeds[Int(random.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + random.next() % 3) where !bytes.isEmpty {
                let at = Int(random.next() % UInt64(bytes.count))
                let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
                switch random.next() % 3 {
                case 0: bytes[at] = byte
                case 1: bytes.remove(at: at)
                default: bytes.insert(byte, at: at)
                }
            }
            let ours = try? XMLTree.parse(Data(bytes)).get()
            // XMLParser crashes on a processing instruction without data, and on text that is not UTF-8.
            guard let text = String(bytes: bytes, encoding: .utf8), !text.contains(#/<\?[^ \t\r\n?>]*\?>/#),
                  !(text.contains("CDATA") && text.contains("\r")), let theirs = Reference.parse(Data(bytes)), let ours else { continue }
            #expect(Shape(ours).withoutNamespaceDeclarations == theirs.withoutNamespaceDeclarations, "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared > 1_000)
    }

    /// A small seeded generator, so that every run changes the documents the same way.
    struct SplitMix64 {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
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
