/// The parts a proper reply has (答复的要素).
public enum ReplyPart: String, Sendable, CaseIterable, Comparable {
    /// 来信收悉, 您好, 感谢您的留言: the message is acknowledged.
    case acknowledgement
    /// 调查核实情况: what was checked and found (经调查, 经核实, 据查, 现场查看 …).
    case facts
    /// Measures taken or planned (责令整改, 已安排, 下一步, 计划 …); forwarding the message elsewhere is not one.
    case measures
    /// A legal or policy basis: a cited law or document (《…》, 第X条, 〔2017〕12号) or 根据…规定.
    case basis
    /// A contact or a follow-up: a phone number, whom to ask (如有疑问请联系), a promise to report back.
    case contact
    /// Who signs and when: an answering unit or a date at the end.
    case signature

    public static func < (a: ReplyPart, b: ReplyPart) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The part's name in Chinese, for reasons and reports.
    public var label: String {
        switch self {
        case .acknowledgement: "受理确认"
        case .facts: "调查核实情况"
        case .measures: "处理措施"
        case .basis: "法规政策依据"
        case .contact: "联系方式或后续"
        case .signature: "落款"
        }
    }
}

/// Which parts a reply has, and the score.
public struct Completeness: Sendable, Equatable {
    /// Found parts ÷ 6.
    public var score: Double
    /// The parts found, in `ReplyPart` order, each with the phrase that showed it.
    public var found: [FoundPart]
    public var missing: [ReplyPart]

    /// A part and the phrase that showed it.
    public struct FoundPart: Sendable, Equatable {
        public var part: ReplyPart
        public var cue: String
        public init(_ part: ReplyPart, cue: String) { self.part = part; self.cue = cue }
    }

    public init(found: [FoundPart]) {
        self.found = found.sorted { $0.part < $1.part }
        missing = ReplyPart.allCases.filter { p in !found.contains { $0.part == p } }
        score = ReplyAnalyzer.rounded(Double(self.found.count) / Double(ReplyPart.allCases.count))
    }

    public var parts: [ReplyPart] { found.map(\.part) }
}
