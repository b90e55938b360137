import Yams

/// One content file to read, and what it turned into.
struct LoadJob: Sendable, Equatable {
    enum Kind: Sendable { case site, vision, proposal, task, metric, page, snapshot }

    /// A loaded piece of content.
    /// Indirect: the items are large values, copied from job to assembler.
    indirect enum Value: Sendable {
        case site(SiteConfig), vision(Vision), proposal(Proposal), task(TaskAnalysis), metric(Metric), page(Page)
        case snapshot(Snapshot)
        case failed(Kind, String)
    }

    /// What one job produced.
    struct Output: Sendable {
        var value: Value
        var diagnostics: [Diagnostic]
        /// Content paths read besides the job's own file.
        var reads: [String] = []
    }

    let kind: Kind
    let path: String
    let id: String

    func run(_ fileSystem: ContentFileSystem) -> Output {
        let sink = DiagnosticSink()
        let value = load(fileSystem, sink: sink) ?? .failed(kind, path)
        return Output(value: value, diagnostics: sink.diagnostics, reads: sink.reads)
    }

    private func load(_ fileSystem: ContentFileSystem, sink: DiagnosticSink) -> Value? {
        let text: SourceText
        switch fileSystem.readText(path) {
        case .success(let read): text = read
        case .failure(.missing) where kind != .site && kind != .vision:
            sink.error(SourceLocation(file: path), "cannot read \(path): it is a symbolic link to a file that does not exist")
            return nil
        case .failure(.missing):
            let what = kind == .site ? "every content folder needs a site.yaml with at least a title"
                : "every content folder needs a vision.md: the home page"
            sink.error(SourceLocation(file: path), "\(path) is missing: \(what)")
            return nil
        case .failure(.unreadable(let why)):
            sink.error(SourceLocation(file: path), "cannot read \(path): \(why)")
            return nil
        case .failure(.invalid(let diagnostic)):
            sink.append(diagnostic)
            return nil
        }
        switch kind {
        case .site, .task, .metric, .snapshot: return loadYAML(text, fileSystem: fileSystem, sink: sink)
        case .vision, .proposal, .page: return loadMarkdown(text, sink: sink)
        }
    }

    private func loadYAML(_ text: SourceText, fileSystem: ContentFileSystem, sink: DiagnosticSink) -> Value? {
        let source = YAMLSource(file: path)
        guard let node = compose(text.text, source: source, sink: sink) else { return nil }
        switch kind {
        case .site: return SiteConfig.load(node, source: source, sink: sink).map(Value.site)
        case .task: return TaskAnalysis.load(node, id: id, source: source, sink: sink).map(Value.task)
        case .snapshot: return Snapshot.load(node, id: id, source: source, sink: sink).map(Value.snapshot)
        default:
            return Metric.load(node, id: id, source: source, sink: sink,
                               files: DataFiles(fileSystem).recording { sink.read($0) }).map(Value.metric)
        }
    }

    private func loadMarkdown(_ text: SourceText, sink: DiagnosticSink) -> Value? {
        let parts: FrontMatter
        switch FrontMatter.split(text.text) {
        case .success(let split): parts = split
        case .failure(let unclosed):
            sink.error(SourceLocation(file: path, line: unclosed.line), "the front matter that opens here with --- is never closed",
                       hint: "end the front matter with a line of three dashes: ---")
            return nil
        }
        guard let yaml = parts.yaml else {
            sink.error(SourceLocation(file: path), "\(path) needs front matter with a title",
                       hint: "start the file with ---, a line title: …, and ---")
            return nil
        }
        let source = YAMLSource(file: path, lineOffset: parts.yamlFirstLine - 1)
        guard let node = compose(yaml, source: source, sink: sink) else {
            if !sink.hasErrors { sink.error(SourceLocation(file: path), "the front matter is empty; it needs at least a title") }
            return nil
        }
        let body = MarkdownText(parts.body, location: SourceLocation(file: path, line: parts.bodyFirstLine),
                                lineOffset: parts.bodyFirstLine - 1)
        switch kind {
        case .vision: return Vision.load(node, body: body, source: source, sink: sink).map(Value.vision)
        case .proposal: return Proposal.load(node, id: id, body: body, source: source, sink: sink).map(Value.proposal)
        default: return Page.load(node, id: id, body: body, source: source, sink: sink).map(Value.page)
        }
    }

    private func compose(_ text: String, source: YAMLSource, sink: DiagnosticSink) -> Node? {
        switch source.compose(text) {
        case .failure(let diagnostic):
            sink.append(diagnostic)
            return nil
        case .success(nil):
            if kind == .site || kind == .task || kind == .metric || kind == .snapshot {
                sink.error(SourceLocation(file: path), "\(path) is empty", hint: kind == .snapshot ? "a snapshot needs at least its date; restore the file from version control" : "a \(kind) file needs at least a title")
            }
            return nil
        case .success(let node?):
            return node
        }
    }
}
