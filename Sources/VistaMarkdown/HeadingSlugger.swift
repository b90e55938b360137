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
    private var taken: Set<String>
    /// The last counter given to each slug, so that the next repeat starts after it: a document
    /// with 100,000 headings of the same text takes linear time, not quadratic. The ids are the
    /// same as counting from 1, because every counter below the last one is taken.
    private var lastCounter: [String: Int] = [:]

    /// A slugger that avoids the ids in `taken`.
    init(taken: Set<String> = []) {
        self.taken = taken
    }

    /// The id for the next heading with this text.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = lastCounter[base, default: 0]
        if counter > 0 { candidate = "\(base)-\(counter)" }
        while taken.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        lastCounter[base] = counter
        taken.insert(candidate)
        return candidate
    }

    /// The slug of a text, before uniqueness is applied.
    static func slug(_ text: String) -> String {
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
