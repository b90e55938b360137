#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VistaContent
import VistaSupport

extension SiteWriter {
    /// Brings a site that Vista wrote up to date in place, for the dev server, whose private site
    /// changes many times a minute: a file whose bytes differ is written beside itself and renamed
    /// over the old one, so a reader gets the old file or the new one, never part of one; a file
    /// that is no longer part of the site is removed, with the folders it leaves empty. Files whose
    /// bytes are the same are not touched. Returns the paths written or removed, sorted.
    /// `vista build` never updates in place: it replaces the whole site in one swap.
    public func update(writing files: [OutputFile], removing paths: [String]) throws -> [String] {
        guard FileOperations.kind(output) == .folder, FileOperations.kind(output + "/" + Self.marker) == .file else {
            throw FileOperations.Failure(description: "\(output) is not a site that Vista wrote; it cannot be updated in place")
        }
        let outcomes = WorkerPool.map(files.count, width: files.count < 16 ? 1 : WorkerPool.width) { index -> Result<Bool, FileOperations.Failure> in
            do {
                return .success(try replace(files[index]))
            } catch let failure as FileOperations.Failure {
                return .failure(failure)
            } catch {
                return .failure(FileOperations.Failure(description: "\(error)"))
            }
        }
        var changed: [String] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(true): changed.append(file.path)
            case .success(false): continue
            case .failure(let failure): throw failure
            }
        }
        for path in paths where FileOperations.kind(output + "/" + path) != .missing {
            FileOperations.removeTree(output + "/" + path)
            changed.append(path)
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard FileOperations.list(output + "/" + folder).isEmpty, rmdir(output + "/" + folder) == 0 else { break }
            }
        }
        return changed.sorted()
    }

    /// Writes one file unless it already holds these bytes; true when it wrote.
    private func replace(_ file: OutputFile) throws -> Bool {
        let target = output + "/" + file.path
        let bytes: [UInt8]
        switch file.contents {
        case .text(let text): bytes = Array(text.utf8)
        case .copy(let source):
            guard let read = FileOperations.contents(of: source) else {
                throw FileOperations.Failure(description: "cannot read \(source): \(FileOperations.errorText())")
            }
            bytes = read
        }
        if FileOperations.contents(of: target) == bytes { return false }
        if let slash = file.path.lastIndex(of: "/") { try FileOperations.makeFolders(output + "/" + file.path[..<slash]) }
        let name = target.lastIndex(of: "/").map { target[target.index(after: $0)...] } ?? Substring(target)
        let temporary = String(target.dropLast(name.count)) + ".\(name).vista-new-\(getpid())"
        do {
            try FileOperations.write(bytes, to: temporary)
            guard rename(temporary, target) == 0 else {
                throw FileOperations.Failure(description: "cannot replace \(target): \(FileOperations.errorText())")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        return true
    }
}

extension FileOperations {
    /// The bytes of a file, or nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? { try? FileSystem.readBytes(path).get() }

    /// Writes bytes to a new file in one go.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(errorText())") }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: "cannot write \(path): \(errorText())")
                }
                offset += written
            }
        }
    }
}
