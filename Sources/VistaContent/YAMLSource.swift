import Yams

/// YAML text of one file (or one front matter, or one embed body) and how to place its nodes in
/// the file: `lineOffset` is added to every line Yams reports.
struct YAMLSource {
    let file: String
    let lineOffset: Int
    let columnOffset: Int

    init(file: String, lineOffset: Int = 0, columnOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
    }

    /// The location of a node in the file.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return location(line: mark.line, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column + (line == 1 ? columnOffset : 0))
    }

    /// The deepest nesting libyaml (inside Yams) reads before it stops with an error, so that no
    /// stack overflows on input nested thousands of levels deep.
    static let maximumDepth = 1000

    /// Parses the YAML into a node tree, or gives the syntax error as a diagnostic.
    /// Empty text gives nil without an error.
    func compose(_ text: String) -> Result<Node?, Diagnostic> {
        if let line = YAMLAliasCount.lineBeyondMaximum(text) {
            return .failure(.error(location(line: line, column: 1),
                                   "the YAML uses more than \(YAMLAliasCount.maximum) aliases (*name); Vista reads at most \(YAMLAliasCount.maximum)",
                                   hint: "write the values out instead of repeating anchors (&name): aliases can stand for billions of values"))
        }
        do {
            // Vista reads every scalar as written, so no tag needs resolving (the basic resolver
            // makes every scalar a string), and the encoding is always UTF-8.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: text))
        } catch {
            return .failure(.error(location(line: 1, column: 1), "the YAML could not be read: \(error)"))
        }
    }

    private func diagnostic(for error: YamlError, in text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return .error(location(line: mark.line, column: mark.column),
                              "the YAML is nested too deeply: Vista reads at most \(Self.maximumDepth) levels of lists and mappings",
                              hint: "no content file needs more than a few levels; look for brackets or dashes that never end")
            }
            if let plain = YAMLProblem(problem, character: Self.character(atLine: mark.line, column: mark.column, in: text)) {
                return .error(location(line: mark.line, column: mark.column), plain.message, hint: plain.hint)
            }
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return .error(location(line: mark.line, column: mark.column), message,
                          hint: "check the indentation and the quotes around this place")
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { Self.lineAndColumn(of: $0, in: text) } ?? (1, 1)
            return .error(location(line: line, column: column), "the YAML could not be read: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            let repeated = Self.repeatedKey(duplicates.sorted().first ?? "", after: context.mark, in: text)
            let place = repeated ?? (context.mark.line, context.mark.column)
            return .error(location(line: place.0, column: place.1),
                          "duplicate key \(keys): a key may appear only once in a mapping",
                          hint: "remove one of them or merge their values")
        default:
            return .error(location(line: 1, column: 1), "the YAML could not be read: \(error)")
        }
    }

    /// Where a key appears again after its first appearance at the same indentation.
    private static func repeatedKey(_ key: String, after mark: Mark, in text: String) -> (Int, Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, !key.isEmpty else { return nil }
        let indent = mark.column - 1
        for index in mark.line..<lines.count {
            let line = lines[index]
            let body = line.drop(while: { $0 == " " })
            let lineIndent = line.count - body.count
            if lineIndent < indent, !body.isEmpty, !body.hasPrefix("#") { break }
            let stripped = body.hasPrefix("- ") ? body.dropFirst(2) : body
            if lineIndent == indent || body.hasPrefix("- "),
               stripped.hasPrefix(key + ":") || stripped.hasPrefix("\"\(key)\":") || stripped.hasPrefix("'\(key)':") {
                return (index + 1, lineIndent + (body.count - stripped.count) + 1)
            }
        }
        return nil
    }

    /// The character at a 1-based line and column, if the text has one there.
    static func character(atLine line: Int, column: Int, in text: String) -> Character? {
        guard line >= 1, column >= 1 else { return nil }
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line <= lines.count else { return nil }
        let row = lines[line - 1]
        guard column <= row.count else { return nil }
        return row[row.index(row.startIndex, offsetBy: column - 1)]
    }

    /// The 1-based line and column of a UTF-8 byte offset.
    static func lineAndColumn(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
