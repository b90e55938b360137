import VistaContent

/// What to build, and how.
public struct BuildOptions: Sendable {
    /// The content folder.
    public var content: String
    /// The site folder to write.
    public var output: String
    /// Overrides `base_url` from `site.yaml`.
    public var baseURL: String?
    /// Whether draft proposals are built.
    public var includeDrafts: Bool
    /// Whether to write the site at all (`vista check` does not).
    public var write: Bool
    /// Compare with the snapshot at or before this day (`--since`), instead of `since:` in site.yaml or the latest.
    public var since: Period?
    /// A snapshot about to be taken (`vista publish`): the site counts it as the latest, and the
    /// report carries it, to be written once the publish succeeded.
    public var snapshot: SnapshotStamp?

    /// Options for `vista build` with the defaults of its command line: `Content` into `Site`, drafts
    /// left out; `snapshot` is set afterwards, by `vista publish` only.
    public init(content: String = "Content", output: String = "Site", baseURL: String? = nil,
                includeDrafts: Bool = false, write: Bool = true, since: Period? = nil) {
        self.content = content
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.write = write
        self.since = since
    }
}
