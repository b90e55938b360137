import Testing
import VistaCharts
import VistaSupport

/// `PeriodWords` reads a catalogue's period words once; every label must be what the catalogue
/// itself gives for the same key and values, whatever the site's own words write.
@Suite struct PeriodWordsTests {
    /// Periods of every kind, with one- and two-digit weeks, days and months, and a month out of range.
    static let periods: [ChartPeriod] = [
        .year(2026), .quarter(2026, 1), .quarter(2025, 4), .month(2026, 1), .month(2026, 12), .month(2026, 13),
        .week(2026, 3), .week(2026, 12), .week(2020, 53), .day(2026, 1, 9), .day(2026, 11, 30), .day(2026, 0, 4),
    ]

    /// The labels as the catalogue fills them, key by key: the reference `PeriodWords` must equal.
    static func reference(_ period: ChartPeriod, _ words: Catalogue, tick: Bool) -> String {
        func month(_ m: Int, tick: Bool) -> String {
            (1...12).contains(m) ? words[(tick ? "month_tick." : "month.") + String(m)] : String(m)
        }
        let two: (Int) -> String = { $0 >= 0 && $0 < 10 ? "0\($0)" : String($0) }
        switch (period, tick) {
        case (.year(let y), _): return String(y)
        case (.quarter(let y, let q), false): return words("period.quarter", ["quarter": String(q), "year": String(y)])
        case (.quarter(_, let q), true): return words("period.quarter_tick", ["quarter": String(q)])
        case (.month(let y, let m), false): return words("period.month", ["month": month(m, tick: false), "year": String(y)])
        case (.month(_, let m), true): return month(m, tick: true)
        case (.week(let y, let w), false): return words("period.week", ["week": String(w), "week2": two(w), "year": String(y)])
        case (.week(_, let w), true): return words("period.week_tick", ["week": String(w), "week2": two(w)])
        case (.day(let y, let m, let d), false):
            return words("period.day", ["day": String(d), "month": month(m, tick: false), "year": String(y)])
        case (.day(_, let m, let d), true): return words("period.day_tick", ["day": String(d), "month": month(m, tick: false)])
        }
    }

    static func check(_ words: Catalogue) {
        let labels = PeriodWords(words)
        for period in periods {
            #expect(labels.label(period) == reference(period, words, tick: false), "\(words.language) \(period)")
            #expect(labels.tickLabel(period) == reference(period, words, tick: true), "\(words.language) tick \(period)")
        }
    }

    @Test(arguments: ["en", "de", "fr-CH", "nl", "es", "it", "ja"])
    func everyShippedLanguageLabelsAsItsCatalogue(_ language: String) {
        Self.check(TestWords.catalogue(language))
    }

    @Test func handWrittenLabels() {
        let words = TestWords.catalogue("de")
        let labels = PeriodWords(words)
        #expect(labels.label(.week(2026, 3)) == "KW 3/2026")
        #expect(labels.label(.day(2026, 1, 19)) == "19. Jan. 2026")
        #expect(labels.tickLabel(.month(2026, 3)) == words["month_tick.3"])
        #expect(PeriodWords(TestWords.english).label(.quarter(2026, 2)) == "Q2 2026")
    }

    /// A site's own words may space, repeat, misspell or leave open its placeholders.
    @Test(arguments: [
        "{{ year }}–{{quarter}}", "{{year}}{{year}}", "Q{{quarter}", "{{quarter}} of {{yaer}}", "{{{quarter}}}",
        "{{ month }} '{{year}}", "{{week2}}/{{week}}", "{{day}}.{{month}}", "no placeholders", "", "{{", "}}{{year",
        "é{{month}}\u{301}", "{{}}{{ }}{{day}}", "{{month}}}}",
    ])
    func ownPatternsLabelAsTheCatalogueFillsThem(_ pattern: String) {
        let keys = ["period.quarter", "period.month", "period.week", "period.day",
                    "period.quarter_tick", "period.week_tick", "period.day_tick"]
        let words = TestWords.english.merging(Dictionary(uniqueKeysWithValues: keys.map { ($0, pattern) }))
        Self.check(words)
    }

    @Test func aSpecKeepsItsPeriodWordsWithItsWords() {
        var spec = ChartSpec(kind: .line, title: "Hours", axis: .periods([.month(2026, 3)]),
                             series: [ChartSeries(key: "h", name: "Hours", values: [1])], words: TestWords.english)
        #expect(spec.axis.label(at: 0, words: spec.periodWords) == "Mar 2026")
        spec.words = TestWords.catalogue("de")
        #expect(spec.axis.label(at: 0, words: spec.periodWords) == "März 2026")
    }
}
