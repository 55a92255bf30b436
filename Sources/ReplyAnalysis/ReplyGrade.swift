/// The overall judgement of a reply.
public enum ReplyGrade: String, Sendable, CaseIterable, Comparable {
    case poor, adequate, good

    public static func < (a: ReplyGrade, b: ReplyGrade) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension ReplyAnalyzer {
    /// The overall score and grade from the three content scores.
    ///
    /// score = 0.3 relevance + 0.3 completeness + 0.4 interpretability;
    /// good when score ≥ 0.55, adequate when ≥ 0.30, else poor. A reply that only forwards the
    /// message (已转…办理) or has fewer than 15 Han characters outside its formulas is poor whatever
    /// its score. Timeliness is reported beside the grade, not in it: a late, thorough answer is
    /// still a thorough answer (the unit summaries count lateness).
    public func grade(relevance: Relevance, completeness: Completeness, interpretability: Interpretability) -> (score: Double, grade: ReplyGrade) {
        let score = Self.rounded(0.3 * relevance.score + 0.3 * completeness.score + 0.4 * interpretability.score)
        if interpretability.onlyForwarded || interpretability.substantiveCharacters < 15 { return (score, .poor) }
        return (score, score >= 0.55 ? .good : score >= 0.30 ? .adequate : .poor)
    }
}
