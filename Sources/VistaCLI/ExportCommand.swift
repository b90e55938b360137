import ArgumentParser
import Foundation
import VistaSite

/// `vista export`: one page as one file to send, self-contained HTML or a PDF.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export one page as a single file to send: self-contained HTML, or PDF through headless Chromium.",
        discussion: """
        The page is built as `vista build` builds it. The HTML file holds its stylesheet, charts and images and \
        refers to no other file; links to other pages point at base_url when it is a full URL and are plain text \
        otherwise. A PDF is that file printed by headless Chromium (chromium, chromium-browser, google-chrome, or \
        --browser). A failed export writes nothing; an existing file is replaced in one step.
        """
    )

    /// The paper of a PDF.
    enum Paper: String, ExpressibleByArgument, CaseIterable {
        case a4, letter
        var css: String { self == .a4 ? "A4" : "letter" }
    }

    @Argument(help: "The page: / (the home page), proposals/ID or tasks/ID (any page's path in the site).")
    var page: String

    @Option(name: .long, help: "The file to write: FILE.html or FILE.pdf.")
    var to: String

    @OptionGroup var source: ContentArguments

    @Option(name: .long, help: "The Chromium or Chrome executable that prints a PDF (found on the PATH if left out).")
    var browser: String?

    @Option(name: .long, help: "The paper of a PDF: a4 or letter.")
    var paper: Paper = .a4

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    var isPDF: Bool { to.lowercased().hasSuffix(".pdf") }

    func validate() throws {
        let name = to.lowercased()
        guard name.hasSuffix(".pdf") || name.hasSuffix(".html") || name.hasSuffix(".htm") else {
            throw ValidationError("--to must name a .html or a .pdf file")
        }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        do {
            // Without a browser a PDF cannot be made: say so before any work, and write nothing.
            let chromium = isPDF ? try HeadlessChromium.find(explicit: browser) : nil
            let result = PageExport(options: source.options(output: "", write: false)).export(page: page)
            console.print(result.diagnostics, contentFolder: source.content)
            guard result.succeeded, let html = result.html else {
                let errors = result.diagnostics.filter(\.isError).count
                console.error("Export failed: \(Console.count(errors, "error")); \(to) was not written.")
                throw ExitCode.failure
            }
            if let chromium {
                let pdf = try chromium.printPDF(html: Self.withPaper(html, paper))
                try AtomicFile.write(pdf, to: to)
            } else {
                try AtomicFile.write(Data(html.utf8), to: to)
            }
            console.info("Exported \(result.title) → \(to)")
        } catch let failure as HeadlessChromium.Failure {
            console.error("error: \(failure.description); \(to) was not written.")
            throw ExitCode.failure
        } catch let failure as AtomicFile.Failure {
            console.error("error: \(failure.description)")
            throw ExitCode.failure
        }
    }

    /// The page with the paper size for printing: the theme leaves the paper to the reader's printer.
    static func withPaper(_ html: String, _ paper: Paper) -> String {
        guard let head = html.range(of: "</head>") else { return html }
        return html.replacingCharacters(in: head, with: "<style>@page { size: \(paper.css); }</style>\n</head>")
    }
}
