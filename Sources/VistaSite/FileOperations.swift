#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VistaSupport

/// The file system calls the writer needs, with errors as readable text. Reading, listing and
/// making folders are `FileSystem`'s (VistaSupport); this adds writing, copying, removing and
/// swapping, and never follows a final symbolic link when it asks what is at a path.
enum FileOperations {
    typealias Failure = FileSystem.Failure
    typealias Kind = FileSystem.Kind

    static func errorText(_ code: Int32 = errno) -> String { FileSystem.errorText(code) }

    /// Creates a folder and its parents.
    static func makeFolders(_ path: String) throws { try FileSystem.makeFolders(path) }

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
        switch kind(path) {
        case .missing:
            return
        case .folder:
            for name in list(path) { removeTree(path + "/" + name) }
            rmdir(path)
        case .file, .link, .other:
            unlink(path)
        }
    }

    /// What is at a path, without following a final symbolic link.
    static func kind(_ path: String) -> Kind { FileSystem.kind(path, followingLinks: false) }

    /// The names in a folder, without `.` and `..`.
    static func list(_ path: String) -> [String] { FileSystem.list(path) }

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
        if let resolved = FileSystem.realPath(path) { return resolved }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        if let base = FileSystem.realPath(parent.isEmpty ? "/" : parent) {
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
