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

    public init(content: String = "Content", output: String = "Site", baseURL: String? = nil,
                includeDrafts: Bool = false, write: Bool = true) {
        self.content = content
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.write = write
    }
}
