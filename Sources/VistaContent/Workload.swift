/// What a task takes per run and per year: the inputs of the cost model.
public struct Workload: Sendable, Hashable {
    /// How often it runs; nil when the task does not say.
    public var frequency: Frequency?
    /// The runs per year of an on-demand task.
    public var runsPerYear: Double?
    /// The preparer's hours per run.
    public var effortHours: Double
    /// People who receive it.
    public var recipients: Double
    /// Each recipient's minutes per run.
    public var readingMinutes: Double
    /// Licences, printing and the like, per year.
    public var extraCostPerYear: Double

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

/// The workload fields a recommendation changes; the others keep the task's values.
public struct WorkloadChanges: Sendable, Hashable {
    public var frequency: Frequency?
    public var runsPerYear: Double?
    public var effortHours: Double?
    public var recipients: Double?
    public var readingMinutes: Double?
    public var extraCostPerYear: Double?

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
