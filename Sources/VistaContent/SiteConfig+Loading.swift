import Yams

extension SiteConfig {
    static let keys = ["title", "organization", "author", "language", "base_url", "currency", "hourly_rate",
                       "rates", "horizon_years", "highlights", "nav", "theme", "markdown", "since"]

    /// Reads `site.yaml`.
    static func load(_ node: Node, source: YAMLSource, sink: DiagnosticSink) -> SiteConfig? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "site.yaml") else { return nil }
        reader.reportUnknownKeys(allowed: keys, in: "site.yaml")
        let title = reader.text("title", required: true)
        var config = SiteConfig(title: title?.value ?? "")
        config.organization = reader.text("organization")?.value
        config.author = reader.text("author")?.value
        if let language = reader.text("language") {
            if Self.isLanguageTag(language.value) {
                config.language = language.value
                config.languageLocation = language.location
            } else {
                sink.error(language.location, "`language` must be a language tag like en, de or fr-CH, found '\(language.value)'")
            }
        }
        if let base = reader.text("base_url") {
            config.baseURL = normaliseBaseURL(base.value)
            if base.value.contains(" ") || base.value.contains("\"") || base.value.contains("<") {
                sink.error(base.location, "`base_url` must be a path like /proposals/reporting/ or a full URL, found '\(base.value)'")
            }
        }
        if let currency = reader.text("currency") {
            let scalars = Array(currency.value.unicodeScalars)
            if scalars.count == 3, scalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) {
                config.currency = currency.value
            } else {
                sink.error(currency.location, "`currency` must be an ISO 4217 code like USD, EUR or GBP, found '\(currency.value)'")
            }
        }
        config.hourlyRate = reader.number("hourly_rate")?.value
        if let rates = reader.mappingReader("rates") {
            for team in rates.keys {
                if let rate = rates.number(team, required: true) { config.rates[team] = rate.value }
            }
        }
        if let horizon = reader.number("horizon_years", minimum: 1) { config.horizonYears = horizon.value }
        config.highlights = reader.textList("highlights") ?? []
        config.nav = reader.textList("nav")
        if let theme = reader.mappingReader("theme") {
            theme.reportUnknownKeys(allowed: ["accent", "logo"], in: "theme")
            if let accent = theme.text("accent") {
                if ThemeColor(css: accent.value) != nil {
                    config.theme.accent = accent.value
                } else {
                    let hint = ThemeColor.closestName(to: accent.value).map { "did you mean '\($0)'?" }
                        ?? "write it as #1f6feb, rgb(31 111 235), hsl(215 83% 52%), oklch(0.6 0.2 260) or a CSS colour name"
                    sink.error(accent.location, "`accent` must be a CSS colour like \"#1f6feb\", found '\(accent.value)'", hint: hint)
                }
            }
            config.theme.logo = theme.text("logo")
        }
        if let markdown = reader.mappingReader("markdown") {
            markdown.reportUnknownKeys(allowed: ["unsafe_html"], in: "markdown")
            config.unsafeHTML = markdown.bool("unsafe_html") ?? false
        }
        if let since = reader.period("since") {
            if since.value.granularity == .day {
                config.since = since
            } else {
                sink.error(since.location, "`since` must be a day like 2026-10-01, found \(since.value)")
            }
        }
        return config
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count) else { return false }
        return parts.allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") }
        }
    }
}
