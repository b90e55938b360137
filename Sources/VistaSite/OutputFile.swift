/// A file of the built site: a path relative to the site root and what goes in it.
public struct OutputFile: Sendable, Hashable {
    /// What a file holds.
    public enum Contents: Sendable, Hashable {
        case text(String)
        /// A file copied from the content folder (an asset), by its full path.
        case copy(from: String)
    }

    /// Where the file goes, relative to the output folder, with `/` between folders
    /// (`tasks/weekly-report/index.html`, `assets/site.css`).
    public var path: String
    /// The file's text, or the asset it is a copy of.
    public var contents: Contents

    /// A file at `path` (relative to the output folder) that holds `contents`.
    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A text file (a page, a stylesheet, a CSV, the feed) at `path`, relative to the output folder.
    public static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .text(text))
    }

    /// Whether the file is an HTML page.
    public var isPage: Bool { path.hasSuffix(".html") }
}
