import VistaSupport

/// Decimal and grouping separators and the currency position, by language (a BCP 47 tag).
///
/// Known: English (the default), German, Dutch, Spanish, Italian, Portuguese, Danish (`.` groups, `,` decimals),
/// French, Swedish, Norwegian, Finnish, Polish, Czech, Russian (space groups, `,` decimals), and Swiss
/// German, French and Italian (`’` groups, `.` decimals).
public struct NumberStyle: Sendable, Hashable {
    /// The language tag the style was made for, as given ("en", "de", "fr-CH").
    public var language: String
    /// The decimal separator.
    public var decimalSeparator: String
    /// The thousands separator.
    public var groupSeparator: String
    /// Whether the currency symbol follows the number ("12.400 €") rather than leading it ("$12,400").
    public var currencyAfter: Bool
    /// Numbers with fewer integer digits than this are not grouped (Spanish writes 1234 but 12 345).
    public var minimumGroupingDigits: Int

    /// The style for a language tag; unknown languages get English separators.
    public init(language: String) {
        self.language = language
        let primary = NumberStyle.primaryLanguage(language)
        let region = NumberStyle.region(language)
        decimalSeparator = "."
        groupSeparator = ","
        currencyAfter = false
        minimumGroupingDigits = 4
        switch primary {
        case "de", "nl", "es", "it", "pt", "da", "id", "tr":
            decimalSeparator = ","
            groupSeparator = "."
            currencyAfter = primary != "nl"
            if primary == "es" { minimumGroupingDigits = 5 }
        case "fr", "sv", "nb", "nn", "no", "fi", "pl", "cs", "sk", "ru", "uk":
            decimalSeparator = ","
            groupSeparator = "\u{202F}"
            currencyAfter = true
        default:
            break
        }
        if region == "ch", ["de", "fr", "it"].contains(primary) {
            decimalSeparator = "."
            groupSeparator = "\u{2019}"
            currencyAfter = false
        }
    }

    /// English: `1,234.5`, `$12,400`.
    public static let english = NumberStyle(language: "en")

    /// The lowercased primary subtag: "fr" for "fr-CH".
    static func primaryLanguage(_ tag: String) -> String { LanguageTag.primary(tag) ?? "en" }

    /// The lowercased region subtag, if any: "ch" for "fr-CH".
    static func region(_ tag: String) -> String? { LanguageTag.region(tag) }
}
