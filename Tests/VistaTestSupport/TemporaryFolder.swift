import Foundation

/// Temporary folders for tests, each named with a prefix so that it can be found and removed.
public struct TemporaryFolders: Sendable {
    /// The start of every folder's name: `vista-site-tests-`.
    public let prefix: String

    /// Folders named `vista-KIND-tests-…` in the system's temporary folder.
    public init(kind: String) {
        prefix = NSTemporaryDirectory() + "vista-\(kind)-tests-"
    }

    /// A new, empty folder.
    public func make() -> String {
        let path = prefix + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes the temporary folder that holds `path` (a path made by `make()`, or inside one).
    public func remove(_ path: String) {
        guard let range = path.range(of: prefix) else { return }
        let end = path[range.upperBound...].firstIndex(of: "/") ?? path.endIndex
        try? FileManager.default.removeItem(atPath: String(path[..<end]))
    }
}
