#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VistaContent

/// The files of a content folder (theme overrides and assets included) with their size and
/// modification time: two snapshots differ when a file was added, removed or changed. Hidden files
/// (editors' swap files) are left out, as the loader leaves them out.
struct ContentSnapshot: Equatable, Sendable {
    /// What identifies a version of a file.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    /// Content paths (`tasks/x.yaml`) and their stamps.
    var files: [String: Stamp]

    init(files: [String: Stamp]) { self.files = files }

    /// Reads the folder now.
    init(folder: String) {
        let fileSystem = ContentFileSystem(root: folder)
        var loops: [String] = []
        var files: [String: Stamp] = [:]
        if fileSystem.kind(of: "") == .directory {
            for path in fileSystem.walk("", loops: &loops) {
                var info = stat()
                guard stat(fileSystem.fullPath(path), &info) == 0 else { continue }
                let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                files[relative] = Stamp(size: Int64(info.st_size), seconds: Int(modified.tv_sec),
                                        nanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino))
            }
        }
        self.files = files
    }

    /// The paths that were added, removed or changed since `old`, sorted.
    func changes(since old: ContentSnapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in files where old.files[path] != stamp { changed.insert(path) }
        for path in old.files.keys where files[path] == nil { changed.insert(path) }
        return changed.sorted()
    }
}
