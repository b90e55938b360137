/// How a metric reads the file it names in `data:`: text for a CSV, a path for an `.xlsx` workbook
/// and an SQLite database, which are opened where they are. The loader gives each reader one that records the read,
/// so that a rebuild knows which metric a changed data file touches.
public struct DataFiles {
    /// The text of a content path, decoded as the loader decodes every text file.
    public var readText: (String) -> Result<SourceText, FileReadFailure>
    /// The full path of a regular file, or why there is none.
    public var filePath: (String) -> Result<String, FileReadFailure>

    /// Readers from two functions, each given a path relative to the content folder.
    public init(readText: @escaping (String) -> Result<SourceText, FileReadFailure>,
                filePath: @escaping (String) -> Result<String, FileReadFailure>) {
        self.readText = readText
        self.filePath = filePath
    }

    /// The files of a content folder.
    public init(_ fileSystem: ContentFileSystem) {
        self.init(readText: { fileSystem.readText($0) }, filePath: { path in
            switch fileSystem.kind(of: path) {
            case .file: return .success(fileSystem.fullPath(path))
            case .missing: return .failure(.missing)
            case .directory: return .failure(.unreadable("it is a folder, not a file"))
            case .other: return .failure(.unreadable("it is not a regular file (a pipe, a socket or a device)"))
            }
        })
    }

    /// The same files, each read first told to `record` (the loader's list of files a metric read).
    func recording(_ record: @escaping (String) -> Void) -> DataFiles {
        DataFiles(readText: { record($0); return readText($0) }, filePath: { record($0); return filePath($0) })
    }

    /// The kinds of data file, by extension.
    enum Kind {
        case csv, xlsx, sqlite

        init?(name: String) {
            let lowered = name.lowercased()
            if lowered.hasSuffix(".csv") {
                self = .csv
            } else if lowered.hasSuffix(".xlsx") {
                self = .xlsx
            } else if [".sqlite", ".sqlite3", ".db"].contains(where: { lowered.hasSuffix($0) }) {
                self = .sqlite
            } else {
                return nil
            }
        }

        /// Whether a file name in `metrics/` is data a metric may name.
        static func isData(_ name: String) -> Bool { Kind(name: name) != nil }
    }
}
