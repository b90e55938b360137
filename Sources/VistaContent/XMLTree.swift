import Foundation

/// A small XML document as a tree of elements: enough for the parts of an `.xlsx` workbook
/// (element names without their prefix, attributes as written, text). Read by Vista's own reader,
/// byte by byte: Foundation's `XMLParser` would load libxml2 and ICU into every run of Vista, for
/// the few builds that read a workbook. A document type declaration is refused (so no entity is
/// ever defined or expanded, external or not), and elements nest at most 256 deep.
final class XMLTree {
    /// One element: its local name, attributes, text and children.
    final class Element {
        /// The name as written (`x:row`).
        let qualifiedName: String
        /// The name without its prefix (`row`).
        let name: String
        let attributes: [String: String]
        /// The element's own character data, in order (the text between its children too).
        var text = ""
        var children: [Element] = []

        init(qualifiedName: String, attributes: [String: String]) {
            self.qualifiedName = qualifiedName
            self.name = qualifiedName.split(separator: ":").last.map(String.init) ?? qualifiedName
            self.attributes = attributes
        }

        /// The children with a local name.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child with a local name.
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    /// Why an XML part could not be read.
    struct XMLFailure: Error {
        var reason: String
        var line: Int
    }

    /// The deepest nesting of elements a document may have (libxml2's own limit).
    static let maximumDepth = 256

    /// Parses XML in UTF-8 (UTF-16 with a byte order mark is read too); the reason and line when it
    /// is not well-formed.
    static func parse(_ data: Data) -> Result<Element, XMLFailure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index -> UInt16 in
                little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        var reader = Reader(bytes: bytes)
        do {
            return .success(try reader.document())
        } catch let failure as XMLFailure {
            return .failure(failure)
        } catch {
            return .failure(XMLFailure(reason: "\(error)", line: reader.line))
        }
    }

    /// The reader: a position in the bytes and the line it is on.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ reason: String) -> XMLFailure { XMLFailure(reason: reason, line: line) }

        /// Whether the bytes at the position are `text`.
        func at(_ text: String) -> Bool {
            var position = index
            for byte in text.utf8 {
                guard position < bytes.count, bytes[position] == byte else { return false }
                position += 1
            }
            return true
        }

        /// Moves past `count` bytes, counting lines.
        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
        }

        /// Moves past `end`, which must come; the bytes before it.
        mutating func skip(past end: String, what: String) throws -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count {
                if at(end) {
                    let skipped = bytes[start..<index]
                    advance(end.utf8.count)
                    return skipped
                }
                advance()
            }
            throw failure("\(what) is not closed with \(end)")
        }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        mutating func skipSpace() { while index < bytes.count, Self.isSpace(bytes[index]) { advance() } }

        /// The whole document: one root element, with comments, processing instructions and space around it.
        mutating func document() throws -> Element {
            var root: Element?
            var stack: [Element] = []
            while index < bytes.count {
                if at("<!--") {
                    advance(4)
                    _ = try skip(past: "-->", what: "a comment")
                } else if at("<?") {
                    advance(2)
                    _ = try skip(past: "?>", what: "a processing instruction")
                } else if at("<![CDATA[") {
                    guard let current = stack.last else { throw failure("character data outside the root element") }
                    advance(9)
                    current.text += try decoded(try skip(past: "]]>", what: "a CDATA section"), references: false)
                } else if at("<!") {
                    throw failure("a document type declaration is not allowed")
                } else if at("</") {
                    advance(2)
                    let name = try self.name()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw failure("the end tag </\(name) is not closed with >") }
                    advance()
                    guard let open = stack.popLast() else { throw failure("the end tag </\(name)> has no start tag") }
                    guard open.qualifiedName == name else { throw failure("the end tag </\(name)> closes <\(open.qualifiedName)>") }
                } else if index < bytes.count, bytes[index] == UInt8(ascii: "<") {
                    advance()
                    let (element, empty) = try startTag()
                    if let parent = stack.last {
                        parent.children.append(element)
                    } else {
                        guard root == nil else { throw failure("a second root element <\(element.qualifiedName)>") }
                        root = element
                    }
                    if !empty {
                        stack.append(element)
                        guard stack.count <= XMLTree.maximumDepth else { throw failure("elements nest more than \(XMLTree.maximumDepth) deep") }
                    }
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
                    let data = bytes[start..<index]
                    if let current = stack.last {
                        current.text += try decoded(data)
                    } else if !data.allSatisfy(Self.isSpace) {
                        throw failure("text outside the root element")
                    }
                }
            }
            if let open = stack.last { throw failure("the element <\(open.qualifiedName)> is not closed") }
            guard let root else { throw failure("the document has no root element") }
            return root
        }

        /// A name: everything up to space, `/`, `>`, `=` or `<`.
        mutating func name() throws -> String {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
                    || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
                advance()
            }
            guard index > start else { throw failure("a name is missing") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// A start tag after its `<`: the element, and whether it is empty (`/>`).
        mutating func startTag() throws -> (Element, Bool) {
            let qualified = try name()
            var attributes: [String: String] = [:]
            while true {
                skipSpace()
                guard index < bytes.count else { throw failure("the start tag <\(qualified) is not closed") }
                if bytes[index] == UInt8(ascii: ">") {
                    advance()
                    return (Element(qualifiedName: qualified, attributes: attributes), false)
                }
                if at("/>") {
                    advance(2)
                    return (Element(qualifiedName: qualified, attributes: attributes), true)
                }
                let attribute = try name()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw failure("the attribute \(attribute) has no value") }
                advance()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                    throw failure("the value of \(attribute) is not in quotes")
                }
                let quote = bytes[index]
                advance()
                let start = index
                while index < bytes.count, bytes[index] != quote {
                    guard bytes[index] != UInt8(ascii: "<") else { throw failure("the value of \(attribute) contains <") }
                    advance()
                }
                guard index < bytes.count else { throw failure("the value of \(attribute) is not closed") }
                let raw = bytes[start..<index]
                advance()
                guard attributes[attribute] == nil else { throw failure("the attribute \(attribute) appears twice") }
                // Attribute-value normalization: each literal white-space character is a space.
                attributes[attribute] = try decoded(raw, spaces: true)
            }
        }

        /// Character data with its references replaced (`&lt;`, `&#233;`, `&#xE9;`; not in CDATA,
        /// `references: false`) and its line ends made `\n`; in an attribute value (`spaces`), every
        /// literal white space a space.
        func decoded(_ data: ArraySlice<UInt8>, spaces: Bool = false, references: Bool = true) throws -> String {
            guard data.contains(where: { (references && $0 == UInt8(ascii: "&")) || $0 == 0x0D || (spaces && ($0 == 0x09 || $0 == 0x0A)) }) else {
                return String(decoding: data, as: UTF8.self)
            }
            var out: [UInt8] = []
            out.reserveCapacity(data.count)
            var position = data.startIndex
            while position < data.endIndex {
                let byte = data[position]
                if references, byte == UInt8(ascii: "&") {
                    guard let end = data[position...].firstIndex(of: UInt8(ascii: ";")), end - position <= 12 else {
                        throw failure("an & that begins no reference (write &amp;)")
                    }
                    let reference = String(decoding: data[(position + 1)..<end], as: UTF8.self)
                    guard let scalar = Self.scalar(of: reference) else { throw failure("the reference &\(reference); is not defined") }
                    out += Array(String(Character(scalar)).utf8)
                    position = end + 1
                    continue
                }
                if byte == 0x0D {
                    // \r\n and a lone \r are both one line end.
                    out.append(spaces ? 0x20 : 0x0A)
                    if position + 1 < data.endIndex, data[position + 1] == 0x0A { position += 1 }
                } else if spaces, byte == 0x09 || byte == 0x0A {
                    out.append(0x20)
                } else {
                    out.append(byte)
                }
                position += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// The character a reference names: one of XML's five, or a character number.
        static func scalar(of reference: String) -> Unicode.Scalar? {
            switch reference {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            default:
                guard reference.hasPrefix("#") else { return nil }
                let digits = reference.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                return scalar
            }
        }
    }
}
