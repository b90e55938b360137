/// Why a content file could not be read as text.
public enum FileReadFailure: Error, Sendable {
    /// There is no such file.
    case missing
    /// It exists but cannot be read: a directory, a permission problem, a symlink loop.
    case unreadable(String)
    /// It was read but is not valid text: the diagnostic says where.
    case invalid(Diagnostic)
}
