import ArchiveIO
import ReplyAnalysis
import TopicsCore

/// `topics replies` as a stage: every document that carries a reply judged on all cores, kept in
/// document order, with the records, the summaries and the grade counts the command writes.
public struct ReplyReview: Sendable {
    /// How many documents were read (with a reply or without).
    public var documentCount: Int
    /// One assessment per document with a reply, in document order.
    public var assessments: [ReplyAssessment]

    public init(_ documents: [Document], analyzer: ReplyAnalyzer, runner: BatchRunner = BatchRunner()) {
        documentCount = documents.count
        assessments = runner.map(documents) { analyzer.assess($0) }.compactMap { $0 }
    }

    /// A record a reply, with its evidence.
    public var records: [Record] { assessments.map(\.record) }

    /// Per answering unit and month, then per theme when the documents carry one.
    public var summaryRecords: [Record] {
        (ReplySummary.summaries(assessments, by: .unit) + ReplySummary.summaries(assessments, by: .theme)).map(\.record)
    }

    /// "120 documents, 100 replies: 40 good, 35 adequate, 25 poor".
    public var summary: String {
        let counts = ReplyGrade.allCases.reversed().map { g in "\(assessments.filter { $0.grade == g }.count) \(g.rawValue)" }
        return "\(documentCount) documents, \(assessments.count) replies: \(counts.joined(separator: ", "))"
    }
}
