import VistaContent

/// Writes a built site so that nothing is ever half-written: every file goes into a staging folder
/// beside the output, and the staging folder replaces the output in one swap only when everything
/// was written. A failed build leaves the previous site as it was. Vista only ever replaces a
/// folder that it created itself, recognised by its marker file.
public struct SiteWriter: Sendable {
    /// The marker file Vista leaves in every site it writes.
    public static let marker = ".vista-site"

    /// The folder the site is written to (`--output`), without a trailing `/`.
    public let output: String
    /// The content folder the site is built from; the output may neither lie in it nor hold it.
    public let contentRoot: String

    /// A writer into `output` for a site built from `contentRoot`; nothing is checked or written
    /// until `refusal()` or `write(_:)`.
    public init(output: String, contentRoot: String) {
        self.output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        self.contentRoot = contentRoot
    }

    /// Why the output folder may not be written, or nil when it may.
    public func refusal() -> String? {
        if output.isEmpty { return "no output folder was given; pass --output with a folder, like Site" }
        let outputPath = FileOperations.absolute(output)
        let contentPath = FileOperations.absolute(contentRoot)
        if outputPath == contentPath || outputPath.hasPrefix(contentPath + "/") {
            return "the output folder \(output) is inside the content folder; choose a folder outside it, like Site"
        }
        if contentPath.hasPrefix(outputPath + "/") || outputPath == "/" {
            return "the output folder \(output) holds the content folder; choose a folder of its own, like Site"
        }
        switch FileOperations.kind(output) {
        case .missing: return nil
        case .folder:
            let names = FileOperations.list(output)
            if names.isEmpty || names.contains(Self.marker) { return nil }
            return "refusing to replace \(output): it holds files that Vista did not write (no \(Self.marker) marker); choose another --output, or empty the folder"
        case .link: return "refusing to replace \(output): it is a symbolic link; give the real folder as --output"
        default: return "refusing to replace \(output): it is not a folder"
        }
    }

    /// Writes the files and swaps them in. Throws with a readable reason; the old site then stays.
    public func write(_ files: [OutputFile]) throws {
        let staging = try stage(paths: files.map(\.path))
        // The files go to disk on all cores; the first failure, if any, is reported.
        _ = WorkerPool.map(files.count) { staging.write(files[$0]) }
        try staging.finish()
    }

    /// A hidden folder beside the output, on the same file system, so that the swap is a rename.
    func stagingPath() -> String {
        let name = output.split(separator: "/").last.map(String.init) ?? "Site"
        let folder = parent(of: output)
        return (folder.isEmpty ? "" : folder + "/") + ".\(name).vista-staging-\(getpid())"
    }

    func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VistaSupport
