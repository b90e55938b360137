import CCmarkGFM

extension MarkdownRenderer {
    /// The version of the cmark-gfm library Vista runs with, e.g. `0.29.0.gfm.6`.
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
