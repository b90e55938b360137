/// Counts the aliases (`*name`) in YAML text before Yams reads it, without parsing it.
///
/// Aliases repeat what an anchor (`&name`) names, so a few lines can stand for billions of values
/// ("billion laughs"); Yams compares mapping keys by value while it composes, which then never
/// ends. With at most `maximum` aliases a file expands to at most about 3^(maximum/3) values,
/// which is quick to read, and content files need few aliases or none.
///
/// The count follows YAML's rules closely enough to never count Markdown: an alias starts a
/// value (at the start of a line, after `- `, `? `, `: `, `[`, `{` or `,`); text in quotes, in
/// comments and in block scalars (`|`, `>`) is skipped.
enum YAMLAliasCount {
    /// The most aliases a content file may use.
    static let maximum = 30

    /// The line of the first alias past `maximum`, or nil when there are not that many.
    static func lineBeyondMaximum(_ text: String) -> Int? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var count = 0
        var blockIndent: Int?   // the indentation of the line that opened a block scalar
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            if let open = blockIndent {
                if indent == bytes.count || indent > open { continue }
                blockIndent = nil
            }
            let (aliases, opensBlock) = scan(bytes, from: indent)
            count += aliases
            if count > maximum { return lineNumber }
            if opensBlock { blockIndent = indent }
        }
        return nil
    }

    /// The aliases on one line, and whether the line opens a block scalar.
    private static func scan(_ bytes: [UInt8], from start: Int) -> (Int, Bool) {
        var aliases = 0, index = start
        var atValueStart = true
        var lastValueStart: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
            let spaceFollows = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
            let isQuote = byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
            let isIndicator = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                // White space keeps the state.
            } else if byte == UInt8(ascii: "#"), index == 0 || bytes[index - 1] == UInt8(ascii: " ") {
                break
            } else if isQuote, atValueStart {
                index += 1
                while index < bytes.count, bytes[index] != byte {
                    if byte == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
                atValueStart = false
                lastValueStart = byte
            } else if isIndicator, spaceFollows {
                atValueStart = true
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") {
                atValueStart = true
            } else {
                if atValueStart {
                    if byte == UInt8(ascii: "*") { aliases += 1 }
                    lastValueStart = byte
                }
                atValueStart = false
            }
            index += 1
        }
        let opensBlock = (lastValueStart == UInt8(ascii: "|") || lastValueStart == UInt8(ascii: ">"))
            && blockIndicatorEnds(Array(bytes[..<index]))
        return (aliases, opensBlock)
    }

    /// Whether the line ends with a block scalar indicator like `|`, `>-` or `|2+`.
    private static func blockIndicatorEnds(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        let token = bytes[start..<end]
        guard let first = token.first, first == UInt8(ascii: "|") || first == UInt8(ascii: ">") else { return false }
        return token.dropFirst().allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || ($0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9")) }
    }
}
