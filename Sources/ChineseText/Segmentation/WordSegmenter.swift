import TopicsICU

/// A word with where it sits in the text that was segmented (code point offsets, half-open).
public struct Token: Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) { self.text = text; self.start = start; self.end = end }
    public var description: String { text }
}

/// Chinese word segmentation: a trained boundary tagger (or ICU's word break) under hard
/// constraints. Lexicon words (domain lexicon, user dictionaries), dates like 2020年10月24日 and
/// URLs come out exactly as one word; numbers, percentages and Latin words are never cut inside.
/// Spaces and invisible characters always separate words and are never part of one.
public struct WordSegmenter: Sendable {
    public enum Engine: Sendable {
        case perceptron(SegmentationModel)
        case icu
    }

    public var engine: Engine
    public var lexicon: Lexicon
    /// Keep whole dates (2020年10月24日, 10月24日) as one word.
    public var keepsDatesWhole = true

    public init(model: SegmentationModel, lexicon: Lexicon = Lexicon()) {
        self.engine = .perceptron(model)
        self.lexicon = lexicon
    }

    public init(engine: Engine, lexicon: Lexicon = Lexicon()) {
        self.engine = engine
        self.lexicon = lexicon
    }

    /// Reusable buffers for one thread.
    public struct Workspace: Sendable {
        var model = SegmentationModel.Workspace()
        var masks: [UInt8] = []
        var softWords: [Int] = [] // starts of two-character lexicon matches
        public init() {}
    }

    /// Appends the words of `scalars` to `spans` as half-open code point ranges.
    public func wordSpans(_ scalars: UnsafeBufferPointer<UInt32>, into spans: inout [Range<Int>],
                          workspace: inout Workspace) {
        var i = 0
        let n = scalars.count
        while i < n {
            while i < n && ScalarClass.isSpace(scalars[i]) { i += 1 }
            var end = i
            while end < n && !ScalarClass.isSpace(scalars[end]) { end += 1 }
            if end > i {
                segmentChunk(UnsafeBufferPointer(rebasing: scalars[i..<end]), offset: i, into: &spans, workspace: &workspace)
            }
            i = end
        }
    }

    /// Words of `text` with offsets into it.
    public func tokens(_ text: String) -> [Token] {
        let scalars = text.unicodeScalars.map(\.value)
        var workspace = Workspace()
        return tokens(scalars: scalars, workspace: &workspace)
    }

    public func tokens(scalars: [UInt32], workspace: inout Workspace) -> [Token] {
        var spans: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { wordSpans($0, into: &spans, workspace: &workspace) }
        return spans.map { Token(text: String(scalars: scalars[$0]), start: $0.lowerBound, end: $0.upperBound) }
    }

    /// Words of `text` as strings.
    public func words(_ text: String) -> [String] { tokens(text).map(\.text) }

    // MARK: - One run without spaces

    private func segmentChunk(_ chunk: UnsafeBufferPointer<UInt32>, offset: Int, into spans: inout [Range<Int>],
                              workspace: inout Workspace) {
        let n = chunk.count
        if n == 1 { spans.append(offset..<offset + 1); return }
        var constrained = constrain(chunk, masks: &workspace.masks, softWords: &workspace.softWords)
        switch engine {
        case .perceptron(let model):
            model.tag(chunk, masks: constrained ? workspace.masks : nil, workspace: &workspace.model)
            if !workspace.softWords.isEmpty {
                // Two-character lexicon words the model split although both their edges are boundaries.
                var retag = false
                for s in workspace.softWords {
                    let tags = workspace.model.tags
                    let before = s == 0 || BoundaryTag.endsWord(tags[s - 1])
                    if before && BoundaryTag.endsWord(tags[s]) && BoundaryTag.endsWord(tags[s + 1]) {
                        exact(s, 2, &workspace.masks)
                        retag = true
                    }
                }
                if retag {
                    constrained = true
                    // The scores do not depend on the masks: decode again only.
                    model.decode(count: n, masks: workspace.masks, workspace: &workspace.model)
                }
            }
            var start = 0
            workspace.model.tags.withUnsafeBufferPointer { tags in
                for k in 0..<n where BoundaryTag.endsWord(tags[k]) {
                    spans.append(offset + start..<offset + k + 1)
                    start = k + 1
                }
            }
            if start < n { spans.append(offset + start..<offset + n) }
        case .icu:
            for s in workspace.softWords { exact(s, 2, &workspace.masks); constrained = true }
            icuSpans(chunk, offset: offset, masks: constrained ? workspace.masks : nil, into: &spans)
        }
    }

    /// ICU's word break between the forced words; ICU skips punctuation, which becomes one-character words.
    private func icuSpans(_ chunk: UnsafeBufferPointer<UInt32>, offset: Int, masks: [UInt8]?, into spans: inout [Range<Int>]) {
        let n = chunk.count
        var i = 0
        while i < n {
            // A forced word starts where only B is allowed (or only S): take it whole.
            if let masks, masks[i] == Mask.begin || masks[i] == Mask.single {
                var end = i + 1
                if masks[i] == Mask.begin { while end < n && masks[end] != Mask.end { end += 1 }; end = min(n, end + 1) }
                spans.append(offset + i..<offset + end)
                i = end
                continue
            }
            var end = i + 1
            while end < n, !(masks.map { $0[end] == Mask.begin || $0[end] == Mask.single } ?? false) { end += 1 }
            let piece = Array(chunk[i..<end])
            let words = (try? ICUWordBreak.words(in: piece)) ?? []
            var covered = 0
            for w in words {
                for k in covered..<w.lowerBound { spans.append(offset + i + k..<offset + i + k + 1) }
                spans.append(offset + i + w.lowerBound..<offset + i + w.upperBound)
                covered = w.upperBound
            }
            for k in covered..<piece.count { spans.append(offset + i + k..<offset + i + k + 1) }
            i = end
        }
    }

    // MARK: - Constraints

    enum Mask {
        static let any: UInt8 = 0b1111
        static let begin: UInt8 = 0b0001
        static let middle: UInt8 = 0b0010
        static let end: UInt8 = 0b0100
        static let single: UInt8 = 0b1000
    }

    /// Fills `masks` with the tags allowed at each character; false when nothing is constrained.
    private func constrain(_ chunk: UnsafeBufferPointer<UInt32>, masks: inout [UInt8], softWords: inout [Int]) -> Bool {
        let n = chunk.count
        softWords.removeAll(keepingCapacity: true)
        masks.removeAll(keepingCapacity: true)
        masks.append(contentsOf: repeatElement(Mask.any, count: n))
        var constrained = false
        var i = 0
        ScalarClass.withClasses { classes in
        while i < n {
            let s = chunk[i]
            let cls = classes.of(s)
            // URLs: one exact word.
            if (s == 0x68 || s == 0x48 || s == 0x77 || s == 0x57), let length = PatternScanner.url(chunk, at: i) {
                exact(i, length, &masks); constrained = true; i += length; continue
            }
            if keepsDatesWhole, cls == .digit || cls == .chineseNumeral, let length = PatternScanner.date(chunk, at: i) {
                exact(i, length, &masks); constrained = true; i += length; continue
            }
            if cls == .digit || cls == .latin {
                let length = PatternScanner.alphanumericRun(chunk, at: i)
                if length > 1 { unbroken(i, length, &masks); constrained = true }
                i += length
                continue
            }
            i += 1
        }
        }
        if lexicon.count > 0 {
            for (start, length) in lexiconWords(chunk) {
                if (start..<start + length).contains(where: { masks[$0] != Mask.any }) { continue } // a date, number or URL
                if length == 2 { softWords.append(start); continue }
                exact(start, length, &masks)
                constrained = true
            }
        }
        return constrained
    }

    /// Lexicon words in `chunk` that do not overlap, chosen to cover the most characters with the
    /// fewest words: 湖南省政协委员 → 湖南省 + 政协委员 (7 characters) rather than 湖南省政协 + 委员.
    private func lexiconWords(_ chunk: UnsafeBufferPointer<UInt32>) -> [(start: Int, length: Int)] {
        let n = chunk.count
        var matches: [(start: Int, length: Int)] = []
        for i in 0..<n {
            lexicon.forEachMatch(in: chunk, from: i) { length in matches.append((i, length)) }
        }
        if matches.count <= 1 { return matches }
        // Weighted interval scheduling from the right: best[i] = (covered, -words) for chunk[i...].
        var best = [(covered: Int, words: Int, take: Int)](repeating: (0, 0, -1), count: n + 1)
        // `matches` come by start, then length: the ones starting at i are one run, `group` back from `end`.
        var end = matches.count
        for i in stride(from: n - 1, through: 0, by: -1) {
            best[i] = (best[i + 1].covered, best[i + 1].words, -1)
            var group = end
            while group > 0 && matches[group - 1].start == i { group -= 1 }
            for k in group..<end {
                let m = matches[k], rest = best[i + m.length]
                let covered = rest.covered + m.length, words = rest.words + 1
                if covered > best[i].covered || (covered == best[i].covered && words < best[i].words) {
                    best[i] = (covered, words, k)
                }
            }
            end = group
        }
        var chosen: [(start: Int, length: Int)] = []
        var i = 0
        while i < n {
            let k = best[i].take
            if k < 0 { i += 1; continue }
            chosen.append(matches[k])
            i += matches[k].length
        }
        return chosen
    }

    /// `[start, start+length)` is exactly one word.
    private func exact(_ start: Int, _ length: Int, _ masks: inout [UInt8]) {
        if length == 1 { masks[start] &= Mask.single; return }
        masks[start] &= Mask.begin
        for k in (start + 1)..<(start + length - 1) { masks[k] &= Mask.middle }
        masks[start + length - 1] &= Mask.end
        fixEmpty(start, length, &masks)
    }

    /// No word boundary inside `[start, start+length)`; the word may extend beyond it.
    private func unbroken(_ start: Int, _ length: Int, _ masks: inout [UInt8]) {
        masks[start] &= Mask.begin | Mask.middle
        for k in (start + 1)..<(start + length - 1) { masks[k] &= Mask.middle }
        masks[start + length - 1] &= Mask.middle | Mask.end
        fixEmpty(start, length, &masks)
    }

    private func fixEmpty(_ start: Int, _ length: Int, _ masks: inout [UInt8]) {
        for k in start..<(start + length) where masks[k] == 0 { masks[k] = Mask.any }
    }
}

/// Spans that must stay one word: URLs, dates, numbers and Latin words.
enum PatternScanner {
    /// http://…, https://… or www.… up to the first space or CJK character.
    static func url(_ s: UnsafeBufferPointer<UInt32>, at i: Int) -> Int? {
        func lower(_ k: Int) -> UInt32 { k < s.count ? (s[k] | (s[k] >= 0x41 && s[k] <= 0x5A ? 0x20 : 0)) : 0 }
        func matches(_ prefix: String) -> Bool {
            var k = i
            for u in prefix.utf8 { if lower(k) != UInt32(u) { return false }; k += 1 }
            return true
        }
        guard matches("http://") || matches("https://") || matches("www.") else { return nil }
        var end = i
        while end < s.count, s[end] > 0x20, s[end] < 0x7F { end += 1 }
        // A sentence's full stop or closing bracket right after a URL is not part of it.
        while end > i, [0x2E, 0x2C, 0x29, 0x3B, 0x3A, 0x21, 0x3F].contains(s[end - 1]) { end -= 1 }
        return end - i > 4 ? end - i : nil
    }

    @inline(__always)
    static func isNumber(_ s: UInt32) -> Bool {
        let c = ScalarClass.of(s)
        return c == .digit || c == .chineseNumeral
    }

    /// `N年N月N日`, `N年N月`, `N月N日` (N in any digits or Chinese numerals; 日 or 号).
    static func date(_ s: UnsafeBufferPointer<UInt32>, at i: Int) -> Int? {
        func number(_ k: Int, max: Int) -> Int {
            var e = k
            while e < s.count && e - k < max && isNumber(s[e]) { e += 1 }
            return e - k
        }
        let 年: UInt32 = 0x5E74, 月: UInt32 = 0x6708, 日: UInt32 = 0x65E5, 号: UInt32 = 0x53F7
        var k = i
        var parts = 0
        let first = number(k, max: 4)
        guard first > 0 else { return nil }
        k += first
        guard k < s.count else { return nil }
        if s[k] == 年 {
            k += 1; parts += 1
            let m = number(k, max: 3)
            guard m > 0, k + m < s.count, s[k + m] == 月 else { return nil }
            k += m + 1; parts += 1
        } else if s[k] == 月 {
            guard first <= 3 else { return nil }
            k += 1; parts += 1
        } else {
            return nil
        }
        let d = number(k, max: 3)
        if d > 0, k + d < s.count, s[k + d] == 日 || s[k + d] == 号 {
            k += d + 1; parts += 1
        }
        return parts >= 2 ? k - i : nil
    }

    /// Digits and Latin letters with the joiners numbers and names use inside (3.5, 10:30, COVID-19)
    /// and a percent sign after a number.
    static func alphanumericRun(_ s: UnsafeBufferPointer<UInt32>, at i: Int) -> Int {
        func isAlnum(_ k: Int) -> Bool {
            guard k < s.count else { return false }
            let c = ScalarClass.of(s[k]); return c == .digit || c == .latin
        }
        var end = i
        while end < s.count {
            if isAlnum(end) { end += 1; continue }
            let c = s[end]
            let joiner = c == 0x2E || c == 0xFF0E || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x27 || c == 0x2F
            if joiner && end > i && isAlnum(end + 1) { end += 1; continue }
            if (c == 0x25 || c == 0xFF05 || c == 0x2030) && end > i && ScalarClass.of(s[end - 1]) == .digit { end += 1 }
            break
        }
        return max(1, end - i)
    }
}
