/// A file of the built site: a path relative to the site root and what goes in it.
public struct OutputFile: Sendable, Hashable {
    /// What a file holds.
    public enum Contents: Sendable, Hashable {
        case text(String)
        /// A file copied from the content folder (an asset), by its full path.
        case copy(from: String)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .text(text))
    }

    /// Whether the file is an HTML page.
    public var isPage: Bool { path.hasSuffix(".html") }
}
