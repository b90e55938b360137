/// A problem in the content, with the file, line and column where it is.
public struct Diagnostic: Sendable, Hashable {
    public init() {}
}
