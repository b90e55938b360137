import Foundation

/// One example of the GitHub Flavored Markdown spec shipped with cmark-gfm.
struct SpecExample: Sendable, CustomStringConvertible {
    /// 1-based, in spec order (the numbering of the spec's HTML edition).
    let number: Int
    /// The line of the opening fence in spec.txt.
    let line: Int
    /// The heading the example sits under.
    let section: String
    /// The words after `example` on the fence line: extension names, or `disabled`.
    let tags: [String]
    /// The Markdown input, tabs restored.
    let markdown: String
    /// The expected HTML, tabs restored.
    let html: String

    var description: String { "example \(number) (spec.txt line \(line), \(section))" }
}

/// Reads the spec from the Debian package at test time.
enum GFMSpec {
    static let path = "/usr/share/doc/cmark-gfm/spec.txt.gz"

    /// Every example, or none when the spec cannot be read (the count check then fails).
    static let examples: [SpecExample] = parse(gunzip(path))

    /// The spec text, decompressed by gzip.
    static func gunzip(_ path: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return ""
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Splits the spec into examples: a fence of 32 backticks and ` example`
    /// (optionally followed by tags), the Markdown, a line holding `.`, the HTML,
    /// and a closing fence of 32 backticks. `→` stands for a tab.
    static func parse(_ spec: String) -> [SpecExample] {
        let fence = String(repeating: "`", count: 32)
        let opening = fence + " example"
        enum State { case prose, markdown, html }
        var state = State.prose
        var examples: [SpecExample] = []
        var section = ""
        var tags: [String] = []
        var startLine = 0
        var markdown = "", html = ""
        for (index, line) in spec.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case .prose:
                if line.hasPrefix(opening) {
                    tags = line.dropFirst(opening.count).split(separator: " ").map(String.init)
                    startLine = index + 1
                    markdown = ""
                    html = ""
                    state = .markdown
                } else if line.hasPrefix("#") {
                    section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                }
            case .markdown:
                if line == "." { state = .html } else { markdown += line + "\n" }
            case .html:
                if line == fence {
                    examples.append(SpecExample(
                        number: examples.count + 1, line: startLine, section: section, tags: tags,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t")))
                    state = .prose
                } else {
                    html += line + "\n"
                }
            }
        }
        return examples
    }
}
