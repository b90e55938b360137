import VistaMarkdown

/// Vista's version: `make dist` and `make deb` read it from this file.
enum VistaVersion {
    static let number = "0.1.0"

    /// What `vista --version` prints: Vista's version and the Markdown library's.
    static var text: String { "vista \(number)\ncmark-gfm \(MarkdownRenderer.libraryVersion)" }
}
