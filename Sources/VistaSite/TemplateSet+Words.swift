import VistaSupport

/// The words written into the templates when they are loaded: a word is the same on every page of
/// a build, so `{{t.key}}` need not be looked up on every page (a lookup walks the context stack
/// from the innermost section out to the page, about 10,000 instructions each).
extension TemplateSet {
    /// `text` with every `{{t.key}}` replaced by the word escaped as `{{…}}` escapes it, and every
    /// `{{{t.key}}}` by the word as it is. Left to be looked up as the page renders: a key that is
    /// not a word, a word with a brace or a line break in it (it would change the template's
    /// tags or its line numbers), and every tag of a template that sets its own delimiters or
    /// content type (`{{=…=}}`, `{{%…}}`).
    static func writingWords(into text: String, words: Catalogue) -> String {
        guard ByteSearch.contains("t.", in: text), !ByteSearch.contains("{{=", in: text), !ByteSearch.contains("{{%", in: text) else { return text }
        var bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), space = UInt8(ascii: " ")
        bytes.append(0)   // a sentinel: every look ahead below stops at it
        let end = bytes.count - 1
        while index < end {
            guard bytes[index] == open, bytes[index + 1] == open else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let triple = bytes[index + 2] == open
            var cursor = index + (triple ? 3 : 2)
            while bytes[cursor] == space { cursor += 1 }
            let nameStart = cursor
            while isNameByte(bytes[cursor]) { cursor += 1 }
            let name = bytes[nameStart..<cursor]
            while bytes[cursor] == space { cursor += 1 }
            let closing = triple ? 3 : 2
            var closes = cursor + closing <= end
            for offset in 0..<closing where closes { closes = bytes[cursor + offset] == close }
            if closes, name.count > 2, name.starts(with: "t.".utf8),
               let word = words.entries[String(decoding: name.dropFirst(2), as: UTF8.self)],
               !word.utf8.contains(where: { $0 == open || $0 == close || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
                out.append(contentsOf: (triple ? word : HTML.escape(word)).utf8)
                index = cursor + closing
            } else {
                out.append(contentsOf: bytes[index..<(index + 2)])
                index += 2
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"): true
        default: false
        }
    }
}
