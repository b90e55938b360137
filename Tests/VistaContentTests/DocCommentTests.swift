import Foundation
import Testing

/// Every public declaration of every Swift target under `Sources/` (VistaContent, VistaSite,
/// VistaSupport, VistaCharts, VistaMarkdown, VistaServer, VistaCLI, vista; a folder without Swift,
/// like the C targets, has nothing to check) has a `///` comment right above it (attributes such
/// as `@discardableResult` may stand between), so that the code explains itself in the user's
/// words: units, the key of the content format a value comes from, what nil means.
///
/// The check reads the source text of each target, subfolders included, line by line: a
/// declaration is a line that starts with `public` or `open` (after attributes); `public
/// extension` is left out, its members are checked.
@Suite struct DocCommentTests {
    /// Types whose stored properties are told by the type's own comment, so they need none of
    /// their own. Keep it short: add a type only when its comment names every property.
    static let propertiesToldByTheirType: Set<String> = [
        "ThemeColor",       // `red`, `green`, `blue`: the channels, from 0 to 1
        "WorkloadChanges",  // the fields of `Workload`, as a recommendation overrides them
    ]

    /// The `Sources` folder of the package, whose subfolders are the targets.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources").standardized

    /// The Swift files of every target, as paths below `Sources` (`VistaSite/Models/Task.swift`), sorted.
    static func swiftFiles() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let files = try Self.swiftFiles()
        var declarations = 0
        var missing: [String] = []
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                guard let declaration = Self.publicDeclaration(line) else { continue }
                declarations += 1
                if Self.hasDocComment(lines, above: index) { continue }
                if Self.isStoredProperty(declaration),
                   let owner = Self.enclosingType(lines, of: index), Self.propertiesToldByTheirType.contains(owner) { continue }
                missing.append("Sources/\(file):\(index + 1): \(declaration)")
            }
        }
        let targets = Set(files.compactMap { $0.split(separator: "/").first.map(String.init) })
        #expect(targets.isSuperset(of: ["VistaContent", "VistaSite", "VistaSupport", "VistaCharts", "VistaMarkdown",
                                        "VistaServer", "VistaCLI", "vista"]),
                "the check found Swift files only in \(targets.sorted()) under \(Self.sources.path)")
        #expect(declarations > 500, "the check found only \(declarations) public declarations in \(Self.sources.path)")
        #expect(missing.isEmpty, """
            \(missing.count) public declarations have no /// comment; say what each means for a user of \
            Vista (units, the key or file it comes from, what nil means, what it returns on failure):
            \(missing.joined(separator: "\n"))
            """)
    }

    /// The declaration a line starts, without its attributes, or nil when it starts none that is public.
    static func publicDeclaration(_ line: String) -> String? {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        while text.hasPrefix("@") {
            guard let end = attributeEnd(text) else { return nil }
            text = text[end...].drop { $0 == " " }
        }
        guard text.hasPrefix("public ") || text.hasPrefix("open ") else { return nil }
        if text.hasPrefix("public extension ") { return nil }
        return String(text)
    }

    /// Where an attribute (`@discardableResult`, `@available(macOS 13, *)`) at the start of a text ends.
    static func attributeEnd(_ text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index].isLetter || text[index].isNumber || text[index] == "_" {
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index] == "(" else { return index }
        var depth = 0
        while index < text.endIndex {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            index = text.index(after: index)
            if depth == 0 { return index }
        }
        return nil
    }

    /// Whether the line above (past attribute lines) is a `///` comment or closes a `/** */` one.
    static func hasDocComment(_ lines: [String], above index: Int) -> Bool {
        var above = index - 1
        while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
        guard above >= 0 else { return false }
        let line = lines[above].trimmingCharacters(in: .whitespaces)
        return line.hasPrefix("///") || (line.hasSuffix("*/") && !line.hasPrefix("//"))
    }

    /// Whether a declaration is a stored property: `let` or `var` without a body.
    static func isStoredProperty(_ declaration: String) -> Bool {
        let words = declaration.split(separator: " ")
        guard words.contains("let") || words.contains("var") else { return false }
        return !declaration.hasSuffix("{") && !declaration.contains("{ ")
    }

    /// The name of the type a member belongs to: the nearest line above, indented one level less,
    /// that declares a struct, class, enum or extension (the sources indent by four spaces).
    static func enclosingType(_ lines: [String], of index: Int) -> String? {
        let indent = lines[index].prefix { $0 == " " }.count
        guard indent >= 4 else { return nil }
        for line in lines[..<index].reversed() where line.prefix(while: { $0 == " " }).count == indent - 4 {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("//") || text.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "<" || $0 == "{" })
            guard let kind = words.firstIndex(where: { ["struct", "class", "enum", "extension", "actor"].contains($0) }),
                  kind + 1 < words.count else { return nil }
            return String(words[kind + 1])
        }
        return nil
    }
}
