/// A language tag as `site.yaml` writes it (`de`, `fr-CH`, `pt_BR`), read for its parts.
public enum LanguageTag {
    /// The lowercased primary subtag: "fr" for "fr-CH"; nil for a tag with none.
    public static func primary(_ tag: String) -> String? {
        // A tag of lowercase ASCII letters alone ("en", "de") is its own primary language.
        if !tag.isEmpty, tag.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) { return tag }
        return subtags(tag).first
    }

    /// The lowercased region subtag, if any: "ch" for "fr-CH".
    public static func region(_ tag: String) -> String? {
        subtags(tag).dropFirst().first { $0.count == 2 }
    }

    private static func subtags(_ tag: String) -> [String] {
        tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
    }
}
