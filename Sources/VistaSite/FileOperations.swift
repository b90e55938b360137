#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system calls the writer needs, with errors as readable text.
enum FileOperations {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Creates a folder and its parents.
    static func makeFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw Failure(description: "cannot create the folder \(current): \(errorText())")
            }
        }
    }

    /// Writes a text to a new file in one go.
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Copies a file.
    static func copy(_ source: String, to destination: String) throws {
        let input = open(source, O_RDONLY)
        guard input >= 0 else { throw Failure(description: "cannot read \(source): \(errorText())") }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard output >= 0 else { throw Failure(description: "cannot write \(destination): \(errorText())") }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw Failure(description: "cannot read \(source): \(errorText())") }
            if count == 0 { return }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { systemWrite(output, $0.baseAddress! + offset, count - offset) }
                guard written >= 0 else { throw Failure(description: "cannot write \(destination): \(errorText())") }
                offset += written
            }
        }
    }

    /// Removes a file or a folder with everything in it; symbolic links are removed, never followed.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            if let directory = opendir(path) {
                var names: [String] = []
                while let entry = readdir(directory) {
                    let name = withUnsafePointer(to: entry.pointee.d_name) {
                        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                    }
                    if name != ".", name != ".." { names.append(name) }
                }
                closedir(directory)
                for name in names { removeTree(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// What is at a path, without following a final symbolic link.
    enum Kind { case missing, file, folder, link, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The names in a folder, without `.` and `..`.
    static func list(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    #if canImport(Darwin)
    /// `renamex_np` with `RENAME_SWAP`: macOS's atomic exchange of two paths (APFS and HFS+).
    private static func atomicExchange(_ a: String, _ b: String) -> Bool {
        renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
    }
    #else
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2` with `RENAME_EXCHANGE`, looked up at run time (the C library declares it only for GNU builds).
    private static let renameAt2: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    private static func atomicExchange(_ a: String, _ b: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
    }
    #endif

    /// Swaps two paths in one atomic step where the system can (`renameat2` on Linux, `renamex_np`
    /// on macOS); else renames the old one aside first.
    /// After it, `a` holds what `b` held and `b` what `a` held.
    static func exchange(_ a: String, _ b: String) throws {
        if atomicExchange(a, b) { return }
        let aside = b + ".vista-swap"
        removeTree(aside)
        guard rename(b, aside) == 0 else { throw Failure(description: "cannot move \(b) aside: \(errorText())") }
        guard rename(a, b) == 0 else {
            let reason = errorText()
            _ = rename(aside, b)
            throw Failure(description: "cannot move the new site into \(b): \(reason)")
        }
        guard rename(aside, a) == 0 else { throw Failure(description: "cannot move the old site to \(a): \(errorText())") }
    }

    /// The canonical absolute path of an existing path, or of a path whose parent exists.
    static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        if let resolved = realpath(parent.isEmpty ? "/" : parent, nil) {
            defer { free(resolved) }
            let base = String(cString: resolved)
            return (base == "/" ? "" : base) + "/" + name
        }
        return trimmed
    }
}

/// `write(2)`, named apart from the Swift functions called `write`.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.write(descriptor, bytes, count)
    #else
    Glibc.write(descriptor, bytes, count)
    #endif
}

/// `read(2)`, named apart from the Swift functions called `read`.
func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.read(descriptor, bytes, count)
    #else
    Glibc.read(descriptor, bytes, count)
    #endif
}
