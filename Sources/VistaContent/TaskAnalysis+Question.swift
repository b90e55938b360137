extension TaskAnalysis {
    /// The six questions, in the order the analysis asks them.
    public enum Question: String, Sendable, CaseIterable {
        case why, better, obstacles, `where`, when, who

        /// The question as a reader sees it.
        public var prompt: String {
            switch self {
            case .why: "Why do we do it this way?"
            case .better: "How could it be done better?"
            case .obstacles: "What stands in the way?"
            case .where: "Where does it belong?"
            case .when: "When and how often should it happen?"
            case .who: "Who should be involved?"
            }
        }
    }

    /// The answer to a question, nil while it is open. "How could it be done better" counts as
    /// answered when it has text or at least one alternative.
    public func answer(to question: Question) -> MarkdownText? {
        switch question {
        case .why: questions.why
        case .better: questions.better
        case .obstacles: questions.obstacles
        case .where: questions.where
        case .when: questions.when
        case .who: questions.who
        }
    }

    /// Whether a question has an answer.
    public func isAnswered(_ question: Question) -> Bool {
        if question == .better, !questions.alternatives.isEmpty { return true }
        return answer(to: question).map { !$0.isBlank } ?? false
    }

    /// The questions still open.
    public var openQuestions: [Question] { Question.allCases.filter { !isAnswered($0) } }
}
