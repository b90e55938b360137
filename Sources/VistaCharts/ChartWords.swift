/// The few words charts and tables draw themselves, in English, German, French, Spanish and Dutch;
/// other languages get English. (Generated sentences are English only.)
enum ChartWords {
    /// A word by key for a language tag.
    static func word(_ key: Key, language: String) -> String {
        let column: Int
        switch NumberStyle.primaryLanguage(language) {
        case "de": column = 1
        case "fr": column = 2
        case "es": column = 3
        case "nl": column = 4
        default: column = 0
        }
        return table[key]?[column] ?? ""
    }

    /// The words that have translations.
    enum Key: Sendable { case target, baseline, latest, period, category, change, item, noData, month, months, paysBackInMonth, noPaybackWithin }

    /// A phrase by key with a number in place of `{n}`, written in the language's digits.
    static func phrase(_ key: Key, _ n: Int, language: String) -> String {
        let number = DecimalText.format(Double(n), decimals: 0, style: NumberStyle(language: language))
        return word(key, language: language).split(separator: "{n}", omittingEmptySubsequences: false).joined(separator: number)
    }

    static let table: [Key: [String]] = [
        .target: ["Target", "Ziel", "Objectif", "Objetivo", "Doel"],
        .baseline: ["Baseline", "Ausgangswert", "Référence", "Referencia", "Basislijn"],
        .latest: ["Latest", "Aktuell", "Dernier", "Último", "Laatste"],
        .period: ["Period", "Zeitraum", "Période", "Período", "Periode"],
        .category: ["Category", "Kategorie", "Catégorie", "Categoría", "Categorie"],
        .change: ["Change", "Änderung", "Variation", "Cambio", "Verandering"],
        .item: ["Item", "Posten", "Poste", "Partida", "Post"],
        .noData: ["no data", "keine Daten", "aucune donnée", "sin datos", "geen gegevens"],
        .month: ["Month", "Monat", "Mois", "Mes", "Maand"],
        .months: ["Months", "Monate", "Mois", "Meses", "Maanden"],
        .paysBackInMonth: ["Pays back in month {n}", "Amortisiert in Monat {n}", "Rentabilisé au mois {n}",
                           "Se amortiza en el mes {n}", "Terugverdiend in maand {n}"],
        .noPaybackWithin: ["Does not pay back within {n} months", "Amortisiert sich nicht in {n} Monaten",
                           "Pas rentabilisé en {n} mois", "No se amortiza en {n} meses", "Niet terugverdiend binnen {n} maanden"],
    ]
}
