/// A Markdown file split into its YAML front matter and its body, with the lines where each starts.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines, or nil when the file has no front matter.
    public let yaml: String?
    /// The line of the file where the YAML starts (the line after the opening `---`).
    public let yamlFirstLine: Int
    /// The Markdown after the front matter.
    public let body: String
    /// The line of the file where the body starts.
    public let bodyFirstLine: Int

    /// The front matter is not closed: the line of the opening `---`.
    public struct Unclosed: Error, Equatable, Sendable {
        /// The line of the opening `---`, from 1.
        public let line: Int
    }

    /// Splits a file's text. Front matter opens with `---` on the first line and closes with `---`
    /// (or `...`) on a line of its own.
    public static func split(_ text: String) -> Result<FrontMatter, Unclosed> {
        let utf8 = text.utf8
        guard let firstEnd = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? (utf8.isEmpty ? nil : utf8.endIndex),
              isFence(utf8[utf8.startIndex..<firstEnd], allowDots: false) else {
            return .success(FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        var line = 2
        var lineStart = firstEnd == utf8.endIndex ? firstEnd : utf8.index(after: firstEnd)
        let yamlStart = lineStart
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(utf8[lineStart..<lineEnd], allowDots: true) {
                let yaml = String(text[yamlStart..<lineStart])
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2,
                                            body: String(text[bodyStart...]), bodyFirstLine: line + 1))
            }
            line += 1
            lineStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
        }
        return .failure(Unclosed(line: 1))
    }

    private static func isFence(_ line: Substring.UTF8View.SubSequence, allowDots: Bool) -> Bool {
        var bytes = Array(line)
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes.removeLast() }
        if bytes == Array("---".utf8) { return true }
        return allowDots && bytes == Array("...".utf8)
    }
}
