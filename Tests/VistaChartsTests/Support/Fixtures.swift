@testable import VistaCharts

/// Small fixed data sets for golden files and behaviour tests.
enum Fixtures {
    static func months(_ year: Int, _ month: Int, count: Int) -> [ChartPeriod] {
        (0..<count).map { i in .month(year + (month - 1 + i) / 12, (month - 1 + i) % 12 + 1) }
    }

    /// The no-show rate from the site's example sentence.
    static let noShows = ChartSpec(
        kind: .line, title: "No-show rate", axis: .periods(months(2026, 1, count: 10)),
        series: [ChartSeries(key: "rate", name: "No-show rate", values: [11.2, 10.8, 9.9, 8.7, 7.5, 6.9, 6.1, 5.6, 5.2, 4.8])],
        unit: .percent, direction: .lowerIsBetter, target: 5, baselineIndex: 0,
        events: [ChartEvent(position: 2, label: "Reminder texts start")]).inWords

    /// Reports sent by three teams, with a gap.
    static let reports = ChartSpec(
        kind: .line, title: "Reports sent per month", axis: .periods(months(2025, 9, count: 8)),
        series: [
            ChartSeries(key: "sales", name: "Sales", values: [42, 40, 41, nil, 30, 24, 20, 18]),
            ChartSeries(key: "finance", name: "Finance", values: [25, 26, 24, 22, 21, 19, 18, 16]),
            ChartSeries(key: "operations", name: "Operations & Logistics", values: [12, 12, 13, 12, 10, 9, 9, 8]),
        ],
        unit: .count, direction: .lowerIsBetter, baselineIndex: 4,
        events: [ChartEvent(position: 4, label: "Task force starts"), ChartEvent(position: 5, label: "New calendar")]).inWords

    /// Analyst hours over a year change, as an area with a missing month.
    static let hours = ChartSpec(
        kind: .area, title: "Analyst hours on reports", axis: .periods(months(2025, 7, count: 12)),
        series: [ChartSeries(key: "hours", name: "Analyst hours", values: [190, 186, 192, 180, nil, 160, 150, 141, 132, 125, 118, 110])],
        unit: .hours, direction: .lowerIsBetter, target: 120).inWords

    /// Reporting cost by department: short names, columns.
    static let departments = ChartSpec(
        kind: .bar, title: "Reporting cost by department", axis: .categories(["Sales", "Finance", "HR", "IT", "Legal"]),
        series: [ChartSeries(key: "cost", name: "Cost", values: [48_000, 36_500, 12_000, 22_300, 8_900])],
        unit: .currency("USD"), direction: .lowerIsBetter).inWords

    /// Hours by report: long names, so rows.
    static let reportHours = ChartSpec(
        kind: .bar, title: "Hours per year by report",
        axis: .categories(["Weekly sales pipeline report", "Monthly management accounts pack", "Quarterly <board> deck & appendix",
                           "Daily stand-up notes", "Headcount reconciliation"]),
        series: [ChartSeries(key: "hours", name: "Hours", values: [208, 144, 96, 250, 36])],
        unit: .hours, direction: .lowerIsBetter, target: 150).inWords

    /// Hours by kind of work per quarter, stacked.
    static let stacked = ChartSpec(
        kind: .stacked, title: "Reporting hours by activity",
        axis: .periods([.quarter(2025, 1), .quarter(2025, 2), .quarter(2025, 3), .quarter(2025, 4), .quarter(2026, 1), .quarter(2026, 2)]),
        series: [
            ChartSeries(key: "prepare", name: "Preparing", values: [320, 310, 300, 280, 200, 150]),
            ChartSeries(key: "review", name: "Reviewing", values: [120, 118, 121, 110, 90, 70]),
            ChartSeries(key: "read", name: "Reading", values: [200, 205, 198, 190, 120, 80]),
        ],
        unit: .hours, direction: .lowerIsBetter, events: [ChartEvent(position: 4, label: "Task force")]).inWords

    /// Three metrics' baseline against latest.
    static let beforeAfter = ChartSpec(
        kind: .beforeAfter, title: "Before and after the task force", axis: .periods(months(2026, 1, count: 6)),
        series: [
            ChartSeries(key: "cost", name: "Reporting cost (k$)", values: [12.4, 12.1, 10.2, 8.8, 7.1, 6.2]),
            ChartSeries(key: "reports", name: "Reports per month", values: [48, 47, 40, 36, 33, 31]),
            ChartSeries(key: "late", name: "Late reports", values: [3, 4, 4, 5, 5, 6]),
        ],
        unit: .count, direction: .lowerIsBetter).inWords

    /// Cost per task now and proposed, per category.
    static let taskCosts = ChartSpec(
        kind: .beforeAfter, title: "Cost per task, current and proposed",
        axis: .categories(["Weekly sales report", "Monthly accounts pack", "Board deck"]),
        series: [ChartSeries(key: "current", name: "Current", values: [14_690, 9_360, 6_240]),
                 ChartSeries(key: "proposed", name: "Proposed", values: [2_418, 9_360, 3_120])],
        unit: .currency("USD"), direction: .lowerIsBetter).inWords

    /// The savings waterfall over five tasks.
    static let savings = ChartSpec.waterfall(
        title: "Recurring reporting cost per year", startLabel: "Current", start: 62_400,
        steps: [("Weekly sales report", -12_272), ("Monthly accounts pack", -4_680), ("Board deck", -3_120),
                ("Daily notes", -8_125), ("New dashboard", 1_950)],
        endLabel: "Proposed", unit: .currency("USD")).inWords

    /// The same waterfall with the changes' one-off cost as a bar of its own.
    static let savingsWithOneOff = ChartSpec.waterfall(
        title: "Recurring reporting cost per year", startLabel: "Current", start: 62_400,
        steps: [("Weekly sales report", -12_272), ("Monthly accounts pack", -4_680), ("Board deck", -3_120),
                ("Daily notes", -8_125), ("New dashboard", 1_950)],
        endLabel: "Proposed", oneOff: (label: "One-off cost (once)", amount: 7_100), unit: .currency("USD")).inWords

    /// £6,000 once, £24,000 a year saved: £2,000 a month, paid back in month 3.
    static let payback = ChartSpec.payback(
        title: "When the dashboard pays back", seriesName: "Cumulative net saving", oneOffCost: 6_000,
        savingsPerYear: 24_000, months: 12, unit: .currency("GBP")).inWords

    /// £6,000 once for a proposed way that costs £3,000 a year more: it never pays back.
    static let paybackNever = ChartSpec.payback(
        title: "When the new tool pays back", seriesName: "Cumulative net saving", oneOffCost: 6_000,
        savingsPerYear: -3_000, months: 36, unit: .currency("GBP")).inWords

    /// A KPI sparkline.
    static let sparkline = ChartSpec(
        kind: .sparkline, title: "Reporting cost", axis: .periods(months(2026, 1, count: 9)),
        series: [ChartSeries(key: "cost", name: "Cost", values: [12_400, 12_100, nil, 10_900, 9_800, 8_200, 7_400, 6_900, 6_100])],
        unit: .currency("USD"), direction: .lowerIsBetter, target: 6_200).inWords

    /// German formatting, euros and ISO weeks across a year change.
    static let german = ChartSpec(
        kind: .line, title: "Kosten der Berichte", axis: .periods((0..<12).map { i -> ChartPeriod in i < 4 ? .week(2025, 49 + i) : .week(2026, i - 3) }),
        series: [ChartSeries(key: "kosten", name: "Kosten", values: [3_100, 3_050, 3_200, 2_900, 2_700, 2_650, 2_400, 2_300, 2_250, 2_100, 2_050, 1_990])],
        unit: .currency("EUR"), direction: .lowerIsBetter, target: 2_000, numberStyle: NumberStyle(language: "de")).inWords

    /// Six series: a legend instead of line-end labels.
    static let manySeries = ChartSpec(
        kind: .line, title: "Hours by team", axis: .periods([.year(2021), .year(2022), .year(2023), .year(2024), .year(2025), .year(2026)]),
        series: (1...6).map { s in
            let values: [Double?] = (0..<6).map { i -> Double? in Double(100 + s * 15 - i * s * 2) }
            return ChartSeries(key: "t\(s)", name: "Team \(s)", values: values)
        },
        unit: .hours, direction: .lowerIsBetter).inWords

    /// Forty departments with long names: rows.
    static let fortyDepartments = ChartSpec(
        kind: .bar, title: "Report requests by department",
        axis: .categories((1...40).map { "Department \($0): regional operations and planning" }),
        series: [ChartSeries(key: "requests", name: "Requests", values: (1...40).map { Double(($0 * 37) % 53 + 3) })],
        unit: .count).inWords

    static func threeYearCost(_ i: Int) -> Double? {
        if i == 20 { return nil }
        let trend = 14_000 - Double(i * 180)
        return trend + Double((i * 7) % 5) * 300
    }

    static func threeYearBudget(_ i: Int) -> Double? { 13_000 - Double(i / 12) * 1_500 }

    /// Three years of two monthly series, as the benchmark draws them.
    static let threeYears = ChartSpec(
        kind: .line, title: "Cost and budget, three years", axis: .periods(months(2024, 1, count: 36)),
        series: [
            ChartSeries(key: "cost", name: "Cost", values: (0..<36).map(threeYearCost)),
            ChartSeries(key: "budget", name: "Budget", values: (0..<36).map(threeYearBudget)),
        ],
        unit: .currency("USD"), direction: .lowerIsBetter, target: 8_000, baselineIndex: 12,
        events: [ChartEvent(position: 14, label: "Task force starts"), ChartEvent(position: 15, label: "Dashboard live"),
                 ChartEvent(position: 34, label: "Audit")]).inWords

    /// A thousand months with gaps.
    static let thousandMonths = ChartSpec(
        kind: .area, title: "A thousand months", axis: .periods(months(1940, 1, count: 1000)),
        series: [ChartSeries(key: "v", name: "Value", values: (0..<1000).map(thousandValue))],
        unit: .minutes).inWords

    static func thousandValue(_ i: Int) -> Double? {
        i % 97 == 0 ? nil : Double((i * 37) % 211) - 40
    }

    /// Every golden chart with its file name.
    static let golden: [(String, ChartSpec)] = [
        ("line", noShows), ("line-multi", reports), ("area", hours), ("bar", departments), ("bar-horizontal", reportHours),
        ("stacked", stacked), ("before-after", beforeAfter), ("before-after-categories", taskCosts), ("waterfall", savings),
        ("sparkline", sparkline), ("line-german-weeks", german), ("line-legend", manySeries),
        ("bar-forty-categories", fortyDepartments), ("line-three-years", threeYears), ("area-thousand-months", thousandMonths),
        ("waterfall-one-off", savingsWithOneOff), ("payback", payback), ("payback-never", paybackNever),
    ]
}
