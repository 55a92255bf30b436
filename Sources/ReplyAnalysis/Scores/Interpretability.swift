/// How far a reply explains itself rather than repeating formulas: the evidence counted and the score.
public struct Interpretability: Sendable, Equatable {
    /// 0–1: see `ReplyAnalyzer.interpretability(_:)` for the formula.
    public var score: Double
    /// Reason words (因为, 由于, 因此, 鉴于 …) in the substantive sentences.
    public var reasons: [String]
    /// Cited rules: 《…》 titles of laws and documents, article numbers (第X条) and document numbers (〔2017〕12号).
    public var rules: [String]
    /// Figures (amounts, sizes, counts) outside dates, phone numbers and codes.
    public var figures: Int
    /// Dates in the text, the signature's date left out.
    public var dates: Int
    /// Han characters outside boilerplate sentences (greetings, 来信收悉, thanks, forwarding, signature).
    public var substantiveCharacters: Int
    /// Share of the reply's Han characters in boilerplate sentences, 0–1.
    public var boilerplateShare: Double
    /// The reply only forwards the message elsewhere (已转…办理) and says nothing of substance.
    public var onlyForwarded: Bool

    public init(score: Double, reasons: [String], rules: [String], figures: Int, dates: Int, substantiveCharacters: Int,
                boilerplateShare: Double, onlyForwarded: Bool) {
        self.score = score; self.reasons = reasons; self.rules = rules; self.figures = figures; self.dates = dates
        self.substantiveCharacters = substantiveCharacters; self.boilerplateShare = boilerplateShare; self.onlyForwarded = onlyForwarded
    }
}
