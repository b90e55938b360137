import Foundation
import VistaContent
import VistaSupport

/// `vista export`: one page of the site, rendered by the same steps as `vista build` (`BuildPipeline`:
/// load, resolve, plan, render; nothing is written), made into one self-contained HTML file (`SelfContainedPage`).
public struct PageExport: Sendable {
    /// The content folder and build settings the page is rendered with; nothing is written to `output`.
    public let options: BuildOptions

    /// An export of the site that `options` describe; `export(page:)` renders it.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// What an export gives: the file's HTML and the page's title when it succeeded, and every diagnostic.
    public struct Result: Sendable {
        /// The self-contained HTML file; nil when the content has an error or the site has no such page.
        public var html: String?
        /// The page's `<title>`, for the PDF's metadata and messages.
        public var title = ""
        /// The build's errors and warnings, and an error naming the pages there are when the page was not found.
        public var diagnostics: [Diagnostic] = []
        /// Whether there is a file to write: `html` was made and no diagnostic is an error.
        public var succeeded: Bool { html != nil && !diagnostics.contains(where: \.isError) }
    }

    /// Exports the page at `page`: `/` (the home page), `proposals/ID`, `tasks/ID` or any other page's
    /// path in the site (a leading `/`, a trailing `/` or `index.html` may be written). Fails, with a
    /// diagnostic, when the content has an error (as a build would) or the site has no such page.
    public func export(page: String) -> Result {
        var result = Result()
        let run = BuildPipeline([.load(), .resolve, .plan(), .render(keep: true)]).run(options)
        result.diagnostics = run.report.diagnostics
        guard let graph = run.graph, let plan = run.plan, !run.stopped, !result.diagnostics.contains(where: \.isError) else { return result }
        let outputs = run.outputs
        let folder = Self.folder(of: page)
        let pages: [(PageRoute, Int)] = plan.jobs.indices.compactMap { index in
            guard case .page(let kind) = plan.jobs[index] else { return nil }
            if case .notFound = kind { return nil }
            return (kind.route, index)
        }
        guard let (route, index) = pages.first(where: { $0.0.folder == folder }) else {
            let known = pages.map { $0.0.folder.isEmpty ? "/" : String($0.0.folder.dropLast()) }
            result.diagnostics.append(.error(.whole(""), "the site has no page '\(page)'",
                                             hint: "pages you can export: " + known.sorted().joined(separator: ", ")))
            return result
        }
        var files: [String: OutputFile] = [:]
        for output in outputs { files[output.file.path] = output.file }
        guard case .text(let html) = outputs[index].file.contents else { return result }
        result.title = Self.title(of: html)
        result.html = SelfContainedPage(graph: graph, route: route, files: files).make(html)
        return result
    }

    /// The route folder a page argument names: `/` → ``, `proposals/x` → `proposals/x/`.
    static func folder(of page: String) -> String {
        var path = Substring(page)
        while path.hasPrefix("/") { path = path.dropFirst() }
        if path.hasSuffix("index.html") { path = path.dropLast("index.html".count) }
        while path.hasSuffix("/") { path = path.dropLast() }
        return path.isEmpty ? "" : path + "/"
    }

    /// The text of the page's `<title>`, entities decoded.
    static func title(of html: String) -> String {
        guard let start = html.range(of: "<title>"), let end = html[start.upperBound...].range(of: "</title>") else { return "" }
        return SelfContainedPage.unescape(String(html[start.upperBound..<end.lowerBound]))
    }
}
