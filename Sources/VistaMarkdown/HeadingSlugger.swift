import VistaSupport

/// Makes heading ids: a slug of the heading's text, unique within one document.
///
/// The slug keeps letters (any script, lowercased), combining marks and decimal
/// digits; every other run of characters (spaces, punctuation, symbols) becomes a
/// single `-`, and none is left at either end. "Cost & Risk" becomes `cost-risk`,
/// "Überblick 2025" becomes `überblick-2025`. A heading with no letters or digits
/// gets `section`. A repeated slug gets `-1`, `-2`, … (skipping any already taken),
/// so ids never collide.
struct HeadingSlugger {
    /// Ids the page has already (the templates' own, earlier texts' headings): never given, never
    /// copied (a set that is only read costs nothing to pass along).
    private let reserved: Set<String>
    /// The ids given to this document's headings so far.
    private var given: Set<String> = []
    /// The last counter given to each slug, so that the next repeat starts after it: a document
    /// with 100,000 headings of the same text takes linear time, not quadratic. The ids are the
    /// same as counting from 1, because every counter below the last one is taken.
    private var lastCounter: [String: Int] = [:]

    /// A slugger that avoids the ids in `taken`.
    init(taken: Set<String> = []) {
        reserved = taken
    }

    /// The id for the next heading with this text.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = lastCounter[base, default: 0]
        if counter > 0 { candidate = "\(base)-\(counter)" }
        while reserved.contains(candidate) || given.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        lastCounter[base] = counter
        given.insert(candidate)
        return candidate
    }

    /// The slug of a text, before uniqueness is applied.
    static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug.isEmpty ? "section" : slug }
        return scalarSlug(text)
    }

    /// The slug of an ASCII text, read by bytes (most headings): letters and digits in lower case,
    /// every run of other characters between them one `-`. Nil for a text that is not ASCII.
    static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let scalar = Unicode.Scalar(byte)
            if Slug.isASCIIAlphanumeric(scalar) {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(UInt8(Slug.lowercasedASCII(scalar).value))
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The slug of any text, scalar by scalar.
    static func scalarSlug(_ text: String) -> String {
        let slug = Slug.make(text) { scalar, out in
            guard isKept(scalar) else { return false }
            if scalar.isASCII {
                out.append(Slug.lowercasedASCII(scalar))
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            return true
        }
        return slug.isEmpty ? "section" : slug
    }

    /// Whether a character belongs in a slug.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return Slug.isASCIIAlphanumeric(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
