import Yams
import VistaSupport

/// Loads a content folder into `Content`, collecting every diagnostic across all files.
public struct ContentLoader: Sendable {
    /// The content folder, read through the one place that reads content files.
    public let fileSystem: ContentFileSystem

    /// A loader of the content folder at `root` (a path as the user gave it, absolute or relative).
    public init(root: String) {
        fileSystem = ContentFileSystem(root: root)
    }

    /// The outcome of a load: the content when it could be assembled, and every diagnostic.
    public struct Result: Sendable {
        /// The content; nil when the folder, `site.yaml` or `vision.md` could not be read (the diagnostics say why).
        public var content: Content?
        /// Every diagnostic of every file, sorted by place and at most 50 per file.
        public var diagnostics: [Diagnostic]

        /// Whether the content loaded without errors.
        public var succeeded: Bool { content != nil && !diagnostics.hasErrors }
    }

    /// Reads and checks the whole folder.
    public func load() -> Result { load(cache: nil) }

    /// Reads and checks the whole folder, taking each file from `cache` when it holds it, and
    /// leaving in `cache` what was read (see `LoadCache`).
    public func load(cache: LoadCache?) -> Result {
        guard fileSystem.kind(of: "") == .directory else {
            let why = fileSystem.kind(of: "") == .missing ? "the content folder does not exist" : "the content folder is not a folder"
            return Result(content: nil, diagnostics: [.error(.whole(""), why, hint: "run vista in the folder that holds your content, or pass --content PATH")])
        }
        var diagnostics: [Diagnostic] = []
        let jobs = plan(&diagnostics)
        let fileSystem = fileSystem
        let loaded = WorkerPool.map(jobs.count) { index in cache?.output(of: jobs[index]) ?? jobs[index].run(fileSystem) }
        cache?.keep(jobs, loaded)
        var assembler = ContentAssembler()
        for item in loaded {
            diagnostics.append(contentsOf: item.diagnostics)
            assembler.add(item.value)
        }
        var loops: [String] = []
        let assets = fileSystem.kind(of: "assets") == .directory ? fileSystem.walk("assets", loops: &loops) : []
        for loop in loops {
            diagnostics.append(.error(SourceLocation(file: loop), "this symbolic link leads into a loop or nowhere", hint: "remove the link or point it at a real file"))
        }
        var content = assembler.content(assets: assets, themeFiles: themeFiles(), diagnostics: &diagnostics)
        content?.words = words(&diagnostics)
        if let content { diagnostics.append(contentsOf: ContentValidator(content: content, fileSystem: fileSystem, unreadableIDs: assembler.unreadableIDs).validate()) }
        return Result(content: content, diagnostics: diagnostics.sortedForDisplay().limited())
    }

    /// The files to read, one job each; misplaced files give diagnostics here.
    private func plan(_ diagnostics: inout [Diagnostic]) -> [LoadJob] {
        var jobs: [LoadJob] = [LoadJob(kind: .site, path: "site.yaml", id: "site"),
                               LoadJob(kind: .vision, path: "vision.md", id: "vision")]
        let folders: [(String, LoadJob.Kind, [String])] = [
            ("proposals", .proposal, ["md", "markdown"]), ("tasks", .task, ["yaml", "yml"]),
            ("metrics", .metric, ["yaml", "yml"]), ("pages", .page, ["md", "markdown"]),
            ("history", .snapshot, ["yaml", "yml"]),
        ]
        for (folder, kind, extensions) in folders {
            let folderKind = fileSystem.kind(of: folder)
            if folderKind == .missing { continue }
            if folderKind != .directory {
                diagnostics.append(.error(.whole(folder), "`\(folder)` must be a folder, not a file"))
                continue
            }
            var ids: [String: String] = [:]
            for name in fileSystem.list(folder) {
                let path = folder + "/" + name
                guard let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) else {
                    if kind == .metric, DataFiles.Kind.isData(name) { continue }
                    if fileSystem.kind(of: path) != .directory {
                        diagnostics.append(.warning(SourceLocation(file: path), "ignored: files in \(folder)/ end in .\(extensions[0])"))
                    }
                    continue
                }
                let id = String(name[..<dot])
                guard ContentID.isValid(id) else {
                    let slug = ContentID.slug(id)
                    diagnostics.append(.error(SourceLocation(file: path), "bad id '\(id)': ids are lowercase letters, digits and -",
                                              hint: slug.isEmpty ? "rename the file" : "rename the file to \(slug).\(extensions[0])"))
                    continue
                }
                if let other = ids[id] {
                    diagnostics.append(.error(SourceLocation(file: path), "the id '\(id)' is taken twice: by \(other) and by this file"))
                    continue
                }
                ids[id] = path
                if kind == .page, Content.reservedPageIDs.contains(id) {
                    diagnostics.append(.error(SourceLocation(file: path), "a page may not have the id '\(id)': the site uses /\(id)/ for its own pages",
                                              hint: "rename the file, for example to \(id)-overview.md"))
                    continue
                }
                jobs.append(LoadJob(kind: kind, path: path, id: id))
            }
        }
        return jobs
    }

    /// The site's words: `i18n/<language>.yaml`, by language.
    private func words(_ diagnostics: inout [Diagnostic]) -> [String: CatalogueFile] {
        guard fileSystem.kind(of: "i18n") == .directory else { return [:] }
        var files: [String: CatalogueFile] = [:]
        for name in fileSystem.list("i18n").sorted() {
            let path = "i18n/" + name
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
                if fileSystem.kind(of: path) != .directory {
                    diagnostics.append(.warning(SourceLocation(file: path), "ignored: files in i18n/ are named after their language, like de.yaml"))
                }
                continue
            }
            let language = String(name[..<name.lastIndex(of: ".")!])
            guard SiteConfig.isLanguageTag(language) else {
                diagnostics.append(.warning(SourceLocation(file: path), "ignored: '\(language)' is not a language tag",
                                            hint: "name the file after its language, like de.yaml or fr-CH.yaml"))
                continue
            }
            switch fileSystem.readText(path) {
            case .success(let text):
                let (file, problems) = CatalogueFile.parse(text.text, file: path, language: language)
                diagnostics += problems
                files[language] = file
            case .failure(.invalid(let diagnostic)): diagnostics.append(diagnostic)
            case .failure(.unreadable(let why)): diagnostics.append(.error(SourceLocation(file: path), "cannot read \(path): \(why)"))
            case .failure(.missing): continue
            }
        }
        return files
    }

    /// Theme overrides: `*.mustache` and `*.css` files in `theme/`.
    private func themeFiles() -> [String: String] {
        guard fileSystem.kind(of: "theme") == .directory else { return [:] }
        var files: [String: String] = [:]
        for name in fileSystem.list("theme") where name.hasSuffix(".mustache") || name.hasSuffix(".css") {
            files[name] = "theme/" + name
        }
        return files
    }
}
