/// Where a page lives in the built site: a folder path like `tasks/weekly-report/` (the home page
/// is the empty path), written as `index.html` inside it. Every link between pages is relative, so
/// the same site works under any base path, on any web server and from a file share.
public struct PageRoute: Sendable, Hashable, Comparable {
    /// The folder of the page, relative to the site root, ending with `/` (empty for the home page).
    public let folder: String

    public init(_ folder: String) {
        self.folder = folder
    }

    public static let home = PageRoute("")
    public static let proposals = PageRoute("proposals/")
    public static let tasks = PageRoute("tasks/")
    public static let dashboard = PageRoute("dashboard/")
    public static let changes = PageRoute("changes/")

    public static func proposal(_ id: String) -> PageRoute { PageRoute("proposals/\(id)/") }
    /// A proposal's slides, in a folder of the proposal's own.
    public static func slides(_ id: String) -> PageRoute { PageRoute("proposals/\(id)/slides/") }
    public static func task(_ id: String) -> PageRoute { PageRoute("tasks/\(id)/") }
    public static func metric(_ id: String) -> PageRoute { PageRoute("metrics/\(id)/") }
    public static func page(_ id: String) -> PageRoute { PageRoute("\(id)/") }

    /// The file the page is written to.
    public var file: String { folder + "index.html" }

    /// How many folders deep the page is.
    public var depth: Int { folder.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }

    /// The relative path from this page to the site root: `""`, `"../"`, `"../../"`.
    public var toRoot: String { String(repeating: "../", count: depth) }

    /// A relative link from this page to another page (to its `index.html`, so that it opens from a file share too).
    public func link(to other: PageRoute) -> String { toRoot + other.file }

    /// A relative link from this page to a file of the site, by its path from the root.
    public func link(toFile path: String) -> String { toRoot + path }

    public static func < (lhs: PageRoute, rhs: PageRoute) -> Bool { lhs.folder < rhs.folder }
}
