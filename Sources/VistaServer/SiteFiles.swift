#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VistaSupport

/// Finds the file a request names inside the built site, and never anything outside it: every
/// candidate is resolved to its real path (symbolic links followed) and must lie under the real
/// path of the site folder. The site is served at `/` and at its base path (`/proposals/q3/`).
struct SiteFiles: Sendable {
    /// The site folder.
    let root: String
    /// The path part of the site's base URL, `/` or like `/proposals/q3/`.
    let basePath: String

    /// What a request path leads to.
    enum Lookup: Equatable {
        /// A regular file inside the site, by its real path.
        case file(String)
        /// A folder asked for without its trailing slash: where to send the browser instead.
        case redirect(String)
        case notFound
    }

    /// The file for a checked request path: under the base path first, then from the root.
    func lookup(_ path: RequestPath) -> Lookup {
        guard let realRoot = Self.realPath(root) else { return .notFound }
        var candidates: [RequestPath] = []
        let base = basePath.split(separator: "/").map(String.init)
        if !base.isEmpty, let inside = path.dropping(prefix: base) { candidates.append(inside) }
        candidates.append(path)
        for candidate in candidates {
            let found = find(candidate, realRoot: realRoot)
            if found != .notFound { return found }
        }
        return .notFound
    }

    private func find(_ path: RequestPath, realRoot: String) -> Lookup {
        let full = path.segments.isEmpty ? realRoot : realRoot + "/" + path.relative
        guard let real = Self.inside(full, realRoot: realRoot) else { return .notFound }
        switch Self.kind(real) {
        case .file:
            return path.isFolder ? .notFound : .file(real)
        case .folder:
            guard path.isFolder else { return .redirect(Self.folderLocation(path.raw)) }
            guard let index = Self.inside(real + "/index.html", realRoot: realRoot), Self.kind(index) == .file else { return .notFound }
            return .file(index)
        case .missing, .link, .other:
            return .notFound
        }
    }

    /// The 404 page of the site, when it has one.
    func notFoundPage() -> String? {
        guard let realRoot = Self.realPath(root), let page = Self.inside(realRoot + "/404.html", realRoot: realRoot),
              Self.kind(page) == .file else { return nil }
        return page
    }

    /// The real path of `path` when it exists and lies inside the site, else nil.
    static func inside(_ path: String, realRoot: String) -> String? {
        guard let real = realPath(path) else { return nil }
        return real == realRoot || real.hasPrefix(realRoot + "/") ? real : nil
    }

    /// A folder's address with its trailing slash, with repeated slashes collapsed so that the
    /// redirect can never be read as another host (`//host/`).
    static func folderLocation(_ raw: String) -> String {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: true)
        return parts.isEmpty ? "/" : "/" + parts.joined(separator: "/") + "/"
    }

    /// What is at a path, following links (the real path was checked to lie inside the site).
    static func kind(_ path: String) -> FileSystem.Kind { FileSystem.kind(path, followingLinks: true) }

    /// The canonical absolute path, with symbolic links resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? { FileSystem.realPath(path) }
}
