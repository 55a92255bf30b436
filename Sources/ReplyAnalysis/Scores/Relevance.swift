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
    /// The places the message names (towns, streets, roads, estates) the reply names too.
    public var placesTakenUp: [String]
    public var placesMissed: [String]
    /// Whether the areas (city, county: A市, A3区, 浏阳县) the reply names are the message's.
    public var area: AreaAgreement
    /// The message's areas the reply names.
    public var areasTakenUp: [String]
    /// The areas the reply names that are not the message's (all of them when `area` is `.other`).
    public var otherAreas: [String]

    public init(score: Double, wordSimilarity: Double, phrasesTakenUp: [String], phrasesOnlyEchoed: [String],
                phrasesMissed: [String], placesTakenUp: [String], placesMissed: [String],
                area: AreaAgreement = .unknown, areasTakenUp: [String] = [], otherAreas: [String] = []) {
        self.score = score; self.wordSimilarity = wordSimilarity
        self.phrasesTakenUp = phrasesTakenUp; self.phrasesOnlyEchoed = phrasesOnlyEchoed; self.phrasesMissed = phrasesMissed
        self.placesTakenUp = placesTakenUp; self.placesMissed = placesMissed
        self.area = area; self.areasTakenUp = areasTakenUp; self.otherAreas = otherAreas
    }
}
