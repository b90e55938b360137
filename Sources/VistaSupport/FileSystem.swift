#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one home of Vista's low-level file reading: what is at a path, the names in a folder, a
/// whole file's bytes, real paths and new folders, with POSIX calls so that every failure keeps
/// its reason. Content loading, site writing and the dev server all read through it.
public enum FileSystem {
    /// What is at a path.
    public enum Kind: Sendable, Equatable {
        case missing, file, folder, link, other
    }

    /// Why a file could not be read.
    public enum ReadFailure: Error, Equatable, Sendable {
        /// A system error (`errno`): missing, no permission, a link loop…
        case system(Int32)
        /// The path is a folder.
        case folder
        /// The path is a pipe, a socket or a device.
        case notRegularFile
    }

    /// A failure to change the file system, in words.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What failed and the system's reason, for the user: `cannot create the folder Site: Permission denied`.
        public let description: String
        /// A failure with its message for the user.
        public init(description: String) { self.description = description }
    }

    /// The system's words for an error number.
    public static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// What is at a path; a final symbolic link is followed only with `followingLinks`.
    public static func kind(_ path: String, followingLinks: Bool) -> Kind {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The names in a folder, sorted, without `.` and `..`; empty when it cannot be read.
    public static func list(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of a regular file, read in one pass. The file is opened without blocking, so a
    /// pipe in its place is a failure, never a hang.
    public static func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.folder) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
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
                return .failure(.system(errno))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// The canonical absolute path, with symbolic links resolved; nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Creates a folder and its parents (`mkdir -p`).
    public static func makeFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw Failure(description: "cannot create the folder \(current): \(errorText())")
            }
        }
    }

    /// `a/b` from a folder and a path inside it; an empty folder or path adds nothing.
    public static func join(_ folder: String, _ path: String) -> String {
        if folder.isEmpty { return path }
        if path.isEmpty { return folder }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
