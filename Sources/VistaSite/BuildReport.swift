import VistaContent

/// What a build did: its diagnostics, what it wrote, which drafts it left out, how long it took.
public struct BuildReport: Sendable {
    /// The snapshot the build counted as the latest (`BuildOptions.snapshot`), to be written by `vista publish`.
    public var snapshot: Snapshot?
    /// The errors and warnings of loading the content and the theme and of rendering the pages,
    /// sorted by file and line, at most 50 per file; an error means the site was not written.
    public var diagnostics: [Diagnostic] = []
    /// Pages (HTML files) written.
    public var pageCount = 0
    /// All files written, pages included.
    public var fileCount = 0
    /// Draft proposals left out of the build, by content path.
    public var draftsLeftOut: [String] = []
    /// Seconds from start to finish.
    public var seconds: Double = 0
    /// The paths of the files written, relative to the output folder, sorted.
    public var files: [String] = []
    /// The editorial warnings of `ContentChecks` (open questions, stale metrics, …), kept apart from
    /// `diagnostics` so that `vista build` can count them and `vista check` can list them.
    public var checks: [Diagnostic] = []
    /// The path part of the base URL the site was built for, e.g. `/proposals/reporting/`.
    public var basePath = "/"
    /// The speaker notes of every deck, by the deck's file (`proposals/ID/slides/index.html`), then
    /// by section (0 for the title slide, then one per `##`), as HTML. Kept in memory for
    /// `vista serve`'s presenter view; never written into the site.
    public var presenterNotes: [String: [Int: String]] = [:]

    /// An empty report, filled in by the build's steps as they run.
    public init() {}

    /// Whether the site was built (no errors).
    public var succeeded: Bool { !diagnostics.hasErrors }

    /// How many of `diagnostics` are errors (`checks` are not counted).
    public var errorCount: Int { diagnostics.filter(\.isError).count }
    /// How many of `diagnostics` are warnings (`checks` are not counted).
    public var warningCount: Int { diagnostics.count - errorCount }
}
