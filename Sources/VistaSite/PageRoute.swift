/// Where a page lives in the built site: a folder path like `tasks/weekly-report/` (the home page
/// is the empty path), written as `index.html` inside it. Every link between pages is relative, so
/// the same site works under any base path, on any web server and from a file share.
public struct PageRoute: Sendable, Hashable, Comparable {
    /// The folder of the page, relative to the site root, ending with `/` (empty for the home page).
    public let folder: String

    /// A route to `folder`, relative to the site root, ending with `/` (empty for the home page).
    public init(_ folder: String) {
        self.folder = folder
    }

    /// The home page, `index.html` at the site root: the vision (`vision.md`), the headline saving, the proposals.
    public static let home = PageRoute("")
    /// The list of proposals (drafts only when built with `--drafts`).
    public static let proposals = PageRoute("proposals/")
    /// The task inventory, with costs, recommendations and savings.
    public static let tasks = PageRoute("tasks/")
    /// Every metric, as tiles and charts.
    public static let dashboard = PageRoute("dashboard/")
    /// Every snapshot of `history/`, newest first, and every decision.
    public static let changes = PageRoute("changes/")

    /// A proposal's page, from `proposals/ID.md`.
    public static func proposal(_ id: String) -> PageRoute { PageRoute("proposals/\(id)/") }
    /// A proposal's slides, in a folder of the proposal's own.
    public static func slides(_ id: String) -> PageRoute { PageRoute("proposals/\(id)/slides/") }
    /// A task analysis's page, from `tasks/ID.yaml`.
    public static func task(_ id: String) -> PageRoute { PageRoute("tasks/\(id)/") }
    /// A metric's page (chart, figures, data table), from `metrics/ID.yaml`.
    public static func metric(_ id: String) -> PageRoute { PageRoute("metrics/\(id)/") }
    /// A free page from `pages/ID.md`, at the site root: `pages/about.md` becomes `about/`.
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

    /// Routes sort by folder, so the home page comes first and a page's subpages follow it.
    public static func < (lhs: PageRoute, rhs: PageRoute) -> Bool { lhs.folder < rhs.folder }
}
