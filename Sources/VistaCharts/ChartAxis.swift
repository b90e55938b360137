import VistaSupport

/// The positions a chart's series are measured at: periods of time or named categories.
public enum ChartAxis: Sendable, Hashable {
    /// A time axis; positions are periods as the content wrote them.
    case periods([ChartPeriod])
    /// A categorical axis; positions are names (departments, tasks…).
    case categories([String])

    /// The number of positions on the axis.
    public var count: Int {
        switch self {
        case .periods(let periods): return periods.count
        case .categories(let names): return names.count
        }
    }

    /// The full label of the position at `index` (a period's full label or the category name).
    public func label(at index: Int, words: PeriodWords = .keys) -> String {
        switch self {
        case .periods(let periods):
            return periods.indices.contains(index) ? words.label(periods[index]) : ""
        case .categories(let names):
            return names.indices.contains(index) ? names[index] : ""
        }
    }

    /// The label of the position at `index` with the preposition a sentence needs before it
    /// (`period.in_month`: "in Jan 2026", "im Jan. 2026"; `period.in_day`: "am 19. Jan. 2026").
    public func inLabel(at index: Int, words: Catalogue, periods labels: PeriodWords) -> String {
        let kind: String
        switch self {
        case .periods(let periods):
            guard periods.indices.contains(index) else { return "" }
            switch periods[index] {
            case .year: kind = "year"
            case .quarter: kind = "quarter"
            case .month: kind = "month"
            case .week: kind = "week"
            case .day: kind = "day"
            }
        case .categories: kind = "category"
        }
        return words("period.in_" + kind, ["label": label(at: index, words: labels)])
    }

    /// The position of `period` on a time axis (for a metric's baseline or an event's date); `nil` if absent.
    public func index(of period: ChartPeriod) -> Int? {
        guard case .periods(let periods) = self else { return nil }
        return periods.firstIndex(of: period)
    }

    /// Whether the axis is made of periods.
    public var isTime: Bool {
        if case .periods = self { return true }
        return false
    }
}
