/// The site's settings, from `site.yaml`.
public struct SiteConfig: Sendable {
    /// `title` (required): the site's name, in every page's header and the feed.
    public var title: String
    /// `organization`: shown in the footer and the print header; nil when not written.
    public var organization: String?
    /// `author`: shown as "Prepared by" in the footer and as the feed's author; nil when not written.
    public var author: String?
    /// The language of the pages (`html lang`), and of number and date formatting.
    public var language: String
    /// Where `language:` is written in `site.yaml`, for notes about the language; nil when it is left out.
    public var languageLocation: SourceLocation?
    /// Where the site will be served: a path like `/proposals/reporting/` or a full URL. Always ends with `/`.
    public var baseURL: String
    /// The ISO 4217 code of money figures.
    public var currency: String
    /// The cost of one person-hour; a task may set its own.
    public var hourlyRate: Double?
    /// Hourly rates by team (`rates:`), which a task's or a recommendation's `team:` picks.
    public var rates: [String: Double]
    /// The years the net saving of a one-off cost is counted over (`horizon_years`).
    public var horizonYears: Double
    /// Metrics shown as KPI tiles on the home page.
    public var highlights: [Reference]
    /// The order of the main navigation, by section or page id; nil when `site.yaml` does not set it.
    public var nav: [Reference]?
    /// `theme:`: the accent colour and the logo.
    public var theme: Theme
    /// Whether raw HTML in Markdown is kept.
    public var unsafeHTML: Bool
    /// "Since" compares with the snapshot at or before this day, instead of the latest (`since:`).
    public var since: Located<Period>?

    /// The theme settings.
    public struct Theme: Sendable {
        /// The brand colour, as CSS understands it.
        public var accent: String?
        /// The path of the logo inside the content folder, e.g. `assets/logo.svg`.
        public var logo: Located<String>?

        /// Theme settings; the built-in blue and no logo when left out.
        public init(accent: String? = nil, logo: Located<String>? = nil) {
            self.accent = accent
            self.logo = logo
        }
    }

    /// Settings with the defaults of `site.yaml`: English, served at `/`, USD, three years, no highlights.
    public init(title: String, organization: String? = nil, author: String? = nil, language: String = "en",
                baseURL: String = "/", currency: String = "USD", hourlyRate: Double? = nil,
                rates: [String: Double] = [:], horizonYears: Double = 3, highlights: [Reference] = [], nav: [Reference]? = nil, theme: Theme = Theme(), unsafeHTML: Bool = false) {
        self.title = title
        self.organization = organization
        self.author = author
        self.language = language
        self.baseURL = baseURL
        self.currency = currency
        self.hourlyRate = hourlyRate
        self.rates = rates
        self.horizonYears = horizonYears
        self.highlights = highlights
        self.nav = nav
        self.theme = theme
        self.unsafeHTML = unsafeHTML
    }

    /// Whether `baseURL` is a full URL (`https://…`) rather than a path.
    public var hasFullBaseURL: Bool {
        baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")
    }

    /// The path part of the base URL, starting and ending with `/`.
    public var basePath: String {
        guard hasFullBaseURL else { return baseURL }
        let afterScheme = baseURL.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        // ["https:", "", "host", "rest"]
        guard afterScheme.count == 4 else { return "/" }
        return "/" + afterScheme[3]
    }

    /// A base URL as written, normalised to end with `/` (and to start with `/` when it is a path).
    public static func normaliseBaseURL(_ text: String) -> String {
        var url = text.trimmingWhitespace
        if url.isEmpty { return "/" }
        let isFull = url.hasPrefix("http://") || url.hasPrefix("https://")
        if !isFull, !url.hasPrefix("/") { url = "/" + url }
        if !url.hasSuffix("/") { url += "/" }
        return url
    }
}
