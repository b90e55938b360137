#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Places a built site at the folder a web server serves, atomically, and keeps the versions it
/// replaced for a rollback.
///
/// The site is copied into a hidden folder beside the target (`.NAME.vista-versions/incoming-PID`),
/// on the same file system, and then swapped with the target in one `renameat2(RENAME_EXCHANGE)`:
/// a web server sees the old site or the new one, never a half-copied one, and never no site.
/// The replaced site moves to `previous-1`, older ones to `previous-2` … up to `keep`.
/// `rollback()` swaps `previous-1` back in the same way. Vista only ever replaces a target that
/// it published itself (the site's `.vista-site` marker) or an empty folder.
public struct Publisher: Sendable {
    /// The folder the web server serves.
    public let target: String
    /// How many replaced versions to keep for rollback.
    public let keep: Int

    /// A publisher to the folder `target` (trailing `/` dropped) that keeps `keep` replaced
    /// versions (a negative number counts as 0). Touches nothing until `publish` or `rollback`.
    public init(target: String, keep: Int = 3) {
        var target = target
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        self.target = target
        self.keep = max(0, keep)
    }

    /// What a publish or rollback did.
    public struct Report: Sendable, Equatable {
        /// The kept versions after it, newest first, as folder names in `versionsFolder`.
        public var versions: [String]
        /// Whether an earlier site was replaced (false the first time).
        public var replaced: Bool
    }

    /// Why a publish or rollback did not happen; the target is then as it was.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The message for the user: what went wrong and, where there is one, what to do about it.
        public let description: String
    }

    /// The hidden folder beside the target that holds the kept versions.
    public var versionsFolder: String {
        let (parent, name) = Self.split(target)
        return parent + ".\(name).vista-versions"
    }

    /// The kept versions, newest first.
    public func versions() -> [String] {
        var names: [String] = []
        while FileOperations.kind(versionsFolder + "/previous-\(names.count + 1)") == .folder { names.append("previous-\(names.count + 1)") }
        return names
    }

    /// Copies the built site at `site` to the target and swaps it in. `contentRoot`, when the site
    /// was just built from it, may not hold the target (the next build would read the site back).
    public func publish(site: String, contentRoot: String? = nil) throws -> Report {
        try checkSource(site)
        if let contentRoot {
            let content = FileOperations.absolute(contentRoot), destination = FileOperations.absolute(target)
            if destination == content || destination.hasPrefix(content + "/") || content.hasPrefix(destination + "/") {
                throw Failure(description: "\(target) and the content folder \(contentRoot) overlap; publish to a folder outside the content folder")
            }
        }
        try checkTarget()
        return try withLock {
            let incoming = versionsFolder + "/incoming-\(getpid())"
            FileOperations.removeTree(incoming)
            do {
                try FileOperations.copyTree(site, to: incoming)
            } catch {
                FileOperations.removeTree(incoming)
                throw Failure(description: "the site was not published: \(error)")
            }
            guard FileOperations.kind(target) == .folder else {
                try FileOperations.makeFolders(Self.split(target).parent.isEmpty ? "." : Self.split(target).parent)
                guard rename(incoming, target) == 0 else {
                    let reason = FileOperations.errorText()
                    FileOperations.removeTree(incoming)
                    throw Failure(description: "cannot move the site into \(target): \(reason)")
                }
                return Report(versions: versions(), replaced: false)
            }
            do {
                try FileOperations.exchange(incoming, target)
            } catch {
                FileOperations.removeTree(incoming)
                throw Failure(description: "the site was not published: \(error)")
            }
            // The live site is the new one now; what follows only files the old one away (an empty
            // folder that stood in for the target is no version worth keeping).
            if FileOperations.list(incoming).isEmpty {
                FileOperations.removeTree(incoming)
            } else {
                shiftVersions(newest: incoming)
            }
            return Report(versions: versions(), replaced: true)
        }
    }

    /// Swaps the newest kept version back in; the site it replaces is kept as `undone` (until
    /// the next rollback or publish), the older versions move up one place.
    public func rollback() throws -> Report {
        try checkTarget()
        return try withLock {
            let previous = versionsFolder + "/previous-1"
            guard FileOperations.kind(previous) == .folder else {
                throw Failure(description: "there is no earlier version of \(target) to roll back to (\(versionsFolder) holds none)")
            }
            guard FileOperations.kind(target) == .folder else {
                throw Failure(description: "\(target) does not exist, so there is nothing to roll back")
            }
            try FileOperations.exchange(previous, target)
            let undone = versionsFolder + "/undone"
            FileOperations.removeTree(undone)
            _ = rename(previous, undone)
            var index = 2
            while FileOperations.kind(versionsFolder + "/previous-\(index)") == .folder {
                _ = rename(versionsFolder + "/previous-\(index)", versionsFolder + "/previous-\(index - 1)")
                index += 1
            }
            return Report(versions: versions(), replaced: true)
        }
    }

    /// `incoming` holds the replaced site: it becomes `previous-1`, the others move down one
    /// place, and those past `keep` are removed.
    private func shiftVersions(newest: String) {
        FileOperations.removeTree(versionsFolder + "/undone")
        guard keep > 0 else {
            FileOperations.removeTree(newest)
            return
        }
        var last = 1
        while FileOperations.kind(versionsFolder + "/previous-\(last + 1)") == .folder { last += 1 }
        for index in stride(from: last, through: 1, by: -1) {
            let path = versionsFolder + "/previous-\(index)"
            guard FileOperations.kind(path) == .folder else { continue }
            if index >= keep {
                FileOperations.removeTree(path)
            } else {
                _ = rename(path, versionsFolder + "/previous-\(index + 1)")
            }
        }
        _ = rename(newest, versionsFolder + "/previous-1")
    }

    /// The source must be a site Vista built, and apart from the target.
    private func checkSource(_ site: String) throws {
        try Self.checkBuiltSite(site)
        let source = FileOperations.absolute(site), destination = FileOperations.absolute(target)
        if source == destination || destination.hasPrefix(source + "/") || source.hasPrefix(destination + "/") {
            throw Failure(description: "\(target) and the site \(site) overlap; publish to a folder outside the built site")
        }
    }

    /// A folder `vista build` wrote: it holds the site's marker.
    static func checkBuiltSite(_ site: String) throws {
        guard FileOperations.kind(site) == .folder else {
            throw Failure(description: "\(site) is not a folder; build the site first, or give the built site's folder with --site")
        }
        guard FileOperations.kind(site + "/" + SiteWriter.marker) == .file else {
            throw Failure(description: "\(site) was not built by Vista (no \(SiteWriter.marker) marker); publish only folders that vista build wrote")
        }
    }

    /// The target may be missing, empty, or a site Vista published; never anything else.
    private func checkTarget() throws {
        let (_, name) = Self.split(target)
        guard !name.isEmpty, name != ".", name != "..", FileOperations.absolute(target) != "/" else {
            throw Failure(description: "cannot publish to \(target): give a folder of its own, like /var/www/reporting")
        }
        switch FileOperations.kind(target) {
        case .missing: break
        case .folder:
            let names = FileOperations.list(target)
            if !names.isEmpty, !names.contains(SiteWriter.marker) {
                throw Failure(description: "refusing to replace \(target): it holds files that Vista did not publish (no \(SiteWriter.marker) marker); publish to a new or empty folder")
            }
        case .link:
            throw Failure(description: "refusing to replace \(target): it is a symbolic link; give the real folder, or see docs/PUBLISHING.md for switching links")
        default:
            throw Failure(description: "refusing to replace \(target): it is not a folder")
        }
        switch FileOperations.kind(versionsFolder) {
        case .missing, .folder: break
        default: throw Failure(description: "refusing to use \(versionsFolder) for the kept versions: it is not a folder")
        }
        if FileOperations.kind(versionsFolder) == .folder, !FileOperations.list(versionsFolder).isEmpty,
           FileOperations.kind(versionsFolder + "/" + Self.versionsMarker) != .file {
            throw Failure(description: "refusing to use \(versionsFolder) for the kept versions: Vista did not create it (no \(Self.versionsMarker) marker)")
        }
    }

    /// The marker in the versions folder, and its lock.
    static let versionsMarker = ".vista-versions"

    /// Runs `body` holding an exclusive lock on the versions folder, so two publishes never interleave.
    private func withLock<Value>(_ body: () throws -> Value) throws -> Value {
        try FileOperations.makeFolders(versionsFolder)
        let marker = versionsFolder + "/" + Self.versionsMarker
        let descriptor = open(marker, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create \(marker): \(FileOperations.errorText())")
        }
        defer { close(descriptor) }
        if FileOperations.size(of: descriptor) == 0 {
            let text = "Versions of \(Self.split(target).name) kept by vista publish for --rollback.\n"
            _ = text.withCString { write(descriptor, $0, strlen($0)) }
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw Failure(description: "another vista publish to \(target) is running; try again when it has finished")
        }
        defer { flock(descriptor, LOCK_UN) }
        for name in FileOperations.list(versionsFolder) where name.hasPrefix("incoming-") {
            FileOperations.removeTree(versionsFolder + "/" + name) // left by a publish that was stopped
        }
        return try body()
    }

    /// `/var/www/site` → (`/var/www/`, `site`); `site` → (``, `site`).
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
