import TopicsCore
import ChineseText
import Foundation

/// Judges the government's replies to messages and proposals: relevance, completeness,
/// interpretability and timeliness, each a separate function with its evidence, and an overall
/// grade with the reasons in words (`assess`). No learned model: word statistics and the phrases
/// of `ReplyCues`.
///
/// ```swift
/// let analyzer = ReplyAnalyzer(segmenter: segmenter, stopWords: stopWords, idf: idf, calendar: try WorkingCalendar(contentsOf: holidaysPath))
/// let r = analyzer.relevance(message: "小区路灯不亮", title: "A3区某小区路灯坏了", reply: "经核实，…")
/// r.score; r.phrasesTakenUp; r.phrasesMissed
/// ```
public struct ReplyAnalyzer: Sendable {
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    /// Document frequencies for the tf-idf weights of relevance; without one every word weighs the same.
    public var idf: IDFTable?
    public var calendar: WorkingCalendar
    /// Working days a reply may take and still be on time (`--deadline-days`).
    public var deadlineDays = 15
    /// Key phrases taken from a message for relevance.
    public var keyPhraseCount = 8

    public init(segmenter: WordSegmenter, stopWords: StopWords = StopWords(), idf: IDFTable? = nil,
                calendar: WorkingCalendar = WorkingCalendar()) {
        self.segmenter = segmenter; self.stopWords = stopWords; self.idf = idf; self.calendar = calendar
    }

    // MARK: - Relevance

    /// Whether `reply` addresses the message (`title` and `message`): its matter, its place, its request.
    ///
    /// Every word is weighted by its evidence weight: its idf minus the idf of a word found in a
    /// tenth of all documents, at least 0, so that sharing 问题, 小区 or A市 shows nothing. Figures
    /// and dates (2019年, 4.23, 30日) are no evidence: any two texts share them by chance. Four
    /// measures, each 0–1:
    /// - words: the mean of two cosine similarities of message and reply, divided by 0.5 and capped
    ///   at 1: of their content words (segmented, stop words out, weight (1 + ln tf) × evidence
    ///   weight), and of the pairs of adjacent characters inside their content words of three or
    ///   more characters (weight: the word's evidence weight), which catches words segmented or
    ///   written differently (景蓉华苑 / 景蓉花苑);
    /// - phrases: the message's `keyPhraseCount` key phrases (tf-idf, the title's words counted
    ///   twice), each weighted by tf × evidence weight: a phrase the reply uses counts 1, one it only
    ///   repeats inside a copy of the message's title counts ½;
    /// - places: the share of the places the message names (towns, streets, roads, estates) that
    ///   the reply names, weighted by evidence weight, same ½ for a copy of the title;
    /// - area: whether the cities and counties the reply names (`Areas`: A市, A3区, 浏阳县) are the
    ///   message's (`AreaAgreement`): 1 one of its counties, 0.75 its city, 0.5 when the reply or
    ///   the message names none, 0 when the reply names only other areas — a reply about another
    ///   county's matter says less about this message than one that names no place at all.
    ///
    /// content = 0.4 words + 0.4 phrases + 0.2 places (without distinctive places, 0.5 words + 0.5 phrases);
    /// score = 0.8 content + 0.2 area. A reply of formulas only (留言已收悉) scores 0.1, one that
    /// also names another city 0.
    /// The reply is compared with its copies of the title removed, so that 关于您反映的“…”问题已转…
    /// does not look like an answer.
    public func relevance(message: String, title: String? = nil, reply: String) -> Relevance {
        let title = title ?? ""
        let titleWords = segmenter.words(title), messageWords = segmenter.words(message)
        let body = Self.removingCopies(of: title, from: reply)
        let bodyText = ScalarText(body)
        let echoText = ScalarText(reply)
        let bodyWords = segmenter.words(body)

        // Words, and the character pairs inside them (景蓉华苑 and 景蓉花苑 share 景蓉).
        let similarity = cosine(weights(titleWords + messageWords), weights(bodyWords))
        let pairSimilarity = cosine(pairWeights(titleWords + messageWords), pairWeights(bodyWords))
        let wordPart = min(1, (similarity + pairSimilarity) / 2 / 0.5)

        // Key phrases.
        let phraseWords = (titleWords + titleWords + messageWords).filter { !Self.isFigure($0) }
        let keyphrases = KeywordExtractor(stopWords: stopWords, idf: idf).tfidf(phraseWords, top: keyPhraseCount)
        var taken: [String] = [], echoed: [String] = [], missed: [String] = []
        var total = 0.0, credit = 0.0
        for k in keyphrases {
            let needle = k.word.unicodeScalars.map(\.value)
            let weight = k.score * evidenceWeight(k.word) / (idf?.idf(k.word) ?? 1)
            total += weight
            if bodyText.contains(needle) { taken.append(k.word); credit += weight }
            else if echoText.contains(needle) { echoed.append(k.word); credit += weight / 2 }
            else { missed.append(k.word) }
        }
        let phrasePart = total > 0 ? credit / total : 0

        // Places below the county (coded areas are the area measure's).
        let places = Places.find(in: titleWords + messageWords)
        var placesTaken: [String] = [], placesMissed: [String] = []
        var placeCredit = 0.0, placeTotal = 0.0
        for p in places where !Areas.isCode(p) {
            let needle = p.unicodeScalars.map(\.value)
            let weight = evidenceWeight(p)
            placeTotal += weight
            if bodyText.contains(needle) { placesTaken.append(p); placeCredit += weight }
            else if echoText.contains(needle) { placesTaken.append(p); placeCredit += weight / 2 }
            else { placesMissed.append(p) }
        }
        let content = placeTotal == 0 ? 0.5 * wordPart + 0.5 * phrasePart
            : 0.4 * wordPart + 0.4 * phrasePart + 0.2 * placeCredit / placeTotal

        // Areas: the message's (title and text) against the reply's (all of it, copies of the title included).
        var messageAreas = Areas(codesIn: ScalarText(title + "\n" + message))
        messageAreas.insertCounties(from: places)
        var replyAreas = Areas(codesIn: echoText)
        // Real county names only when they are the message's: the segmenter glues verbs to 县 (转交县, 联系县).
        replyAreas.insertCounties(from: messageAreas.names.filter { !Areas.isCode($0) && echoText.contains($0.unicodeScalars.map(\.value)) })
        let area = AreaAgreement(message: messageAreas, reply: replyAreas)

        let score = 0.8 * content + 0.2 * area.value
        return Relevance(score: Self.rounded(score), wordSimilarity: Self.rounded(similarity), phrasesTakenUp: taken,
                         phrasesOnlyEchoed: echoed, phrasesMissed: missed, placesTakenUp: placesTaken, placesMissed: placesMissed,
                         area: area, areasTakenUp: replyAreas.names.filter { messageAreas.names.contains($0) },
                         otherAreas: replyAreas.names.filter { !messageAreas.names.contains($0) })
    }

    /// Whether `word` is a figure or a date (2019年, 4.23, 30日, 2019-04-25): digits with at most
    /// separators and 年月日号 — evidence of nothing, since any two texts share some.
    static func isFigure(_ word: String) -> Bool {
        var digits = false
        for s in word.unicodeScalars {
            if ScalarText.isDigit(s.value) { digits = true; continue }
            guard Self.figureMarks.contains(s.value) else { return false }
        }
        return digits
    }

    static let figureMarks: Set<UInt32> = Set(".-:/年月日号．：".unicodeScalars.map(\.value))

    /// (1 + ln tf) × evidence weight of the candidate words (not stop words, at least two characters, not figures).
    func weights(_ words: [String]) -> [WordKey: Double] {
        var counts: [WordKey: Int] = [:]
        for w in words where stopWords.isCandidate(w) && !Self.isFigure(w) { counts[WordKey(w), default: 0] += 1 }
        var out: [WordKey: Double] = [:]
        out.reserveCapacity(counts.count)
        for (w, c) in counts {
            let weight = evidenceWeight(w.word)
            if weight > 0 { out[w] = (1 + log(Double(c))) * weight }
        }
        return out
    }

    /// How much sharing `word` shows that a reply is about a message: its idf above the idf of a
    /// word in a tenth of all documents (问题, 小区, 投诉 and A市 show nothing), or 1 without an IDF table.
    func evidenceWeight(_ word: String) -> Double {
        guard let idf else { return 1 }
        let common = log(Double(idf.documentCount + 1) / (Double(idf.documentCount) / 10 + 1)) + 1
        return max(0, idf.idf(word) - common)
    }

    /// The pairs of adjacent characters inside the candidate words, each weighted by its word's idf.
    func pairWeights(_ words: [String]) -> [WordKey: Double] {
        var out: [WordKey: Double] = [:]
        for w in words where stopWords.isCandidate(w) && !Self.isFigure(w) {
            let scalars = Array(w.unicodeScalars)
            guard scalars.count > 2 else { continue } // a two-character word is its own pair, counted as a word
            let weight = evidenceWeight(w)
            guard weight > 0 else { continue }
            for i in 0..<(scalars.count - 1) {
                var pair = String.UnicodeScalarView()
                pair.append(scalars[i]); pair.append(scalars[i + 1])
                out[WordKey(String(pair)), default: 0] += weight
            }
        }
        return out
    }

    func cosine(_ a: [WordKey: Double], _ b: [WordKey: Double]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for (w, x) in a { na += x * x; if let y = b[w] { dot += x * y } }
        for (_, y) in b { nb += y * y }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }

    /// `reply` without verbatim copies of `title` (titles shorter than four characters are kept).
    static func removingCopies(of title: String, from reply: String) -> String {
        let t = title.unicodeScalars.map(\.value).filter { !ScalarClass.isInvisibleOrSpace($0) }
        guard t.count >= 4 else { return reply }
        var s = reply.unicodeScalars.map(\.value)
        let text = ScalarText(scalars: s)
        var cuts: [Range<Int>] = []
        var from = 0
        while let at = text.find(t, in: from..<s.count) { cuts.append(at..<(at + t.count)); from = at + t.count }
        for cut in cuts.reversed() { s.removeSubrange(cut) }
        return String(scalars: s[...])
    }

    // MARK: - Completeness

    /// The parts of a proper reply `reply` has (`ReplyPart`), each with the phrase that showed it;
    /// score = parts found ÷ 6.
    ///
    /// - acknowledgement: 收悉, 您好, 感谢您 …;
    /// - facts: 经调查, 经核实, 据查, 现场查看, 不属实 …;
    /// - measures: 责令, 整改, 已安排, 下一步, 计划, 正在 … in a sentence that does not forward the
    ///   message (已转, 转交 …): forwarding is not a measure;
    /// - basis: the 《…》 title of a law or document (ending 法, 条例, 规定, 办法, 通知, 意见 …),
    ///   第X条, a document number (〔2017〕12号), or 根据/依据/按照 with 规定/条例/文件/政策/通知 …
    ///   in one sentence;
    /// - contact: a phone number, 联系, 咨询, 如有疑问, a promise to answer again;
    /// - signature: a full date in the last sentence (or the last 20 characters), or an answering unit
    ///   (…局, …政府, …办事处) ending the reply.
    public func completeness(_ reply: String) -> Completeness {
        let text = ScalarText(reply)
        let sentences = text.sentences
        var found: [Completeness.FoundPart] = []
        if let c = text.cues(ReplyCues.acknowledgement).first { found.append(.init(.acknowledgement, cue: c.text)) }
        if let c = text.cues(ReplyCues.facts).first { found.append(.init(.facts, cue: c.text)) }
        for s in sentences where text.cues(ReplyCues.forwarding, in: s).isEmpty {
            if let c = text.cues(ReplyCues.measures, in: s).first { found.append(.init(.measures, cue: c.text)); break }
        }
        if let basis = basisCue(text, sentences) { found.append(.init(.basis, cue: basis)) }
        if let c = text.cues(ReplyCues.contact).first { found.append(.init(.contact, cue: c.text)) }
        else if text.hasPhoneNumber() { found.append(.init(.contact, cue: "phone number")) }
        if let signature = signatureCue(text, sentences) { found.append(.init(.signature, cue: signature)) }
        return Completeness(found: found)
    }

    func basisCue(_ text: ScalarText, _ sentences: [Range<Int>]) -> String? {
        if let title = text.ruleTitles().first { return "《" + text.string(title) + "》" }
        if text.articleNumbers() > 0 { return "第…条" }
        if text.documentNumbers() > 0 { return "document number" }
        for s in sentences {
            if let verb = text.cues(ReplyCues.basisVerbs, in: s).first, let object = text.cues(ReplyCues.basisObjects, in: s).first {
                return verb.text + "…" + object.text
            }
        }
        return nil
    }

    func signatureCue(_ text: ScalarText, _ sentences: [Range<Int>]) -> String? {
        guard let last = sentences.last else { return nil }
        let tail = max(0, text.count - 20)..<text.count
        for range in [last, tail] {
            if let date = text.dates(in: range, yearsAlone: false).last { return text.string(date) }
        }
        return Self.signatureUnit(text)
    }

    // MARK: - Interpretability

    /// How far `reply` explains itself: reasons, cited rules, figures and dates in its substantive
    /// sentences, rather than formulas.
    ///
    /// A sentence is boilerplate when it carries a formula (您好, 收悉, 感谢, 已转…, 现回复如下,
    /// 支持理解监督 …) and has at most 40 Han characters, or when it is the closing date or unit.
    /// From the other, substantive, sentences:
    /// score = 0.2 min(1, reasons ÷ 2) + 0.2 min(1, rules ÷ 2) + 0.2 min(1, figures ÷ 3)
    ///       + 0.2 min(1, dates ÷ 2) + 0.2 min(1, substantive Han characters ÷ 300),
    /// with rules = 《…》 titles of laws and documents + 第X条 + document numbers.
    /// `您好！来信收悉，已转相关部门办理。` scores 0.
    public func interpretability(_ reply: String) -> Interpretability {
        let text = ScalarText(reply)
        let sentences = text.sentences
        var substantive: [Range<Int>] = []
        var boilerplateHan = 0, allHan = 0
        for (i, s) in sentences.enumerated() {
            let han = text.hanCount(in: s)
            allHan += han
            let formula = !text.cues(ReplyCues.boilerplate, in: s).isEmpty || !text.cues(ReplyCues.forwarding, in: s).isEmpty
            let closing = i == sentences.count - 1 && (han <= 20 && (!text.dates(in: s, yearsAlone: false).isEmpty || Self.signatureUnit(text) != nil))
            if (formula && han <= 40) || closing || han == 0 { boilerplateHan += han } else { substantive.append(s) }
        }
        var reasons: [String] = []
        var dates = 0, figures = 0, substantiveHan = 0
        for s in substantive {
            for c in text.cues(ReplyCues.reasons, in: s) where !reasons.contains(c.text) { reasons.append(c.text) }
            let d = text.dates(in: s)
            dates += d.count
            figures += text.figures(in: s, excluding: d)
            substantiveHan += text.hanCount(in: s)
        }
        var rules = text.ruleTitles().map { "《" + text.string($0) + "》" }
        rules += Array(repeating: "第…条", count: text.articleNumbers())
        rules += Array(repeating: "document number", count: text.documentNumbers())
        let forwards = !text.cues(ReplyCues.forwarding).isEmpty
        let score = 0.2 * min(1, Double(reasons.count) / 2) + 0.2 * min(1, Double(rules.count) / 2)
            + 0.2 * min(1, Double(figures) / 3) + 0.2 * min(1, Double(dates) / 2) + 0.2 * min(1, Double(substantiveHan) / 300)
        return Interpretability(score: Self.rounded(score), reasons: reasons, rules: rules, figures: figures, dates: dates,
                                substantiveCharacters: substantiveHan,
                                boilerplateShare: allHan > 0 ? Self.rounded(Double(boilerplateHan) / Double(allHan)) : 1,
                                onlyForwarded: forwards && substantiveHan < 15)
    }

    // MARK: - Timeliness

    /// Working days from the message (`asked`) to the reply (`answered`, else the date the reply
    /// text is signed with), holidays from `calendar`, against `deadlineDays`. Nil when a date is
    /// missing or unreadable, or the reply is dated before the message.
    public func timeliness(asked: String?, answered: String?, replyText: String? = nil) -> Timeliness? {
        guard let askedDay = asked.flatMap({ CalendarDay(parsing: $0) }) else { return nil }
        var source = "field"
        var answeredDay = answered.flatMap { CalendarDay(parsing: $0) }
        if answeredDay == nil, let replyText {
            let text = ScalarText(replyText)
            if let last = text.dates(in: max(0, text.count - 20)..<text.count, yearsAlone: false).last {
                answeredDay = CalendarDay(parsing: text.string(last)); source = "text"
            }
        }
        guard let answeredDay, answeredDay >= askedDay else { return nil }
        return Timeliness(asked: askedDay, answered: answeredDay, workingDays: calendar.workingDays(from: askedDay, to: answeredDay),
                          deadlineDays: deadlineDays, holidaysKnown: calendar.covers(askedDay) && calendar.covers(answeredDay),
                          answeredFrom: source)
    }

    // MARK: - Helpers

    /// The answering unit a reply is signed with: the name (…局, …政府, …办事处 …) right before
    /// the closing date or at the very end, or the unit that 高度重视 the message (A3区住建局高度重视).
    static func signatureUnit(_ text: ScalarText) -> String? {
        var end = text.count
        while end > 0 && (ScalarClass.isInvisibleOrSpace(text.scalars[end - 1])) { end -= 1 }
        if let date = text.dates(in: max(0, end - 20)..<end, yearsAlone: false).last, end - date.upperBound <= 2 { end = date.lowerBound }
        while end > 0 && ScalarClass.isInvisibleOrSpace(text.scalars[end - 1]) { end -= 1 }
        if let unit = trailingUnit(text, before: end) { return unit }
        if let at = text.find("高度重视".unicodeScalars.map(\.value)), let run = trailingUnit(text, before: at) {
            // 对此市政府高度重视: from the place marker on, when there is one.
            return namedUnit(ScalarText(run)) ?? (run.unicodeScalars.count <= 8 ? run : nil)
        }
        return nil
    }

    /// The first unit the reply names, from a place marker (A3区, 市, 县, 镇 …) to a unit ending:
    /// 市工商局, A5区城乡建设局, 区人社局, 县政府. Place names before the marker are not kept unless
    /// they are codes (A3区): 长沙市工商局 gives 市工商局. Companies are left out: the first one a
    /// reply names is more often the one complained about than the one answering.
    static func namedUnit(_ text: ScalarText) -> String? {
        let s = text.scalars
        for e in 0...s.count {
            guard let ending = ReplyCues.namedUnitEndings.first(where: { c in
                e >= c.scalars.count && s[(e - c.scalars.count)..<e].elementsEqual(c.scalars)
            }), e == s.count || !ReplyCues.notAfterUnitEnding.contains(s[e]) else { continue }
            let endingStart = e - ending.scalars.count
            var start = endingStart
            while start > 0 && endingStart - start < 12 {
                let c = ScalarClass.of(s[start - 1])
                guard c == .han || c == .latin || c == .digit else { break }
                start -= 1
            }
            // The last place marker in the run that is not part of a generic word (小区, 社区 …):
            // 区领导召集区人社局 gives 区人社局.
            var marker: Int? = nil
            for i in start..<endingStart where Places.markers.contains(s[i]) {
                if i > start, Places.generic.contains(String(scalars: s[(i - 1)...i])) { continue }
                if i + 1 < endingStart, Places.startingWithAMarker.contains(String(scalars: s[i...(i + 1)])) { continue }
                marker = i
            }
            guard var from = marker, marker! + 1 < endingStart || !ReplyCues.endingsNeedingAName.contains(ending.text) else { continue }
            // A code before the marker (A3区, L10县): letters then digits.
            var code = from
            while code > 0 && ScalarText.isDigit(s[code - 1]) { code -= 1 }
            if code > 0 && ScalarText.isLatin(s[code - 1]) {
                while code > 0 && ScalarText.isLatin(s[code - 1]) { code -= 1 }
                from = code
            }
            let length = e - from
            guard length >= 3 && length <= 16,
                  !s[(marker! + 1)..<endingStart].contains(where: { ReplyCues.notInUnitName.contains($0) || ScalarText.isDigit($0) }) else { continue }
            return String(scalars: s[from..<e])
        }
        return nil
    }

    /// The run of Han, Latin and digits ending at `end` when it ends like a unit's name (2–25 characters).
    static func trailingUnit(_ text: ScalarText, before end: Int) -> String? {
        var start = end
        while start > 0 && end - start < 25 {
            let c = ScalarClass.of(text.scalars[start - 1])
            guard c == .han || c == .latin || c == .digit else { break }
            start -= 1
        }
        guard end - start >= 2 else { return nil }
        let run = text.string(start..<end)
        guard ReplyCues.unitEndings.contains(where: { run.hasSuffix($0.text) && run.unicodeScalars.count >= $0.scalars.count + 2 }),
              !run.unicodeScalars.contains(where: { ReplyCues.notInUnitName.contains($0.value) }),
              !["支持", "感谢", "谢谢", "关心", "留言", "网友", "您好"].contains(where: { run.contains($0) }) else { return nil }
        return run
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
