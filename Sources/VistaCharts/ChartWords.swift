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
    enum Key: Sendable { case target, baseline, latest, period, category, change, item, noData }

    static let table: [Key: [String]] = [
        .target: ["Target", "Ziel", "Objectif", "Objetivo", "Doel"],
        .baseline: ["Baseline", "Ausgangswert", "Référence", "Referencia", "Basislijn"],
        .latest: ["Latest", "Aktuell", "Dernier", "Último", "Laatste"],
        .period: ["Period", "Zeitraum", "Période", "Período", "Periode"],
        .category: ["Category", "Kategorie", "Catégorie", "Categoría", "Categorie"],
        .change: ["Change", "Änderung", "Variation", "Cambio", "Verandering"],
        .item: ["Item", "Posten", "Poste", "Partida", "Post"],
        .noData: ["no data", "keine Daten", "aucune donnée", "sin datos", "geen gegevens"],
    ]
}
