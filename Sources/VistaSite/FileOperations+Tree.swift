#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileOperations {
    /// Copies a folder with everything in it. Files and folders are copied, symbolic links are
    /// copied as links (never followed), anything else (a pipe, a device) is an error.
    static func copyTree(_ source: String, to destination: String) throws {
        var pending = [""]
        while let relative = pending.popLast() {
            let from = relative.isEmpty ? source : source + "/" + relative
            let to = relative.isEmpty ? destination : destination + "/" + relative
            switch kind(from) {
            case .folder:
                if mkdir(to, 0o755) != 0 {
                    if relative.isEmpty, errno == ENOENT {
                        try makeFolders(to)
                    } else if !(relative.isEmpty && errno == EEXIST) {
                        throw Failure(description: "cannot create the folder \(to): \(errorText())")
                    }
                }
                for name in list(from).sorted().reversed() {
                    pending.append(relative.isEmpty ? name : relative + "/" + name)
                }
            case .file:
                try copy(from, to: to)
            case .link:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(from, &buffer, buffer.count - 1)
                guard length >= 0 else { throw Failure(description: "cannot read the link \(from): \(errorText())") }
                let destinationOfLink = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                guard symlink(destinationOfLink, to) == 0 else { throw Failure(description: "cannot create the link \(to): \(errorText())") }
            case .missing:
                throw Failure(description: "\(from) disappeared while it was copied")
            case .other:
                throw Failure(description: "\(from) is not a file or a folder (a pipe, a socket or a device); it cannot be published")
            }
        }
    }

    /// The size of an open file.
    static func size(of descriptor: Int32) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }
}
