import VistaSite

/// The path of a request, checked before it comes near the file system: percent-decoded once,
/// split into segments, and refused when it could name anything outside the site.
///
/// Refused outright (the request is malformed or hostile, never a link of the site):
/// a backslash, a NUL byte, an encoded `/`, `\` or NUL (`%2f`, `%5c`, `%00`), invalid
/// percent-encoding or UTF-8, and any `.` or `..` segment, written or encoded (`%2e%2e`).
/// Hidden names (a segment starting with `.`, like the site's `.vista-site` marker) are not found.
struct RequestPath: Sendable, Equatable {
    /// The decoded segments, without empty ones.
    let segments: [String]
    /// Whether the path ends with `/` (a folder).
    let isFolder: Bool
    /// The path as the client wrote it, without query and fragment.
    let raw: String

    /// Why a request path was refused.
    enum Refusal: Error, Equatable {
        /// Malformed or hostile: answer 400.
        case badRequest(String)
        /// Names a hidden file: answer 404.
        case hidden
    }

    /// Checks and decodes the path part of a request target (`/a/b?q` → `a`, `b`).
    static func parse(_ target: String) -> Result<RequestPath, Refusal> {
        var raw = target
        if let cut = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = String(raw[..<cut]) }
        guard raw.hasPrefix("/") else { return .failure(.badRequest("the path must start with /")) }
        if raw.contains("\\") || raw.utf8.contains(0) { return .failure(.badRequest("backslashes and NUL are not allowed in a path")) }
        let lowered = raw.lowercased()
        for encoded in ["%2f", "%5c", "%00"] where lowered.contains(encoded) {
            return .failure(.badRequest("an encoded /, \\ or NUL is not allowed in a path"))
        }
        var segments: [String] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = percentDecode(part) else { return .failure(.badRequest("the path is not valid percent-encoded UTF-8")) }
            if segment.contains("/") || segment.contains("\\") || segment.utf8.contains(0) {
                return .failure(.badRequest("an encoded /, \\ or NUL is not allowed in a path"))
            }
            if segment == "." || segment == ".." { return .failure(.badRequest("`.` and `..` are not allowed in a path")) }
            if segment.hasPrefix(".") { return .failure(.hidden) }
            segments.append(segment)
        }
        return .success(RequestPath(segments: segments, isFolder: raw.hasSuffix("/"), raw: raw))
    }

    /// The segments after a prefix of segments (the site's base path), or nil when the path does not start with it.
    func dropping(prefix: [String]) -> RequestPath? {
        guard segments.count >= prefix.count, Array(segments.prefix(prefix.count)) == prefix else { return nil }
        return RequestPath(segments: Array(segments.dropFirst(prefix.count)), isFolder: isFolder, raw: raw)
    }

    /// The path relative to the site root, `a/b`.
    var relative: String { segments.joined(separator: "/") }

    /// Percent-decoding of one segment; nil for a bad escape or bytes that are not UTF-8.
    static func percentDecode(_ text: Substring) -> String? {
        HTML.decodePercent(String(text))
    }
}
