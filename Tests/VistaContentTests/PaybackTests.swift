import Testing
@testable import VistaContent

/// One-off costs, payback and the net saving over the horizon, and rates by team, against figures
/// worked out by hand.
@Suite struct PaybackTests {
    let model = CostModel(hourlyRate: 65, rates: ["finance": 60, "budget-owners": 90])

    func task(_ id: String, _ workload: Workload, rate: Double? = nil, team: String? = nil,
              _ action: Recommendation.Action, _ changes: WorkloadChanges = WorkloadChanges(),
              oneOffCost: Double? = nil, oneOffHours: Double? = nil, toTeam: String? = nil, proposedRate: Double? = nil) -> TaskAnalysis {
        let recommendation = Recommendation(action: action, changes: changes, oneOffCost: oneOffCost, oneOffHours: oneOffHours,
                                            team: toTeam.map { Reference($0, at: TestSupport.here()) }, hourlyRate: proposedRate,
                                            location: TestSupport.here())
        return TaskAnalysis(id: id, file: "tasks/\(id).yaml", title: id, workload: workload, hourlyRate: rate,
                            team: team.map { Reference($0, at: TestSupport.here()) }, recommendation: recommendation)
    }

    // Positive saving. Daily (250 runs), 1.25 h, automated to 0.25 h, at $65:
    // today 250 × 1.25 × 65 = 20,312.50; proposed 250 × 0.25 × 65 = 4,062.50; saving 16,250.
    // One-off 5,000 + 30 h × 65 = 6,950; payback 6,950 / (16,250 / 12) = 5.1323 months → month 6;
    // net over 3 years 3 × 16,250 − 6,950 = 41,800.
    var automated: TaskAnalysis {
        task("cash", Workload(frequency: .daily, effortHours: 1.25), .automate, WorkloadChanges(effortHours: 0.25),
             oneOffCost: 5000, oneOffHours: 30)
    }
    // Zero saving. Weekly, 2 h, kept: 52 × 2 × 65 = 6,760 both ways; one-off 1,000; never pays back;
    // net −1,000.
    var kept: TaskAnalysis {
        task("board", Workload(frequency: .weekly, effortHours: 2), .keep, oneOffCost: 1000)
    }
    // A saving that costs more. Monthly, 1 h → 0.5 h plus a 3,000 licence: today 12 × 1 × 65 = 780;
    // proposed 12 × 0.5 × 65 + 3,000 = 3,390; saving −2,610; one-off 500; never pays back;
    // net 3 × −2,610 − 500 = −8,330.
    var dearer: TaskAnalysis {
        task("licence", Workload(frequency: .monthly, effortHours: 1), .automate,
             WorkloadChanges(effortHours: 0.5, extraCostPerYear: 3000), oneOffCost: 500)
    }

    @Test func aPositiveSavingPaysBack() {
        let figures = model.figures(for: automated)
        #expect(close(figures.current.costPerYear, 20_312.50))
        #expect(close(figures.proposed.costPerYear, 4_062.50))
        #expect(close(figures.savings, 16_250))
        #expect(close(figures.oneOffCost, 6_950))
        #expect(close(figures.payback.months, 5.1323, tolerance: 0.0001))
        #expect(figures.payback.wholeMonths == 6)
        #expect(close(figures.payback.netOverHorizon, 41_800))
    }

    @Test func aZeroSavingNeverPaysBack() {
        let figures = model.figures(for: kept)
        #expect(close(figures.savings, 0))
        #expect(close(figures.oneOffCost, 1_000))
        #expect(figures.payback.months == nil)
        #expect(figures.payback.wholeMonths == nil)
        #expect(close(figures.payback.netOverHorizon, -1_000))
    }

    @Test func aChangeThatCostsMoreNeverPaysBack() {
        let figures = model.figures(for: dearer)
        #expect(close(figures.current.costPerYear, 780))
        #expect(close(figures.proposed.costPerYear, 3_390))
        #expect(close(figures.savings, -2_610))
        #expect(figures.payback.months == nil)
        #expect(close(figures.payback.netOverHorizon, -8_330))
    }

    // The three together: one-off 6,950 + 1,000 + 500 = 8,450; saving 16,250 + 0 − 2,610 = 13,640;
    // payback 8,450 / (13,640 / 12) = 7.4340 months → month 8; net 3 × 13,640 − 8,450 = 32,470.
    @Test func theTotalPaysBackFromTheSavingsTogether() {
        let totals = model.totals(for: [automated, kept, dearer])
        #expect(close(totals.oneOffCost, 8_450))
        #expect(close(totals.savings, 13_640))
        #expect(close(totals.payback.months, 7.4340, tolerance: 0.0001))
        #expect(totals.payback.wholeMonths == 8)
        #expect(close(totals.payback.netOverHorizon, 32_470))
        #expect(totals.payback.hasOneOff)
    }

    // Over five years: 5 × 16,250 − 6,950 = 74,300.
    @Test func theHorizonComesFromTheSite() {
        let five = CostModel(hourlyRate: 65, horizonYears: 5)
        #expect(close(five.figures(for: automated).payback.netOverHorizon, 74_300))
        #expect(close(five.totals(for: [automated]).payback.netOverHorizon, 74_300))
    }

    @Test func noOneOffPaysBackAtOnce() {
        let figures = model.figures(for: task("x", Workload(frequency: .weekly, effortHours: 2), .reduce, WorkloadChanges(effortHours: 1)))
        #expect(!figures.payback.hasOneOff)
        #expect(figures.payback.wholeMonths == 0)
        // 52 × 1 × 65 = 3,380 a year, × 3 = 10,140.
        #expect(close(figures.payback.netOverHorizon, 10_140))
    }

    // Redistributed from finance ($60) to the budget owners ($90). Monthly; today 14 h + 40 × 15 min
    // = 24 h a run, 12 × 24 = 288 h × 60 = 17,280. Proposed 6 h + 40 × 18 min = 18 h a run,
    // 12 × 18 = 216 h × 90 = 19,440: the redistribution costs 2,160 more a year. Ten one-off hours
    // cost the task's rate today: 10 × 60 = 600.
    @Test func aRedistributionIsPricedAtTheReceivingTeamsRate() {
        let variance = task("variance", Workload(frequency: .monthly, effortHours: 14, recipients: 40, readingMinutes: 15), team: "finance",
                            .redistribute, WorkloadChanges(effortHours: 6, readingMinutes: 18), oneOffHours: 10, toTeam: "budget-owners")
        let figures = model.figures(for: variance)
        #expect(figures.hourlyRate == 60)
        #expect(figures.proposedRate == 90)
        #expect(close(figures.current.costPerYear, 17_280))
        #expect(close(figures.proposed.hoursPerYear, 216))
        #expect(close(figures.proposed.costPerYear, 19_440))
        #expect(close(figures.savings, -2_160))
        #expect(close(figures.oneOffCost, 600))
    }

    // A recommendation's own hourly_rate is honoured before its team's: 216 h × 70 = 15,120, saving
    // 17,280 − 15,120 = 2,160. A task's own hourly_rate is honoured before its team's: 288 h × 50 = 14,400.
    @Test func ownRatesComeBeforeTeamRates() {
        let workload = Workload(frequency: .monthly, effortHours: 14, recipients: 40, readingMinutes: 15)
        let changes = WorkloadChanges(effortHours: 6, readingMinutes: 18)
        let own = model.figures(for: task("v", workload, team: "finance", .redistribute, changes, toTeam: "budget-owners", proposedRate: 70))
        #expect(close(own.proposed.costPerYear, 15_120))
        #expect(close(own.savings, 2_160))
        let taskRate = model.figures(for: task("v", workload, rate: 50, team: "finance", .keep))
        #expect(close(taskRate.current.costPerYear, 14_400))
        // Without a team or a rate of its own, the proposed way keeps today's rate: 216 × 60 = 12,960.
        let same = model.figures(for: task("v", workload, team: "finance", .redistribute, changes))
        #expect(close(same.proposed.costPerYear, 12_960))
    }

    // How many months a payback chart shows: twice the payback month, at least a year, within the
    // horizon unless the payback comes later; the whole horizon when it never pays back.
    @Test func aPaybackChartShowsTheMonthsAroundThePayback() {
        // £6,000 once, £24,000 a year: month 3 → a year (12 months).
        #expect(Payback(oneOffCost: 6_000, savingsPerYear: 24_000, horizonYears: 3).chartMonths == 12)
        // $7,100 once, $10,812.50 a year: 7.88 → month 8 → 16 months.
        #expect(Payback(oneOffCost: 7_100, savingsPerYear: 10_812.5, horizonYears: 3).chartMonths == 16)
        // 30,000 once, 12,000 a year: month 30 → 60, cut to the 36 months of the horizon.
        #expect(Payback(oneOffCost: 30_000, savingsPerYear: 12_000, horizonYears: 3).chartMonths == 36)
        // 40,000 once, 12,000 a year: month 40, after the horizon: shown up to it.
        #expect(Payback(oneOffCost: 40_000, savingsPerYear: 12_000, horizonYears: 3).chartMonths == 40)
        // Never pays back: the horizon, 5 years = 60 months.
        #expect(Payback(oneOffCost: 1_000, savingsPerYear: 0, horizonYears: 5).chartMonths == 60)
        #expect(Payback(oneOffCost: 1_000, savingsPerYear: -2_610, horizonYears: 3).chartMonths == 36)
        // Absurd figures stay drawable.
        #expect(Payback(oneOffCost: 1e12, savingsPerYear: 1, horizonYears: 3).chartMonths == 600)
    }
}
