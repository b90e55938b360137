#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the content folder: lists folders and reads files by path relative to the root, with
/// POSIX calls so that every failure has a reason (a directory, no permission, a symlink loop).
public struct ContentFileSystem: Sendable {
    /// The content folder.
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The absolute or working-directory-relative path of a content path.
    public func fullPath(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    /// What is at a path.
    public enum Kind: Sendable, Equatable {
        case file, directory, missing, other
    }

    /// What is at a content path, following symlinks.
    public func kind(of relative: String) -> Kind {
        var info = stat()
        guard stat(fullPath(relative), &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .other
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The names in a folder, sorted, without hidden entries (names starting with `.`).
    public func list(_ relative: String) -> [String] {
        guard let directory = opendir(fullPath(relative)) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of a file.
    public func readBytes(_ relative: String) -> Result<[UInt8], FileReadFailure> {
        let descriptor = open(fullPath(relative), O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(failure(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno: errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.unreadable("it is a folder, not a file")) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable("it is not a regular file (a pipe, a socket or a device)")) }
        // Read straight into the result, one byte more than the size so that the end is seen in
        // the same call; the array grows only when the file grew since `fstat`.
        var bytes = [UInt8]()
        var capacity = Int(info.st_size) + 1
        var count = 0
        while true {
            if count == capacity { capacity *= 2 }
            if bytes.count < capacity { bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, capacity - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno: errno))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
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
        default: return .unreadable(String(cString: strerror(code)))
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
                    var info = stat()
                    if lstat(fullPath(path), &info) == 0, info.st_mode & S_IFMT == S_IFLNK { loops.append(path) }
                }
            }
        }
        return files.sorted()
    }

    /// The canonical absolute path, with symbolic links resolved.
    public func realPath(_ relative: String) -> String? {
        guard let resolved = realpath(fullPath(relative), nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
