import ArgumentParser
import Foundation
import VistaContent
import VistaSite

/// `vista check`: every error and warning, without writing a site.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content folder and list every error and warning, without writing a site.",
        discussion: """
        Checks everything a build checks (drafts included), and warns about gaps in the analysis: \
        questions of the six still open, tasks without a recommendation, metrics whose data is older \
        than the others' (stale), keys the format does not know ("did you mean …?") and proposals \
        whose tasks save nothing. Exits with 1 when there is an error, 0 otherwise (warnings too). \
        With --format json, prints one JSON object: {"version": 1, "content": …, "errors": N, \
        "warnings": N, "diagnostics": [{"file", "line", "column", "severity", "message", "hint"}]}; \
        line and column are null for a diagnostic about a whole file, hint is null when there is none.
        """
    )

    /// How the diagnostics are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "text (file:line:column: severity: message) or json.")
    var format: Format = .text

    @Flag(name: .shortAndLong, help: "Print errors only (text format).")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let result = console.progress("Checking \(Console.folder(content)) …") { check() }
        let output = format == .json ? Self.json(result.diagnostics, contentFolder: content)
            : Self.text(result.diagnostics, contentFolder: content, quiet: quiet, colour: Console.colourOnStandardOutput)
        FileHandle.standardOutput.write(Data(output.utf8))
        if result.diagnostics.hasErrors { throw ExitCode.failure }
    }

    /// The diagnostics of the content folder, sorted: the build's and the content checks'.
    func check() -> (diagnostics: [Diagnostic], seconds: Double) {
        let options = BuildOptions(content: content, output: "", includeDrafts: true, write: false)
        let report = SiteBuilder(options: options).check()
        return ((report.diagnostics + report.checks).sortedForDisplay(), report.seconds)
    }

    /// The text format: one diagnostic per line (a hint on the next), then a summary line.
    static func text(_ diagnostics: [Diagnostic], contentFolder: String, quiet: Bool, colour: Bool) -> String {
        let shown = quiet ? diagnostics.filter(\.isError) : diagnostics
        var text = Console.text(of: shown, contentFolder: contentFolder, colour: colour)
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        if !quiet {
            let folder = Console.folder(contentFolder)
            text += errors == 0 && warnings == 0 ? "\(folder): no errors, no warnings.\n"
                : "\(folder): \(Console.count(errors, "error")), \(Console.count(warnings, "warning")).\n"
        }
        return text
    }

    /// The JSON format, documented in the command's help and in the README.
    static func json(_ diagnostics: [Diagnostic], contentFolder: String) -> String {
        let folder = contentFolder.hasSuffix("/") && contentFolder.count > 1 ? String(contentFolder.dropLast()) : contentFolder
        let entries = diagnostics.map { diagnostic -> CheckOutput.Entry in
            let location = diagnostic.location
            let file = folder.isEmpty || folder == "." ? location.file : location.file.isEmpty ? folder : folder + "/" + location.file
            return CheckOutput.Entry(file: file, line: location.hasLine ? location.line : nil,
                                     column: location.hasLine ? location.column : nil,
                                     severity: diagnostic.severity.rawValue, message: diagnostic.message, hint: diagnostic.hint)
        }
        let errors = diagnostics.filter(\.isError).count
        let output = CheckOutput(version: 1, content: folder, errors: errors, warnings: diagnostics.count - errors, diagnostics: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON that `vista check --format json` prints. Version 1; fields are only ever added.
struct CheckOutput: Codable, Equatable {
    /// One diagnostic.
    struct Entry: Codable, Equatable {
        /// The path as the text format prints it: the content folder as given, then the path inside it.
        var file: String
        /// 1-based; null for a diagnostic about a whole file or folder.
        var line: Int?
        var column: Int?
        /// `error` or `warning`.
        var severity: String
        var message: String
        /// How to fix it; null when there is no hint.
        var hint: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }
    }

    var version: Int
    /// The content folder as given.
    var content: String
    var errors: Int
    var warnings: Int
    var diagnostics: [Entry]
}
