import VistaSupport

/// Period labels for tables, sentences and axes, in the words of a catalogue (see `PeriodWords`),
/// and where an axis places them.
extension ChartPeriod {
    /// The full label: "2026", "Q1 2026", "Jan 2026", "W09 2026", "14 Mar 2026" in English. It reads
    /// the catalogue's period words for this one label; to label many, read them once (`PeriodWords`).
    public func label(words: Catalogue) -> String {
        PeriodWords(words).label(self)
    }

    /// The short tick label without the year: "Jan", "Q1", "W09", "14 Mar", or the year for years.
    public func tickLabel(words: Catalogue) -> String {
        PeriodWords(words).tickLabel(self)
    }

    /// Whether the period is a round place for a label when every `k`-th period is labelled:
    /// January (or every k-th month from year 0), Q1, week 1, Mondays, first days of months, years divisible by k.
    func isRound(step k: Int) -> Bool {
        guard k > 1 else { return true }
        switch self {
        case .year(let y): return y % k == 0
        case .quarter(let y, let q): return ((y * 4 + q - 1) % k + k) % k == 0
        case .month(let y, let m): return ((y * 12 + m - 1) % k + k) % k == 0
        case .week(let y, let w): return k <= 52 ? (w - 1) % k == 0 : w == 1 && y % max(k / 52, 1) == 0
        case .day(let y, let m, let d):
            switch k {
            case ..<7: return ((firstDay % k) + k) % k == 0
            case 7, 14: return (((firstDay + 3) % k) + k) % k == 0
            case ..<91: return d == 1
            case ..<365: return d == 1 && (m - 1) % (k / 30) == 0
            default: return d == 1 && m == 1 && y % max(k / 365, 1) == 0
            }
        }
    }

    /// Whether labels every `k`-th period are far enough apart to show only the year.
    func labelsOnlyYear(step k: Int) -> Bool {
        switch self {
        case .year: return false
        case .quarter: return k >= 4
        case .month: return k >= 12
        case .week: return k >= 52
        case .day: return k >= 365
        }
    }

    static func twoDigits(_ n: Int) -> String {
        n >= 0 && n < 10 ? "0\(n)" : String(n)
    }
}
