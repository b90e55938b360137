import VistaContent
import VistaSite

/// The content folder `vista init` writes: small, valid, and showing every feature once — the
/// four embeds (chart, kpi, tasks, savings), a metric with its data in a CSV file, one with inline
/// data, a categorical metric, a proposal with milestones, a free page, an asset, a theme
/// stylesheet, and a task for each recommendation action. It builds without errors or warnings.
enum StarterSite {
    /// The files in a language: `language:` in site.yaml, and the six questions as prompts above
    /// each task's answers, in the words of that language (English for one Vista ships none for).
    static func files(language: String) -> [(path: String, text: String)] {
        let words = SiteWords.catalogue(language: language, overrides: [:])
        return files.map { path, text in
            if path == "site.yaml" { return (path, text.replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: \(language)\n")) }
            guard path.hasPrefix("tasks/") else { return (path, text) }
            var lines: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if let question = TaskAnalysis.Question.allCases.first(where: { line.hasPrefix("  \($0.rawValue):") }) {
                    lines.append("  # " + words["question." + question.rawValue])
                }
                lines.append(String(line))
            }
            return (path, lines.joined(separator: "\n"))
        }
    }

    /// The files, by path inside the content folder, in the order they are written.
    static let files: [(path: String, text: String)] = [
        ("site.yaml", site),
        ("vision.md", vision),
        ("proposals/support-reporting-review.md", proposal),
        ("tasks/weekly-ticket-report.yaml", weeklyTicketReport),
        ("tasks/escalation-digest.yaml", escalationDigest),
        ("tasks/sla-spreadsheet.yaml", slaSpreadsheet),
        ("tasks/survey-export.yaml", surveyExport),
        ("tasks/shift-handover.yaml", shiftHandover),
        ("tasks/on-call-roster.yaml", onCallRoster),
        ("metrics/reporting-hours.yaml", reportingHours),
        ("metrics/reporting-hours.csv", reportingHoursCSV),
        ("metrics/first-response.yaml", firstResponse),
        ("metrics/hours-by-task.yaml", hoursByTask),
        ("pages/about.md", about),
        ("assets/logo.svg", logo),
        ("theme/custom.css", css),
    ]

    static let site = """
    # The site's settings. Every key is explained in Vista's guide to the content format.
    title: Support work that pays off
    organization: Customer Support
    author: Your Name
    language: en
    base_url: /                  # where the site will be served: a path like /support/review/ or a full URL
    currency: USD
    hourly_rate: 55              # the cost of one person-hour, for the cost model
    rates:                       # hourly rates by team, for a task's or a recommendation's team:
      managers: 80
      agents: 45
    horizon_years: 3             # one-off costs are set against this many years of savings
    highlights: [reporting-hours, first-response]
    nav: [proposals, tasks, dashboard, about]
    theme:
      accent: "#1f6feb"
      logo: assets/logo.svg
    markdown:
      unsafe_html: false

    """

    static let vision = """
    ---
    title: Less time on reports, more time with customers
    summary: The support team can halve the hours it spends on recurring reports and answer customers faster.
    ---
    Every week the support team spends hours preparing reports that few people read. We asked six
    questions about each recurring task — why, how better, what stands in the way, where, when and
    who — and made a recommendation for each. The [proposal](proposals/support-reporting-review.md)
    puts them together.

    Where the hours go today, and what is left after the change:

    ```savings
    tasks: all
    ```

    ## How the change is going

    ```chart
    metric: reporting-hours
    type: line
    title: Hours on recurring reports per month
    ```

    ```kpi
    metrics: [reporting-hours, first-response]
    ```

    The [about page](pages/about.md) says how the numbers are worked out.

    """

    static let proposal = """
    ---
    title: A review of support reporting
    summary: Six recurring tasks, one recommendation each, half the hours.
    status: approved
    date: 2026-01-12
    owner: Your Name
    sponsor: Head of Customer Support
    ask: Two hours a week from two team leads for one quarter.
    tasks: all
    metrics: [reporting-hours, first-response, hours-by-task]
    milestones:
      - {date: 2026-01-30, title: All six tasks analysed with their readers, done: true}
      - {date: 2026-03-02, title: SLA spreadsheet automated, done: true}
      - {date: 2026-06-30, title: Results review}
    ---
    ## Why now

    The team answers more tickets every quarter, and the time for it comes out of reporting
    nobody asked to keep. The [weekly ticket report](../tasks/weekly-ticket-report.yaml) alone
    takes three hours a week.

    ## What changes

    ```tasks
    tasks: all
    ```

    ## What we ask for

    Two hours a week from two team leads until the end of June, to change the reports with the
    people who read them.

    """

    static let weeklyTicketReport = """
    title: Weekly ticket report
    owner: Team lead
    frequency: weekly
    effort_hours: 3
    recipients: 12
    reading_minutes: 10
    channel: Email (PDF)
    questions:
      why: Started when the help desk had no dashboard; managers wanted ticket counts every Monday.
      better: A monthly report on trends, with the live numbers left in the help desk dashboard.
      alternatives:
        - option: Monthly instead of weekly
          pros: [Saves 40 runs a year, Trends are clearer]
          cons: ["A bad week is seen in the dashboard, not in the inbox"]
        - option: Dashboard only
          pros: [No preparation at all]
          cons: [No fixed snapshot for the monthly review]
      obstacles: Two managers have no help desk licence and see the numbers only in the PDF.
      where: The team lead writes it; the numbers come from the help desk.
      when: Monthly, on the second working day.
      who: The team lead prepares it; the support managers read it.
    recommendation:
      action: reduce
      summary: Monthly, to the six people who use it.
      frequency: monthly
      recipients: 6

    """

    static let escalationDigest = """
    title: Escalation digest
    owner: Team lead
    frequency: weekly
    effort_hours: 1
    recipients: 8
    reading_minutes: 5
    channel: Email
    questions:
      why: Managers wanted to see escalated tickets in one place.
      better: A section of the [ticket report](weekly-ticket-report.yaml) instead of a mail of its own.
      obstacles: None; the same people read both.
      where: In the ticket report.
      when: With the ticket report.
      who: The team lead.
    recommendation:
      action: merge
      summary: Becomes a section of the ticket report.
      into: weekly-ticket-report

    """

    static let slaSpreadsheet = """
    title: SLA spreadsheet
    owner: Support analyst
    frequency: 2 per week
    effort_hours: 2
    recipients: 3
    reading_minutes: 10
    questions:
      why: The contract with our largest customer asks for a response-time report.
      better: The help desk can compute response times and mail the report on a schedule.
      obstacles: The scheduled report needs an admin licence for one person.
      where: The help desk's reporting module.
      when: Twice a week, as today, without anyone's time.
      who: The support analyst checks it once a month.
    recommendation:
      action: automate
      summary: A scheduled help desk report; a quick check instead of a spreadsheet.
      effort_hours: 0.25
      extra_cost_per_year: 300
      one_off_cost: 400          # the admin licence's set-up fee

    """

    static let surveyExport = """
    title: Survey export
    owner: Support analyst
    frequency: monthly
    effort_hours: 2
    recipients: 4
    reading_minutes: 5
    questions:
      why: The survey tool used to have no reports of its own.
      better: The survey tool's own dashboard shows the same numbers, live.
      obstacles: None.
      where: In the survey tool.
      when: Whenever someone wants to look.
      who: Nobody needs to prepare it.
    recommendation:
      action: eliminate
      summary: Stop it; link the survey tool's dashboard instead.

    """

    static let shiftHandover = """
    title: Shift hand-over notes
    owner: Agent on duty
    frequency: daily
    effort_hours: 0.25
    recipients: 6
    reading_minutes: 3
    questions:
      why: The next shift needs to know which customers are waiting for what.
      better: Nothing better came up; the notes are short and read every day.
      obstacles: None.
      where: In the team chat.
      when: At the end of every shift.
      who: The agent on duty writes them; the next shift reads them.
    recommendation:
      action: keep
      summary: It works as it is.

    """

    static let onCallRoster = """
    title: On-call roster
    owner: Support manager
    team: managers
    frequency: on-demand
    runs_per_year: 24
    effort_hours: 2
    recipients: 15
    reading_minutes: 2
    questions:
      why: Someone has to answer urgent tickets at night and at weekends.
      better: The agents swap shifts among themselves in the scheduling tool.
      obstacles: The scheduling tool has to be set up once.
      where: In the scheduling tool.
      when: Twice a month, as today.
      who: The agents; the manager approves the month.
    recommendation:
      action: redistribute
      summary: The agents plan the roster; the manager only approves it.
      team: agents               # the proposed way's hours cost the agents' rate
      effort_hours: 0.5
      one_off_hours: 4           # setting up the scheduling tool, once

    """

    static let reportingHours = """
    title: Hours on recurring reports
    description: Hours the support team books on recurring reports, from the time-tracking tool.
    unit: hours
    better: lower
    target: 20
    baseline: 2026-01
    events:
      - date: 2026-03
        label: SLA spreadsheet automated
    data: reporting-hours.csv

    """

    static let reportingHoursCSV = """
    month,hours
    2025-10,41
    2025-11,42
    2025-12,40
    2026-01,43
    2026-02,38
    2026-03,31
    2026-04,27
    2026-05,24

    """

    static let firstResponse = """
    title: First response time
    description: Median hours until a customer gets a first answer, from the help desk.
    unit: hours
    better: lower
    target: 4
    data:
      - {date: 2025-10, median: 7.5}
      - {date: 2025-11, median: 7.1}
      - {date: 2025-12, median: 8.0}
      - {date: 2026-01, median: 7.2}
      - {date: 2026-02, median: 6.4}
      - {date: 2026-03, median: 5.8}
      - {date: 2026-04, median: 5.1}
      - {date: 2026-05, median: 4.6}
    series:
      median: Median first response

    """

    static let hoursByTask = """
    title: Hours a month by task
    description: Hours a month spent on each task, before and after the change (a categorical metric, drawn as bars).
    unit: hours
    better: lower
    data:
      - {task: Ticket report, before: 13, after: 3.5}
      - {task: SLA spreadsheet, before: 17, after: 2}
      - {task: Survey export, before: 2, after: 0}
      - {task: On-call roster, before: 4, after: 1}
    series:
      before: January 2026
      after: May 2026

    """

    static let about = """
    ---
    title: About this site
    summary: How the tasks were analysed and how the numbers are worked out.
    nav: true
    ---
    Each task was analysed with the people who prepare it and the people who receive it.

    A task's cost a year is its runs × (preparation hours + recipients × reading minutes ÷ 60)
    × the hourly rate, plus other costs such as licences. The hourly rate is set in `site.yaml`.

    This site was built with Vista from a content folder of YAML, CSV and Markdown files.

    """

    static let logo = """
    <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32" role="img" aria-label="Customer Support">
      <rect width="32" height="32" rx="7" fill="#1f6feb"/>
      <rect x="7" y="17" width="4" height="8" rx="1" fill="#ffffff" opacity="0.55"/>
      <rect x="14" y="12" width="4" height="13" rx="1" fill="#ffffff" opacity="0.8"/>
      <rect x="21" y="7" width="4" height="18" rx="1" fill="#ffffff"/>
    </svg>

    """

    static let css = """
    /* Your own styles, linked after Vista's stylesheet. Any *.css file in theme/ is linked;
       theme/vista.css would replace the built-in stylesheet, and theme/NAME.mustache a template. */
    .site-footer { border-top-width: 2px; }

    """
}
