import VistaCharts
import VistaContent
import VistaSupport

/// How numbers, money and periods read on the site, by the site's language and currency. The same
/// formatters draw the charts, so a figure reads the same in a tile, a table and a chart.
public struct SiteFormat: Sendable {
    /// The site's language tag, `language` in `site.yaml` (`en`, `de`, `fr-CH`).
    public let language: String
    /// The ISO 4217 code of every money figure, `currency` in `site.yaml` (`USD`, `EUR`).
    public let currency: String
    /// The separators and grouping of numbers in `language`.
    public let style: NumberStyle
    /// The words of the site's language (the theme's, with the site's own over them).
    public let words: Catalogue
    /// The period labels of `words`, read once.
    public let periodWords: PeriodWords

    /// The format of a site in `language` and `currency`; without `words`, Vista's own words for
    /// `language` (English where it ships none), with no overrides from `i18n/`.
    public init(language: String, currency: String, words: Catalogue? = nil) {
        self.language = language
        self.currency = currency
        style = NumberStyle(language: language)
        self.words = words ?? SiteWords.catalogue(language: language, overrides: [:])
        periodWords = PeriodWords(self.words)
    }

    /// Money in the site's currency, whole units: `$28,803`.
    public func money(_ value: Double) -> String {
        ValueFormatter(unit: .currency(currency), style: style).format(value.rounded())
    }

    /// Money, short: `$28.8k`.
    public func moneyCompact(_ value: Double) -> String {
        ValueFormatter(unit: .currency(currency), style: style).formatCompact(value)
    }

    /// Hours, by the rounding rule of docs/CONTENT.md: exactly when two decimals or fewer show them
    /// (`0.75 h`, `312.5 h`), else to one decimal (`424.7 h`). Hours per run are written with at most
    /// two decimals in most content, so runs × the hours per run shown give the hours per year shown.
    public func hours(_ value: Double) -> String {
        let formatter = ValueFormatter(unit: .hours, style: style)
        return Self.isExactHours(value) ? formatter.formatExact(value) : formatter.format((value * 10).rounded() / 10)
    }

    /// Hours per run, a factor of the hours per year: as `hours`, with `≈ ` in front when rounded
    /// (`≈ 8.2 h` for 8 h 10 min), because then runs × the figure shown is not the year's hours.
    public func hoursPerRun(_ value: Double) -> String {
        (Self.isExactHours(value) ? "" : "≈\u{A0}") + hours(value)
    }

    /// Whether two decimals or fewer write the hours exactly.
    static func isExactHours(_ value: Double) -> Bool {
        let scaled = abs(value) * 100
        return abs(scaled - scaled.rounded()) <= 1e-9 * max(1, scaled)
    }

    /// A plain number with the language's separators, to at most two decimals.
    public func number(_ value: Double) -> String {
        ValueFormatter(unit: .count, style: style).format((value * 100).rounded() / 100)
    }

    /// A percentage of a whole, with one decimal: `50.4 %`.
    public func percent(_ value: Double) -> String {
        ValueFormatter(unit: .percent, style: style).format((value * 10).rounded() / 10)
    }

    /// A value in a metric's unit.
    public func value(_ value: Double, unit: MetricUnit) -> String {
        ValueFormatter(unit: unit.chartUnit, style: style).format(value)
    }

    /// A signed change in a metric's unit: `−$6,305`.
    public func change(_ delta: Double, unit: MetricUnit) -> String {
        ValueFormatter(unit: unit.chartUnit, style: style).formatChange(delta)
    }

    /// A signed percentage change: `−50.8 %`.
    public func percentChange(_ percent: Double) -> String {
        ValueFormatter(unit: .percent, style: style).formatPercentChange(percent / 100)
    }

    /// A period for people: `Oct 2026`, `Q3 2026`, `15 Feb 2026`.
    public func period(_ period: Period) -> String {
        periodWords.label(period.chartPeriod)
    }
}

extension MetricUnit {
    /// The chart library's unit.
    var chartUnit: ValueUnit {
        switch self {
        case .currency(let code): .currency(code)
        case .percent: .percent
        case .hours: .hours
        case .minutes: .minutes
        case .count: .count
        case .other(let label): .other(label)
        }
    }
}

extension Period {
    /// The chart library's period.
    var chartPeriod: ChartPeriod {
        switch kind {
        case .year(let y): .year(y)
        case .quarter(let y, let q): .quarter(y, q)
        case .month(let y, let m): .month(y, m)
        case .week(let y, let w): .week(y, w)
        case .day(let y, let m, let d): .day(y, m, d)
        }
    }
}
