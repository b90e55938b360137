import FuzzDriver
import Foundation
@testable import VistaContent
@testable import VistaSite

/// The Markdown renderer with embeds, links and the site's templates: the input is the body of a
/// page in the example site, rendered as a whole page. Any text renders (embeds and links that
/// are wrong give diagnostics), and in safe mode the page never holds a script or a
/// `javascript:` link.
private let renderer: SiteRenderer = {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Content").standardized.path
    let loaded = ContentLoader(root: content).load()
    guard let site = loaded.content, loaded.succeeded else { fatalError("the example content does not load: \(loaded.diagnostics)") }
    let graph = SiteGraph(content: site, includeDrafts: false, baseURL: nil)
    let (templates, diagnostics) = TemplateSet.load(overrides: site.themeFiles, fileSystem: ContentFileSystem(root: content))
    guard let templates else { fatalError("the theme does not load: \(diagnostics)") }
    return SiteRenderer(graph: graph, templates: templates)
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    let body = MarkdownText(text, location: SourceLocation(file: "pages/fuzz.md", line: 4), lineOffset: 3)
    let page = Page(id: "fuzz", file: "pages/fuzz.md", title: "Fuzz", body: body)
    let output = renderer.render(.page(page))
    guard case .text(let html) = output.file.contents else { preconditionFailure("a page that is not text") }
    let lowered = html.lowercased()
    precondition(!lowered.contains("<script"), "a script in the page")
    precondition(!lowered.contains("href=\"javascript:") && !lowered.contains("src=\"javascript:"), "a javascript: URL in the page")
    for diagnostic in output.diagnostics {
        precondition(diagnostic.location.file == "pages/fuzz.md", "a diagnostic names another file: \(diagnostic)")
    }
    return 0
}

runFuzzer(fuzzMarkdown)
