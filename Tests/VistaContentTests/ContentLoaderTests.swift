import Testing
@testable import VistaContent

/// Loading a whole content folder: the model it gives, and the diagnostics of broken files.
@Suite struct ContentLoaderTests {
    @Test func theClinicFixtureLoadsCompletely() throws {
        let result = ContentLoader(root: TestSupport.fixture("clinic")).load()
        #expect(result.diagnostics.filter(\.isError).isEmpty, "\(result.diagnostics)")
        let content = try #require(result.content)
        #expect(content.site.title == "Fewer forms at the front desk")
        #expect(content.site.currency == "EUR")
        #expect(content.site.baseURL == "/reviews/front-desk/")
        #expect(content.site.highlights.map(\.value) == ["no-show-rate"])
        #expect(content.tasks.map(\.id) == ["daily-appointment-list", "insurance-claims-summary", "staff-rota",
                                            "supply-order", "weekly-no-show-report"])
        #expect(content.proposals.map(\.id) == ["live-schedule", "paperless-intake"])
        #expect(content.withoutDrafts().proposals.map(\.id) == ["live-schedule"])
        #expect(content.pages.map(\.id) == ["method"])
        #expect(content.assets == ["assets/logo.svg"])
    }

    @Test func periodsAndNumbersAreReadAsWritten() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        let rate = try #require(content.metric("no-show-rate"))
        #expect(rate.data.axisName == "month")
        #expect(rate.data.axis.labels == ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"])
        #expect(rate.data.series[0].values == [12.0, 11.2, 10.4, nil, 7.5, 4.8])
        #expect(rate.data.series[0].name == "No-show rate")
        #expect(rate.baseline?.value.description == "2026-01")
        #expect(rate.events.map(\.label) == ["Reminder texts start"])
        #expect(rate.unit == .percent)
        // Baseline 2026-01 (11.2) to the latest 4.8: −6.4, −57.14 %; target 5 met.
        let figures = rate.figures()
        #expect(close(figures.sinceBaseline?.absolute, -6.4))
        #expect(close(figures.sinceBaseline?.percent, -57.14))
        #expect(figures.targetMet == true)
        let proposal = try #require(content.proposal("live-schedule"))
        #expect(proposal.date?.description == "2026-02-10")
        #expect(proposal.milestones.map(\.date.description) == ["2026-03-01", "2026-12-01"])
        #expect(proposal.body.lineOffset == 14)
        #expect(content.asOf?.description == "2026-05")
    }

    @Test func csvDataWithBOMQuotedHeaderAndGap() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        let hours = try #require(content.metric("report-hours"))
        #expect(hours.dataFile == "metrics/report-hours.csv")
        #expect(hours.data.axisName == "week")
        #expect(hours.data.series.map(\.key) == ["front desk", "back office, billing"])
        #expect(hours.data.series[1].values == [4, nil, 3.5])
        #expect(hours.data.periods?.map(\.description) == ["2026-W01", "2026-W02", "2026-W03"])
    }

    /// A CSV separated by semicolons may write decimals with a comma; the file decides, and
    /// `decimal: ","` forces it for a comma-separated file with quoted values.
    @Test func decimalCommasInASemicolonCSV() throws {
        let folder = TestSupport.copy(of: "clinic", replacing: [
            "metrics/report-hours.csv": "week;front desk;\"back office, billing\"\n2026-W01;10;4\n2026-W02;9,5;\n2026-W03;-7,25;3,5\n",
        ])
        let loaded = ContentLoader(root: folder).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let hours = try #require(loaded.content?.metric("report-hours"))
        #expect(hours.data.series[0].values == [10, 9.5, -7.25])
        #expect(hours.data.series[1].values == [4, nil, 3.5])
        // `9,5` is written with one decimal and `-7,25` with two, as `9.5` and `-7.25` would be.
        #expect(hours.data.series[0].decimals == [0, 1, 2])

        let forced = TestSupport.copy(of: "clinic", replacing: [
            "metrics/report-hours.csv": "week,desk\n2026-W01,\"12,5\"\n2026-W02,3\n",
            "metrics/report-hours.yaml": "title: Hours\nunit: hours\ndecimal: \",\"\ndata: report-hours.csv\n",
        ])
        let forcedLoad = ContentLoader(root: forced).load()
        #expect(!forcedLoad.diagnostics.hasErrors, "\(forcedLoad.diagnostics)")
        #expect(forcedLoad.content?.metric("report-hours")?.data.series[0].values == [12.5, 3])
    }

    /// Thousands separators are never guessed: a dot in a decimal-comma file is an error with a hint;
    /// `decimal: "."` keeps a semicolon file's commas errors.
    @Test func aDotInADecimalCommaFileIsAnError() throws {
        let folder = TestSupport.copy(of: "clinic", replacing: [
            "metrics/report-hours.csv": "week;desk\n2026-W01;9,5\n2026-W02;1.234\n",
        ])
        let loaded = ContentLoader(root: folder).load()
        let error = try #require(loaded.diagnostics.first { $0.severity == .error })
        #expect(error.formatted(contentFolder: "Content").hasPrefix("Content/metrics/report-hours.csv:3:10: error: bad value '1.234' for 'desk': this file writes decimals with a comma, so a dot is not a decimal mark"))
        #expect(error.hint == "write 1234 without a thousands separator, or 1,234 for a decimal")

        let dots = TestSupport.copy(of: "clinic", replacing: [
            "metrics/report-hours.csv": "week;desk\n2026-W01;9,5\n",
            "metrics/report-hours.yaml": "title: Hours\ndecimal: \".\"\ndata: report-hours.csv\n",
        ])
        let dotLoad = ContentLoader(root: dots).load()
        #expect(dotLoad.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("bad value '9,5' for 'desk'") })
    }

    @Test func aCategoricalMetricKeepsItsCategories() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        let forms = try #require(content.metric("forms-by-department"))
        #expect(forms.data.isCategorical)
        #expect(forms.data.axis.labels == ["Cardiology", "Paediatrics", "2024 intake"])
    }

    @Test func theClinicCostsMatchHandFigures() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        let model = content.costModel
        // daily list: 250 × (0.5 + 6 × 5 / 60 = 1 h) × 40 = 10,000 → eliminated
        #expect(close(model.figures(for: content.task("daily-appointment-list")!).current.costPerYear, 10_000))
        // no-show report: 52 × (2 + 0.5) × 40 + 300 = 5,500 → 12 × (1.5 + 0.5) × 40 + 300 = 1,260
        let report = model.figures(for: content.task("weekly-no-show-report")!)
        #expect(close(report.current.costPerYear, 5_500))
        #expect(close(report.proposed.costPerYear, 1_260))
        // claims: 104 × (1 + 0.5) × 55 = 8,580 → merged
        #expect(close(model.figures(for: content.task("insurance-claims-summary")!).current.costPerYear, 8_580))
        // supply order: on-demand 30 × 1 × 40 = 1,200, kept
        #expect(close(model.figures(for: content.task("supply-order")!).proposed.costPerYear, 1_200))
        // rota: 12 × (3 + 1) × 40 = 1,920, no recommendation
        let totals = model.totals(for: content.tasks)
        #expect(close(totals.currentCost, 27_200))
        #expect(close(totals.proposedCost, 4_380))
        #expect(close(totals.savings, 22_820))
    }

    @Test func answeredAndOpenQuestions() throws {
        let content = try #require(ContentLoader(root: TestSupport.fixture("clinic")).load().content)
        #expect(content.task("daily-appointment-list")!.openQuestions.isEmpty)
        #expect(content.task("weekly-no-show-report")!.openQuestions == [.better, .obstacles, .where, .when, .who])
    }
}
