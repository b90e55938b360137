import VistaSupport

/// Ids of content files: the file name without extension, made of lowercase letters, digits and `-`.
public enum ContentID {
    /// Whether a text is a valid id.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// A valid id made from a title: `Weekly Sales Report` → `weekly-sales-report`.
    public static func slug(_ title: String) -> String {
        Slug.make(title.lowercased()) { scalar, out in
            if Slug.isASCIIAlphanumeric(scalar) {
                out.append(scalar)
            } else if let folded = fold(scalar) {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                return false
            }
            return true
        }
    }

    /// Common accented letters written without their accent.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "à", "á", "â", "ã", "å", "ā": "a"
        case "ä", "æ": "ae"
        case "ç", "č": "c"
        case "è", "é", "ê", "ë", "ē": "e"
        case "ì", "í", "î", "ï": "i"
        case "ñ": "n"
        case "ò", "ó", "ô", "õ", "ø": "o"
        case "ö", "œ": "oe"
        case "ù", "ú", "û": "u"
        case "ü": "ue"
        case "ß": "ss"
        case "š": "s"
        case "ž": "z"
        default: nil
        }
    }
}
