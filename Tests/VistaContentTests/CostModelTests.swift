import Testing
@testable import VistaContent

/// The cost model against figures worked out by hand.
@Suite struct CostModelTests {
    let model = CostModel(hourlyRate: 65)

    func task(_ id: String, _ workload: Workload, rate: Double? = nil, recommendation: Recommendation? = nil) -> TaskAnalysis {
        TaskAnalysis(id: id, file: "tasks/\(id).yaml", title: id, workload: workload, hourlyRate: rate, recommendation: recommendation)
    }

    func recommend(_ action: Recommendation.Action, _ changes: WorkloadChanges = WorkloadChanges()) -> Recommendation {
        Recommendation(action: action, changes: changes, location: TestSupport.here())
    }

    // Weekly, 4 h, 25 recipients × 10 min, 1,200 extra:
    // hours per run = 4 + 25 × 10 / 60 = 8.1667; 52 runs → 424.67 h; 424.67 × 65 + 1,200 = 28,803.33
    let weekly = Workload(frequency: .weekly, effortHours: 4, recipients: 25, readingMinutes: 10, extraCostPerYear: 1200)

    @Test func currentCostFollowsTheFormula() {
        let figures = model.figures(for: task("weekly-sales-report", weekly))
        #expect(figures.current.runsPerYear == 52)
        #expect(close(figures.current.hoursPerRun, 8.1667, tolerance: 0.0001))
        #expect(close(figures.current.hoursPerYear, 424.6667, tolerance: 0.0001))
        #expect(close(figures.current.costPerYear, 28_803.33))
    }

    @Test func reduceUsesTheOverridesAndKeepsTheRest() {
        // monthly, 3 h, 8 recipients, reading 10 min and extra 1,200 kept:
        // 3 + 8 × 10 / 60 = 4.3333 h; 12 runs → 52 h; 52 × 65 + 1,200 = 4,580
        let reduce = recommend(.reduce, WorkloadChanges(frequency: .monthly, effortHours: 3, recipients: 8))
        let figures = model.figures(for: task("weekly-sales-report", weekly, recommendation: reduce))
        #expect(close(figures.proposed.costPerYear, 4_580))
        #expect(close(figures.proposed.hoursPerYear, 52))
        #expect(close(figures.savings, 24_223.33))
        #expect(close(figures.savingsHours, 372.67))
        #expect(close(figures.savingsPercent, 84.10))
    }

    @Test func eliminateAndMergeCostNothing() {
        for action in [Recommendation.Action.eliminate, .merge] {
            let figures = model.figures(for: task("x", weekly, recommendation: recommend(action)))
            #expect(figures.proposed.costPerYear == 0)
            #expect(close(figures.savings, 28_803.33))
            #expect(close(figures.savingsPercent, 100))
        }
    }

    @Test func keepAndNoRecommendationCostTheSame() {
        let keep = model.figures(for: task("x", weekly, recommendation: recommend(.keep, WorkloadChanges(effortHours: 1))))
        let none = model.figures(for: task("x", weekly))
        #expect(keep.proposed == keep.current)
        #expect(none.proposed == none.current)
        #expect(keep.savings == 0)
        #expect(none.savingsPercent == 0)
    }

    @Test func timesPerWeekScalesByFiftyTwo() {
        // 2 per week = 104 runs; 1.5 h → 156 h × 65 = 10,140
        let figures = model.figures(for: task("x", Workload(frequency: .times(2, per: .week), effortHours: 1.5)))
        #expect(figures.current.runsPerYear == 104)
        #expect(close(figures.current.costPerYear, 10_140))
    }

    @Test func namedFrequenciesHaveTheirRuns() {
        let expected: [(Frequency, Double)] = [(.daily, 250), (.weekly, 52), (.biweekly, 26), (.monthly, 12), (.quarterly, 4),
                                               (.yearly, 1), (.times(3, per: .day), 750), (.times(2, per: .month), 24), (.times(5, per: .year), 5)]
        for (frequency, runs) in expected {
            #expect(Workload(frequency: frequency, effortHours: 1).runs == runs)
        }
    }

    @Test func onDemandUsesRunsPerYear() {
        // on-demand, 30 runs × (1 h + 2 × 15 / 60) = 45 h × 65 = 2,925
        let figures = model.figures(for: task("x", Workload(frequency: .onDemand, runsPerYear: 30, effortHours: 1, recipients: 2, readingMinutes: 15)))
        #expect(figures.current.runsPerYear == 30)
        #expect(close(figures.current.costPerYear, 2_925))
    }

    @Test func onDemandRecommendedMonthlyDropsTheOldRunCount() {
        let reduce = recommend(.reduce, WorkloadChanges(frequency: .monthly))
        let figures = model.figures(for: task("x", Workload(frequency: .onDemand, runsPerYear: 30, effortHours: 2), recommendation: reduce))
        // today 30 × 2 × 65 = 3,900; proposed 12 × 2 × 65 = 1,560
        #expect(close(figures.current.costPerYear, 3_900))
        #expect(close(figures.proposed.costPerYear, 1_560))
    }

    @Test func aTasksOwnHourlyRateWins() {
        // monthly, 30.75 h at 95 = 12 × 30.75 × 95 = 35,055
        let figures = model.figures(for: task("board", Workload(frequency: .monthly, effortHours: 30.75), rate: 95))
        #expect(figures.hourlyRate == 95)
        #expect(close(figures.current.costPerYear, 35_055))
    }

    @Test func totalsAddUp() {
        let tasks = [
            task("a", weekly, recommendation: recommend(.eliminate)),                                   // 28,803.33 → 0
            task("b", Workload(frequency: .monthly, effortHours: 10), recommendation: recommend(.keep)), // 7,800 → 7,800
            task("c", Workload(frequency: .quarterly, effortHours: 5), rate: 100),                      // 2,000 → 2,000
        ]
        let totals = model.totals(for: tasks)
        #expect(close(totals.currentCost, 38_603.33))
        #expect(close(totals.proposedCost, 9_800))
        #expect(close(totals.savings, 28_803.33))
        #expect(close(totals.savingsPercent, 74.61))
        #expect(totals.taskCount == 3)
    }

    @Test func zeroCostHasNoPercentage() {
        let figures = model.figures(for: task("x", Workload()))
        #expect(figures.savingsPercent == nil)
        #expect(CostTotals().savingsPercent == nil)
    }
}
