/// How far a reply addresses its message: the score and the evidence behind it.
public struct Relevance: Sendable, Equatable {
    /// 0–1: see `ReplyAnalyzer.relevance(message:title:reply:)` for the formula.
    public var score: Double
    /// Cosine similarity of the message's and the reply's content words (tf-idf), 0–1.
    public var wordSimilarity: Double
    /// The message's key phrases the reply takes up in its own words (not only in a copy of the title).
    public var phrasesTakenUp: [String]
    /// Key phrases the reply repeats only inside its quotation of the message's title.
    public var phrasesOnlyEchoed: [String]
    /// Key phrases the reply does not mention.
    public var phrasesMissed: [String]
    /// The places the message names (districts, towns, roads, estates) the reply names too.
    public var placesTakenUp: [String]
    public var placesMissed: [String]

    public init(score: Double, wordSimilarity: Double, phrasesTakenUp: [String], phrasesOnlyEchoed: [String],
                phrasesMissed: [String], placesTakenUp: [String], placesMissed: [String]) {
        self.score = score; self.wordSimilarity = wordSimilarity
        self.phrasesTakenUp = phrasesTakenUp; self.phrasesOnlyEchoed = phrasesOnlyEchoed; self.phrasesMissed = phrasesMissed
        self.placesTakenUp = placesTakenUp; self.placesMissed = placesMissed
    }
}
