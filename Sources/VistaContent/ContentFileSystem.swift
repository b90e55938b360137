#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VistaSupport

/// Reads the content folder: lists folders and reads files by path relative to the root, with
/// POSIX calls so that every failure has a reason (a directory, no permission, a symlink loop).
public struct ContentFileSystem: Sendable {
    /// The content folder.
    public let root: String

    /// Reads the folder at `root`, a path absolute or relative to the working directory; a trailing `/` is dropped.
    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The absolute or working-directory-relative path of a content path.
    public func fullPath(_ relative: String) -> String {
        FileSystem.join(root, relative)
    }

    /// What is at a path.
    public enum Kind: Sendable, Equatable {
        case file, directory, missing, other
    }

    /// What is at a content path, following symlinks.
    public func kind(of relative: String) -> Kind {
        switch FileSystem.kind(fullPath(relative), followingLinks: true) {
        case .file: .file
        case .folder: .directory
        case .missing: .missing
        case .link, .other: .other
        }
    }

    /// The names in a folder, sorted, without hidden entries (names starting with `.`).
    public func list(_ relative: String) -> [String] {
        FileSystem.list(fullPath(relative)).filter { !$0.hasPrefix(".") }
    }

    /// The bytes of a file.
    public func readBytes(_ relative: String) -> Result<[UInt8], FileReadFailure> {
        FileSystem.readBytes(fullPath(relative)).mapError { failure in
            switch failure {
            case .system(let code): self.failure(errno: code)
            case .folder: .unreadable("it is a folder, not a file")
            case .notRegularFile: .unreadable("it is not a regular file (a pipe, a socket or a device)")
            }
        }
    }

    /// A file's text, checked and normalised.
    public func readText(_ relative: String) -> Result<SourceText, FileReadFailure> {
        switch readBytes(relative) {
        case .failure(let failure): return .failure(failure)
        case .success(let bytes):
            switch SourceText.decode(bytes, path: relative) {
            case .success(let text): return .success(text)
            case .failure(let diagnostic): return .failure(.invalid(diagnostic))
            }
        }
    }

    private func failure(errno code: Int32) -> FileReadFailure {
        switch code {
        case ENOENT, ENOTDIR: return .missing
        case EACCES, EPERM: return .unreadable("permission denied")
        case ELOOP: return .unreadable("a symbolic link loops back on itself")
        case EISDIR: return .unreadable("it is a folder, not a file")
        default: return .unreadable(FileSystem.errorText(code))
        }
    }

    /// Every file under a folder, recursively, as content paths; follows symbolic links but never
    /// visits the same real folder twice, so that a link loop ends. Loops are reported in `loops`.
    public func walk(_ relative: String, loops: inout [String]) -> [String] {
        var files: [String] = []
        var visited = Set<String>()
        var pending = [relative]
        while let folder = pending.popLast() {
            guard let real = realPath(folder) else { continue }
            guard visited.insert(real).inserted else {
                loops.append(folder)
                continue
            }
            for name in list(folder) {
                let path = folder + "/" + name
                switch kind(of: path) {
                case .file: files.append(path)
                case .directory: pending.append(path)
                case .missing, .other:
                    if FileSystem.kind(fullPath(path), followingLinks: false) == .link { loops.append(path) }
                }
            }
        }
        return files.sorted()
    }

    /// The canonical absolute path, with symbolic links resolved.
    public func realPath(_ relative: String) -> String? {
        FileSystem.realPath(fullPath(relative))
    }
}
