/// Words of a text joined by single dashes: the one routine behind content ids made from titles,
/// heading anchors and chart ids. Each kind says which characters it keeps and how it writes them.
public enum Slug {
    /// The text's kept characters, each written as `write` gives it, with every run of other
    /// characters between kept ones turned into one `-` (none at either end). `write` returns
    /// false for a character that is not kept.
    @inlinable
    public static func make(_ text: String, _ write: (Unicode.Scalar, inout String.UnicodeScalarView) -> Bool) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            var dashed = false
            if pendingDash, !result.isEmpty {
                result.append("-")
                dashed = true
            }
            if write(scalar, &result) {
                pendingDash = false
            } else {
                if dashed { result.removeLast() }
                pendingDash = true
            }
        }
        return String(result)
    }

    /// Whether a scalar is an ASCII letter or digit.
    @inlinable
    public static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// An ASCII letter in lower case; any other scalar as it is.
    @inlinable
    public static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar
    }
}
