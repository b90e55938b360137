import Foundation
import VistaContent
import VistaSite
import VistaSupport

/// The files `vista new` writes: every field of the format, with what it means in a comment and
/// the six questions of a task as prompts. Each loads without errors as it is; what is still to
/// be written (open questions, a missing recommendation) shows up as warnings in `vista check`.
enum Scaffold {
    /// What `vista new` can create.
    enum Kind: String, CaseIterable, Sendable {
        case task, proposal, metric, page

        /// The folder of the content folder it goes in.
        var folder: String { rawValue + "s" }

        /// The file extension.
        var fileExtension: String { self == .task || self == .metric ? "yaml" : "md" }

        /// The other extensions the loader reads for this kind, which would take the same id.
        var extensions: [String] { self == .task || self == .metric ? ["yaml", "yml"] : ["md", "markdown"] }
    }

    /// The text of a new file of a kind, for a title, with today's date as `year-month-day`. A
    /// metric's first rows are for the period the other metrics' data runs up to (`asOf`), so that
    /// neither the new metric nor the others look stale; without other data, for this month.
    /// The example texts and prompts are in the words of the site's language (`starter.*`, `question.*`).
    static func text(_ kind: Kind, title: String, today: (year: Int, month: Int, day: Int), asOf: Period? = nil,
                     words: Catalogue = SiteWords.english) -> String {
        switch kind {
        case .task: task(title: title, words: words)
        case .proposal: proposal(title: title, today: today, words: words)
        case .metric: metric(title: title, periods: metricPeriods(asOf: asOf, today: today), words: words)
        case .page: page(title: title, words: words)
        }
    }

    /// Two months up to the newest data (or this month), or the newest period when it is not a month.
    static func metricPeriods(asOf: Period?, today: (year: Int, month: Int, day: Int)) -> [String] {
        var last = (today.year, today.month)
        if let asOf {
            guard case .month(let year, let month) = asOf.kind else { return [asOf.description] }
            last = (year, month)
        }
        let previous = last.1 == 1 ? (last.0 - 1, 12) : (last.0, last.1 - 1)
        return [Self.month(previous), Self.month(last)]
    }

    static func task(title: String, words: Catalogue = SiteWords.english) -> String {
        var questions = ""
        for question in TaskAnalysis.Question.allCases {
            questions += "  # \(words["question." + question.rawValue])\n"
            questions += "  # \(words["starter.question_hint." + question.rawValue])\n"
            questions += "  \(question.rawValue):\n"
            if question == .better {
                questions += """
                  # \(words["starter.alternatives"])
                  alternatives:
                  #  - option: \(words["starter.alternative_option"])
                  #    pros: [\(words["starter.alternative_pro"])]
                  #    cons: [\(words["starter.alternative_con"])]

                """
            }
        }
        return """
        # A recurring task, analysed with the six questions. Answers are Markdown; write `|` after the
        # key to write several lines. `vista check` lists the questions that are still open.
        title: \(YAMLText.scalar(title))
        owner:                     # who does it today
        frequency: weekly          # daily | weekly | biweekly | monthly | quarterly | yearly
                                   #   | "N per day|week|month|year" | on-demand (then runs_per_year)
        runs_per_year:             # only with frequency: on-demand
        effort_hours:              # the preparer's hours per run; until written, the task is not costed
        recipients:                # people who receive it
        reading_minutes: 0         # each recipient's minutes per run
        extra_cost_per_year: 0     # licences, printing… in the site's currency
        hourly_rate:               # only when this task's hour costs other than site.yaml's hourly_rate
        team:                      # a team named under rates: in site.yaml, whose rate the task costs
        channel:                   # how it reaches people: email, a shared drive, a meeting…
        questions:
        \(questions)
        # What you recommend. Uncomment and fill in:
        recommendation:
        #  action: reduce            # keep | eliminate | merge | reduce | automate | redistribute
        #  summary: \(words["starter.recommendation_summary"])
        #  frequency: monthly        # any of the task's fields may be changed here: frequency,
        #  effort_hours: 1           #   effort_hours, recipients, reading_minutes,
        #  recipients: 1             #   extra_cost_per_year, runs_per_year
        #  reading_minutes: 0
        #  extra_cost_per_year: 0
        #  runs_per_year:
        #  into:                     # with action: merge, the id of the task it is merged into
        #  one_off_cost: 0           # what the change costs once: set-up, a licence's first year…
        #  one_off_hours: 0          # the hours it takes once to make the change, at the task's rate
        #  team:                     # who does the work the proposed way, priced at that team's rate
        #  hourly_rate:              # or the proposed way's own rate, when no team in rates: fits

        """
    }

    static func proposal(title: String, today: (year: Int, month: Int, day: Int), words: Catalogue = SiteWords.english) -> String {
        """
        ---
        title: \(YAMLText.scalar(title))
        summary: \(plain(words["starter.summary"]))
        status: draft              # draft | proposed | approved | in-progress | done | declined
                                   #   a draft is left out of the site unless you build with --drafts
        date: \(day(today))
        owner:                     # who leads the change
        sponsor:                   # who decides
        ask: \(plain(words["starter.ask"]))
        tasks: []                  # all, or a list of task ids, like [weekly-sales-report]
        metrics: []                # ids of the metrics that show the results
        milestones: []             # like - {date: \(day(today)), title: Task force formed, done: true}
        decisions: []              # like - {date: \(day(today)), decision: approved, by: Maria Lopez, note: For one quarter}
        ---
        ## \(words["starter.why_now"])

        \(words["starter.why_now_text"])

        ## \(words["starter.what_we_propose"])

        \(words["starter.what_we_propose_text"])

        ## \(words["starter.what_we_ask"])

        """
    }

    static func metric(title: String, periods: [String], words: Catalogue = SiteWords.english) -> String {
        let rows = periods.map { "  - {date: \($0), value: 0}" }.joined(separator: "\n")
        return """
        title: \(YAMLText.scalar(title))
        description: \(plain(words["starter.metric_description"]))
        unit: count            # a currency code (USD), hours, minutes, count, percent, or any other label
        better: higher         # lower | higher: which direction is good
        target:                # optional goal line
        baseline:              # optional: the period the change is measured from (default: the first)
        events: []             # optional markers, like - {date: \(periods[0]), label: Task force starts}
        # Rows: a period (2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-14), then one value per series.
        # Or write `data: \(ContentID.slug(title)).csv` and put a CSV file with a header row beside this file.
        # decimal: ","         # with a CSV: its decimal mark, when the file's own (42,5 with ; between fields) is not the right guess
        # Or `data: \(ContentID.slug(title)).xlsx`, a workbook, with
        # sheet: Sheet1          # the sheet (default: the first) and
        # range: A1:D40          # the cells (default: every cell with a value); the first row is the header.
        # Or `data: \(ContentID.slug(title)).sqlite`, a database, with
        # query: SELECT month, value FROM figures ORDER BY month
        data:
        \(rows)
        series:                # optional display names of the series, by key
          value: \(YAMLText.scalar(title))

        """
    }

    static func page(title: String, words: Catalogue = SiteWords.english) -> String {
        """
        ---
        title: \(YAMLText.scalar(title))
        summary: \(plain(words["starter.summary"]))
        nav: false                 # true puts the page in the main navigation
        ---
        \(words["starter.page_text"])

        """
    }

    /// A text of the catalogue as a YAML value: as it is when YAML reads it back as the same text.
    private static func plain(_ text: String) -> String {
        let risky = text.contains(": ") || text.contains(" #") || text.hasPrefix("[") || text.hasPrefix("{") || text.hasPrefix("\"")
        return risky ? YAMLText.scalar(text) : text
    }

    private static func day(_ date: (year: Int, month: Int, day: Int)) -> String {
        "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))"
    }

    private static func month(_ date: (Int, Int)) -> String { "\(date.0)-\(twoDigits(date.1))" }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
