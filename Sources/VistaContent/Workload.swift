/// What a task takes per run and per year: the inputs of the cost model, from the task's fields
/// (`frequency`, `runs_per_year`, `effort_hours`, `recipients`, `reading_minutes`, `extra_cost_per_year`).
public struct Workload: Sendable, Hashable {
    /// `frequency`: how often it runs; nil when the task does not say (then it runs 0 times a year).
    public var frequency: Frequency?
    /// `runs_per_year`: the runs per year of an on-demand task.
    public var runsPerYear: Double?
    /// `effort_hours`: the preparer's hours per run.
    public var effortHours: Double
    /// `recipients`: the people who receive it.
    public var recipients: Double
    /// `reading_minutes`: each recipient's minutes per run.
    public var readingMinutes: Double
    /// `extra_cost_per_year`: licences, printing and the like, per year in the site's currency.
    public var extraCostPerYear: Double

    /// A workload; every figure left out is 0.
    public init(frequency: Frequency? = nil, runsPerYear: Double? = nil, effortHours: Double = 0,
                recipients: Double = 0, readingMinutes: Double = 0, extraCostPerYear: Double = 0) {
        self.frequency = frequency
        self.runsPerYear = runsPerYear
        self.effortHours = effortHours
        self.recipients = recipients
        self.readingMinutes = readingMinutes
        self.extraCostPerYear = extraCostPerYear
    }

    /// Runs per year: the frequency's count, or `runs_per_year` for an on-demand task.
    public var runs: Double {
        switch frequency {
        case .onDemand: runsPerYear ?? 0
        case .some(let frequency): frequency.runsPerYear ?? 0
        case nil: 0
        }
    }

    /// hours per run = effort_hours + recipients × reading_minutes / 60
    public var hoursPerRun: Double { effortHours + recipients * readingMinutes / 60 }

    /// Person-hours per year, preparer and readers together.
    public var hoursPerYear: Double { runs * hoursPerRun }

    /// cost = runs_per_year × hours per run × hourly_rate + extra_cost_per_year
    public func costPerYear(hourlyRate: Double) -> Double {
        hoursPerYear * hourlyRate + extraCostPerYear
    }
}

/// The workload fields a recommendation changes; the others keep the task's values. Each property is
/// the field of the same name under `recommendation:`, in the unit of `Workload`'s; nil keeps the task's.
public struct WorkloadChanges: Sendable, Hashable {
    public var frequency: Frequency?
    public var runsPerYear: Double?
    public var effortHours: Double?
    public var recipients: Double?
    public var readingMinutes: Double?
    public var extraCostPerYear: Double?

    /// Changes to some fields; a field left out is not changed.
    public init(frequency: Frequency? = nil, runsPerYear: Double? = nil, effortHours: Double? = nil,
                recipients: Double? = nil, readingMinutes: Double? = nil, extraCostPerYear: Double? = nil) {
        self.frequency = frequency
        self.runsPerYear = runsPerYear
        self.effortHours = effortHours
        self.recipients = recipients
        self.readingMinutes = readingMinutes
        self.extraCostPerYear = extraCostPerYear
    }

    /// Whether the recommendation changes nothing.
    public var isEmpty: Bool { self == WorkloadChanges() }

    /// The task's workload with these changes.
    public func applied(to workload: Workload) -> Workload {
        Workload(frequency: frequency ?? workload.frequency,
                 runsPerYear: runsPerYear ?? workload.runsPerYear,
                 effortHours: effortHours ?? workload.effortHours,
                 recipients: recipients ?? workload.recipients,
                 readingMinutes: readingMinutes ?? workload.readingMinutes,
                 extraCostPerYear: extraCostPerYear ?? workload.extraCostPerYear)
    }
}
