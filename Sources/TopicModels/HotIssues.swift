import ChineseText
import Foundation
import TopicsCore

/// A hot issue (热点问题): documents about one matter at one specific place, or of one group of
/// people, within one stretch of time — one plant beside one estate, one developer's sales
/// practice, one rule that shuts out one group.
public struct HotIssue: Sendable {
    /// 1 = the hottest.
    public var rank: Int
    /// Place and matter in a phrase a clerk can use (`丽发新城小区附近搅拌站噪音扰民`).
    public var description: String
    /// The place (地点) or, when the documents name none in common, the group of people (人群).
    public var place: String?
    /// Whether `place` names a group of people rather than a place.
    public var isGroup: Bool
    /// The theme (its `id`) holding most of the members, when themes were given.
    public var theme: Int?
    /// Member document indices, oldest first (documents without a date last).
    public var members: [Int]
    /// First and last day (YYYY-MM-DD) of the members that have a date.
    public var first: String?
    public var last: String?
    public var documents: Int
    /// Distinct authors.
    public var people: Int
    public var likes: Int
    public var dislikes: Int
    /// See `HotIssueFinder.heat`.
    public var heat: Double
    /// Carried by one or two people's repeated posts (they wrote at least 60 % of it): not broad concern.
    public var fewAuthors: Bool
    /// The words that most set it apart, for search and for the reader.
    public var terms: [String]
}

/// Finds hot issues: fine-grained clustering of documents on their words and the specific places
/// they name (`PlaceNames`), agglomerative with average linkage and a similarity cut, so that a
/// document about nothing anybody else raised belongs to no hot issue. A cluster is split where
/// its documents fall silent for more than `gapDays`, and what keeps at least
/// `minimumDocuments` documents is a hot issue, ranked by `heat`.
///
/// Vectors: tf-idf over the content words of the title (counted twice) and the opening
/// `bodyCharacters` of the text, plus one feature per place named (weighted `placeWeight`);
/// placeholder names (`A市`, `A2区`) are left out, they join unrelated matters of one district.
public struct HotIssueFinder: Sendable {
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    /// Two clusters merge while the mean cosine over all their cross pairs is at least this.
    public var cut: Double = 0.3
    /// Pairs less similar than this count as 0 (they never make an edge of the graph).
    public var edgeMinimum: Float = 0.15
    public var minimumDocuments = 3
    public var gapDays = 60
    public var bodyCharacters = 300
    public var placeWeight: Float = 1.5
    /// Similarity kept between two documents whose titles name places, none of them in common.
    public var placeConflict: Float = 0.25
    /// Two clusters about one subject merge when their centres are this alike (cosine).
    public var placeMergeCut: Float = 0.4
    /// A document in no cluster joins a cluster about a subject it names when this like its centre.
    public var placeAttachCut: Float = 0.3
    /// Clusters join, and documents join a cluster, only within this many days of it.
    public var joinDays = 30
    /// A feature found in more documents than this makes no candidate pairs (see `similarities`).
    public var candidateCap = 250

    public init(segmenter: WordSegmenter, stopWords: StopWords) {
        self.segmenter = segmenter
        self.stopWords = stopWords
    }

    /// What the finder reads of each document, besides its `AgendaDocument`: words and places.
    struct Reading {
        var titleWords: [String] = []
        var bodyWords: [String] = []
        var places: [PlaceName] = []
        /// Keys of the places the title names.
        var titlePlaces: Set<String> = []
        /// What the document is about by name: its places' keys and its title's rare words
        /// (车贷 of 58车贷, 滨河苑): clusters sharing one are joined by `joinBySubject`.
        var subjects: [String] = []
    }

    /// Hot issues of `documents` (their full texts in `texts`), hottest first; `themes` (members
    /// as indices into `documents`) give each hot issue its theme.
    public func find(_ documents: [AgendaDocument], texts: [String], themes: [Theme] = []) -> [HotIssue] {
        precondition(documents.count == texts.count, "one text per document")
        let n = documents.count
        guard n >= minimumDocuments else { return [] }
        let readings = read(documents, texts: texts)
        let vectors = vectorize(readings)
        let edges = similarities(vectors, readings: readings)
        let days = documents.map { $0.date.flatMap(Self.dayNumber) }
        let clusters = joinBySubject(agglomerate(n: n, edges: edges), readings: readings, vectors: vectors, days: days)
        let lastDay = days.compactMap { $0 }.max()
        var themeOf = [Int](repeating: -1, count: n)
        for t in themes { for m in t.members where m < n { themeOf[m] = t.id } }
        var issues: [HotIssue] = []
        for cluster in clusters where cluster.count >= minimumDocuments {
            for part in split(cluster, days: days) where part.count >= minimumDocuments {
                issues.append(describe(part, documents: documents, readings: readings, vectors: vectors, days: days,
                                       lastDay: lastDay, themeOf: themeOf))
            }
        }
        issues.sort { $0.heat != $1.heat ? $0.heat > $1.heat : $0.members[0] < $1.members[0] }
        for i in issues.indices { issues[i].rank = i + 1 }
        return issues
    }

    // MARK: - Reading and vectors

    func read(_ documents: [AgendaDocument], texts: [String]) -> [Reading] {
        var readings = [Reading](repeating: Reading(), count: documents.count)
        let bodyCharacters = self.bodyCharacters
        readings.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: documents.count, by: 2) {
                    var r = Reading()
                    r.titleWords = segmenter.words(documents[i].title)
                    r.bodyWords = segmenter.words(String(texts[i].prefix(bodyCharacters)))
                    target[i] = r
                }
            }
        }
        // Words in many documents are not names (建设, 距离, 配套): at least 2 % of them, and 30.
        var frequency: [WordKey: Int] = [:]
        for r in readings { for w in Set((r.titleWords + r.bodyWords).map(WordKey.init)) { frequency[w, default: 0] += 1 } }
        let limit = max(30, documents.count / 50)
        let common = Set(frequency.filter { $0.value > limit }.keys)
        readings.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: documents.count, by: 2) {
                    var keys: Set<String> = []
                    let inTitle = PlaceNames.find(in: target[i].titleWords, stopWords: stopWords, common: { common.contains(WordKey($0)) })
                    let found = inTitle + PlaceNames.find(in: target[i].bodyWords, stopWords: stopWords, common: { common.contains(WordKey($0)) })
                    target[i].places = found.filter { keys.insert($0.key).inserted }
                    target[i].titlePlaces = Set(inTitle.map(\.key))
                }
            }
        }
        // Title words in at most 1 % of the documents (and at least two) name what a document is about.
        let rare = max(3, documents.count / 100)
        for i in readings.indices {
            var subjects = readings[i].places.map(\.key)
            for w in Set(readings[i].titleWords) where isContent(w) {
                if let f = frequency[WordKey(w)], f >= 2, f <= rare, !subjects.contains(w) { subjects.append(w) }
            }
            readings[i].subjects = subjects
        }
        return readings
    }

    /// Unit tf-idf vectors (feature ids ascending).
    func vectorize(_ readings: [Reading]) -> [SparseVector] {
        var ids: [WordKey: Int32] = [:]
        func id(_ w: String) -> Int32 {
            let key = WordKey(w)
            if let known = ids[key] { return known }
            let new = Int32(ids.count); ids[key] = new; return new
        }
        var counts: [[Int32: Float]] = []
        var isPlace: Set<Int32> = []
        counts.reserveCapacity(readings.count)
        for r in readings {
            var c: [Int32: Float] = [:]
            for w in r.titleWords where isContent(w) { c[id(w), default: 0] += 2 }
            for w in r.bodyWords where isContent(w) { c[id(w), default: 0] += 1 }
            for p in r.places {
                let f = id("@" + p.key)
                isPlace.insert(f)
                c[f] = 1
            }
            counts.append(c)
        }
        var df = [Int](repeating: 0, count: ids.count)
        for c in counts { for f in c.keys { df[Int(f)] += 1 } }
        let n = Float(readings.count)
        return counts.map { c in
            let sorted = c.keys.sorted()
            var values = sorted.map { f -> Float in
                let idf = log((n + 1) / Float(df[Int(f)] + 1)) + 1
                let tf = 1 + log(c[f]!)
                return tf * idf * (isPlace.contains(f) ? placeWeight : 1)
            }
            let norm = values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for k in values.indices { values[k] /= norm } }
            return SparseVector(indices: sorted, values: values)
        }
    }

    func isContent(_ word: String) -> Bool { stopWords.isCandidate(word) && !Placeholders.isPlaceholder(word) }

    /// Pairs (i < j) at least `edgeMinimum` similar. Candidates share a feature found in at most
    /// 5 % of the documents and at most `candidateCap` of them (an inverted index); their cosine
    /// is then computed in full, and
    /// multiplied by `placeConflict` when both titles name sites (estates, schools …) and the two
    /// documents name no site in common, or both titles name places and they share none (the same
    /// complaint about two estates on one road is two matters).
    func similarities(_ vectors: [SparseVector], readings: [Reading]) -> [(Int, Int, Float)] {
        let keys = readings.map { Set($0.places.map(\.key)) }
        let sites = readings.map { Set($0.places.filter { !$0.isArea }.map(\.key)) }
        let titleSites = readings.indices.map { sites[$0].intersection(readings[$0].titlePlaces) }
        let placeConflict = self.placeConflict
        let n = vectors.count
        let features = Int(vectors.lazy.compactMap { $0.indices.last }.max() ?? 0) + 1
        // Postings as one flat list per feature (`postings[start[f]..<start[f + 1]]`, documents
        // ascending): no dictionary lookup or array retained per feature in the loop below.
        var filled = [Int](repeating: 0, count: features + 1)
        for v in vectors { for f in v.indices { filled[Int(f) + 1] += 1 } }
        for f in 0..<features { filled[f + 1] += filled[f] }
        let start = filled
        var listed = [Int32](repeating: 0, count: start[features])
        for (i, v) in vectors.enumerated() { for f in v.indices { listed[filled[Int(f)]] = Int32(i); filled[Int(f)] += 1 } }
        let postings = listed
        // 5 % of a large archive is thousands of documents a feature: every pair of them a
        // candidate made the graph quadratic. Capped, each document meets at most
        // `candidateCap` others per feature, so the work grows linearly (no change up to 5 000 documents).
        let limit = max(20, min(n / 20, candidateCap))
        var parts = [[(Int, Int, Float)]](repeating: [], count: 2)
        let edgeMinimum = self.edgeMinimum
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                var seen = [Int32](repeating: -1, count: n)
                var out: [(Int, Int, Float)] = []
                // Document i spread out over all features: each candidate's cosine is then one pass over its own.
                var spread = [Float](repeating: 0, count: features)
                for i in stride(from: part, to: n, by: 2) {
                    for (f, v) in zip(vectors[i].indices, vectors[i].values) { spread[Int(f)] = v }
                    defer { for f in vectors[i].indices { spread[Int(f)] = 0 } }
                    for f in vectors[i].indices {
                        let from = start[Int(f)], to = start[Int(f) + 1]
                        guard to - from >= 2, to - from <= limit else { continue }
                        for p in from..<to where Int(postings[p]) > i && seen[Int(postings[p])] != Int32(i) {
                            let j = Int(postings[p])
                            seen[j] = Int32(i)
                            var s: Float = 0
                            vectors[j].indices.withUnsafeBufferPointer { indices in
                                vectors[j].values.withUnsafeBufferPointer { values in
                                    spread.withUnsafeBufferPointer { d in
                                        for k in 0..<indices.count { s += d[Int(indices[k])] * values[k] }
                                    }
                                }
                            }
                            // A conflict only lowers s (placeConflict ≤ 1): below the minimum already, no need to look.
                            guard s >= edgeMinimum || placeConflict > 1 else { continue }
                            // Two estates (sites) apart even on one road; else any two places.
                            let conflict = !titleSites[i].isEmpty && !titleSites[j].isEmpty
                                ? sites[i].isDisjoint(with: sites[j])
                                : !readings[i].titlePlaces.isEmpty && !readings[j].titlePlaces.isEmpty && keys[i].isDisjoint(with: keys[j])
                            if conflict { s *= placeConflict }
                            if s >= edgeMinimum { out.append((i, j, s)) }
                        }
                    }
                }
                target[part] = out
            }
        }
        return (parts[0] + parts[1]).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    // MARK: - Clustering

    /// Average-linkage agglomeration over the similarity graph: the two clusters with the highest
    /// mean similarity over all their cross pairs (missing pairs count 0) merge, until that mean
    /// falls below `cut`. Clusters come back as sorted member lists.
    func agglomerate(n: Int, edges: [(Int, Int, Float)]) -> [[Int]] {
        var neighbours = [[Int: Double]](repeating: [:], count: n)
        for (i, j, s) in edges { neighbours[i][j] = Double(s); neighbours[j][i] = Double(s) }
        var size = [Int](repeating: 1, count: n)
        var version = [Int](repeating: 0, count: n)
        var alive = [Bool](repeating: true, count: n)
        var members = (0..<n).map { [$0] }
        var heap = MergeHeap()
        for (i, j, s) in edges where Double(s) >= cut { heap.push(.init(score: Double(s), a: i, b: j, va: 0, vb: 0)) }
        while let top = heap.pop() {
            guard alive[top.a], alive[top.b], version[top.a] == top.va, version[top.b] == top.vb else { continue }
            // Merge b into a.
            let a = top.a, b = top.b
            alive[b] = false
            members[a] += members[b]; members[b] = []
            size[a] += size[b]
            version[a] += 1
            neighbours[a][b] = nil
            for (c, s) in neighbours[b] where c != a {
                neighbours[a][c, default: 0] += s
                neighbours[c][b] = nil
                neighbours[c][a] = neighbours[a][c]
            }
            neighbours[b] = [:]
            for (c, s) in neighbours[a] {
                let mean = s / Double(size[a] * size[c])
                if mean >= cut {
                    heap.push(a < c ? .init(score: mean, a: a, b: c, va: version[a], vb: version[c])
                                    : .init(score: mean, a: c, b: a, va: version[c], vb: version[a]))
                }
            }
        }
        return (0..<n).filter { alive[$0] && members[$0].count > 1 }.map { members[$0].sorted() }
    }

    /// Clusters about one subject (a place, or a rare word of their titles: 58车贷) whose centres
    /// are at least `placeMergeCut` alike become one (the same complaint in other words: 搅拌站 and
    /// 搅拌厂 beside one estate), and a document that names a cluster's subject and is at least
    /// `placeAttachCut` like its centre joins it.
    func joinBySubject(_ clusters: [[Int]], readings: [Reading], vectors: [SparseVector], days: [Int?]) -> [[Int]] {
        // The sites (not roads or towns) at least half the members (and two) name.
        func places(_ members: [Int]) -> Set<String> {
            var count: [String: Int] = [:]
            for m in members { for p in readings[m].places where !p.isArea { count[p.key, default: 0] += 1 } }
            return Set(count.filter { $0.value * 2 >= members.count && $0.value >= 2 }.keys)
        }
        func span(_ members: [Int]) -> ClosedRange<Int>? {
            let d = members.compactMap { days[$0] }
            guard let first = d.min(), let last = d.max() else { return nil }
            return first...last
        }
        // Within `joinDays` of each other (undated: no objection).
        func near(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Bool {
            guard let a, let b else { return true }
            return a.lowerBound - joinDays <= b.upperBound && b.lowerBound - joinDays <= a.upperBound
        }
        // The subjects at least half the members (and two) name.
        func shared(_ members: [Int]) -> Set<String> {
            var count: [String: Int] = [:]
            for m in members { for p in readings[m].subjects { count[p, default: 0] += 1 } }
            return Set(count.filter { $0.value * 2 >= members.count && $0.value >= 2 }.keys)
        }
        func centre(_ members: [Int]) -> [Int32: Float] {
            var sum: [Int32: Float] = [:]
            for m in members { for (f, v) in zip(vectors[m].indices, vectors[m].values) { sum[f, default: 0] += v } }
            let norm = sum.values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? sum.mapValues { $0 / norm } : sum
        }
        func cosine(_ a: [Int32: Float], _ b: [Int32: Float]) -> Float {
            let (small, large) = a.count < b.count ? (a, b) : (b, a)
            return small.reduce(Float(0)) { $0 + $1.value * (large[$1.key] ?? 0) }
        }
        var out = clusters.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var keys = out.map(shared), placed = out.map(places), spans = out.map(span)
        var centres = out.map(centre)
        var alive = [Bool](repeating: true, count: out.count)
        // Subject → the clusters that name it (ascending; an entry may be stale after a merge
        // changed a cluster's subjects, so each is checked against `keys`): the clusters sharing
        // a subject with one are found without scanning them all.
        var named: [String: [Int]] = [:]
        for (c, subjects) in keys.enumerated() { for p in subjects { named[p, default: []].append(c) } }
        func sharing(_ subjects: Set<String>, below limit: Int) -> [Int] {
            var found: Set<Int> = []
            for p in subjects { for c in named[p] ?? [] where c < limit && alive[c] && keys[c].contains(p) { found.insert(c) } }
            return found.sorted()
        }
        // Each cluster, largest first, joins the first larger one with the same subject, near in
        // time, no two different places, alike enough.
        for k in out.indices where !keys[k].isEmpty {
            guard let into = sharing(keys[k], below: k).first(where: {
                near(spans[$0], spans[k])
                    && (placed[$0].isEmpty || placed[k].isEmpty || !placed[$0].isDisjoint(with: placed[k]))
                    && cosine(centres[$0], centres[k]) >= placeMergeCut
            }) else { continue }
            out[into] += out[k]
            centres[into] = centre(out[into])
            let before = keys[into]
            keys[into] = shared(out[into]); placed[into] = places(out[into]); spans[into] = span(out[into])
            for p in keys[into] where !before.contains(p) { named[p, default: []].append(into) }
            alive[k] = false; out[k] = []
        }
        var clustered = Set(out.joined())
        for d in vectors.indices where !clustered.contains(d) {
            var best: (Int, Float)? = nil
            let own = Dictionary(uniqueKeysWithValues: zip(vectors[d].indices, vectors[d].values))
            let day = days[d].map { $0...$0 }
            for p in readings[d].subjects {
                for c in sharing([p], below: out.count) where near(spans[c], day) {
                    let s = cosine(own, centres[c])
                    if s >= placeAttachCut, best == nil || s > best!.1 { best = (c, s) }
                }
            }
            if let (c, _) = best { out[c].append(d); clustered.insert(d) }
        }
        out = out.indices.filter { alive[$0] }.map { out[$0] }
        return out.map { $0.sorted() }
    }

    /// A max-heap of candidate merges; ties go to the lower pair, so runs repeat.
    struct MergeHeap {
        struct Entry { var score: Double; var a: Int; var b: Int; var va: Int; var vb: Int }
        var items: [Entry] = []
        static func before(_ x: Entry, _ y: Entry) -> Bool {
            x.score != y.score ? x.score > y.score : (x.a != y.a ? x.a < y.a : x.b < y.b)
        }
        mutating func push(_ e: Entry) {
            items.append(e)
            var i = items.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                guard Self.before(items[i], items[p]) else { break }
                items.swapAt(i, p); i = p
            }
        }
        mutating func pop() -> Entry? {
            guard let first = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < items.count, Self.before(items[l], items[m]) { m = l }
                    if r < items.count, Self.before(items[r], items[m]) { m = r }
                    if m == i { break }
                    items.swapAt(i, m); i = m
                }
            }
            return first
        }
    }

    /// A cluster cut where its documents fall silent for more than `gapDays`; undated documents
    /// stay with the largest part.
    func split(_ cluster: [Int], days: [Int?]) -> [[Int]] {
        let dated = cluster.filter { days[$0] != nil }.sorted { days[$0]! != days[$1]! ? days[$0]! < days[$1]! : $0 < $1 }
        let undated = cluster.filter { days[$0] == nil }
        var parts: [[Int]] = []
        for m in dated {
            if let previous = parts.last?.last, days[m]! - days[previous]! <= gapDays { parts[parts.count - 1].append(m) }
            else { parts.append([m]) }
        }
        if parts.isEmpty { return [undated] }
        if !undated.isEmpty, let largest = parts.indices.max(by: { parts[$0].count < parts[$1].count }) {
            parts[largest] += undated
        }
        return parts
    }

    // MARK: - Describing

    /// Whether one or two people's repeated posts carry a set of documents: at most two authors
    /// for three or more documents, or the two most active authors posted more than once and
    /// wrote at least 60 % of it.
    public static func carriedByFew(_ documentsPerAuthor: [String: Int], documents: Int) -> Bool {
        carriedByFew(authors: documentsPerAuthor.count, top: Array(documentsPerAuthor.values.sorted(by: >).prefix(2)), documents: documents)
    }

    /// The same from counts alone: `authors` distinct, `top` the documents of the most active two (most first).
    public static func carriedByFew(authors: Int, top: [Int], documents: Int) -> Bool {
        guard documents >= 3 else { return false }
        let top = top.prefix(2)
        return authors <= 2 || ((top.first ?? 0) > 1 && Double(top.reduce(0, +)) >= 0.6 * Double(documents))
    }

    /// The heat index of a hot issue:
    ///
    ///     heat = 2·log2(1 + people) + log2(1 + documents) + 0.5·log2(1 + likes) + 0.25·log2(1 + dislikes)
    ///            + 0.5·log2(1 + documents per month of its span) + recency
    ///
    /// where recency = 1 − (days from its last document to the archive's last) / 365, at least 0.
    /// People weigh more than documents (one person's repeated posts are not broad concern);
    /// logarithms keep one factor (a post with 2 000 likes) from outweighing the rest; dislikes
    /// are attention too, not a penalty; documents per month is how concentrated in time it is.
    public static func heat(documents: Int, people: Int, likes: Int, dislikes: Int, spanDays: Int?, daysSinceLast: Int?) -> Double {
        let months = max(1, Double(spanDays ?? 0) / 30)
        let recency = daysSinceLast.map { max(0, 1 - Double($0) / 365) } ?? 0
        return 2 * log2(1 + Double(people)) + log2(1 + Double(documents)) + 0.5 * log2(1 + Double(likes))
            + 0.25 * log2(1 + Double(dislikes)) + 0.5 * log2(1 + Double(documents) / months) + recency
    }

    func describe(_ members: [Int], documents: [AgendaDocument], readings: [Reading], vectors: [SparseVector],
                  days: [Int?], lastDay: Int?, themeOf: [Int]) -> HotIssue {
        let authors = members.flatMap { documents[$0].authors }
        var perAuthor: [String: Int] = [:]
        for a in authors { perAuthor[a, default: 0] += 1 }
        let people = perAuthor.count
        let fewAuthors = Self.carriedByFew(perAuthor, documents: members.count)
        let likes = members.reduce(0) { $0 + documents[$1].likes }
        let dislikes = members.reduce(0) { $0 + documents[$1].dislikes }
        let dated = members.compactMap { days[$0] }
        let firstDay = dated.min(), last = dated.max()
        let heat = Self.heat(documents: members.count, people: max(1, people), likes: likes, dislikes: dislikes,
                             spanDays: firstDay.flatMap { f in last.map { $0 - f } },
                             daysSinceLast: last.flatMap { l in lastDay.map { $0 - l } })
        // The place most members name (at least half of them, at least two): a site (an estate,
        // a school) before an area (a road, a town).
        var placeCount: [String: Int] = [:], placeTexts: [String: [String: Int]] = [:], areas: Set<String> = []
        for m in members {
            for p in readings[m].places {
                placeCount[p.key, default: 0] += 1; placeTexts[p.key, default: [:]][p.text, default: 0] += 1
                if p.isArea { areas.insert(p.key) }
            }
        }
        // … and named in a title at least once (a place only the texts mention is rarely the matter's).
        let inTitles = Set(members.flatMap { readings[$0].titlePlaces })
        let topPlace = placeCount.filter { $0.value * 2 >= members.count && $0.value >= 2 && inTitles.contains($0.key) }.max { a, b in
            let siteA = !areas.contains(a.key), siteB = !areas.contains(b.key)
            if siteA != siteB { return siteB }
            return a.value != b.value ? a.value < b.value : a.key.count != b.key.count ? a.key.count < b.key.count : a.key > b.key
        }
        var place: PlaceName? = nil
        if let top = topPlace, let texts = placeTexts[top.key] {
            let text = texts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            place = PlaceName(text: text, key: top.key)
        }
        var group: String? = nil
        if place == nil {
            var groupCount: [String: Int] = [:]
            for m in members {
                for g in Set((readings[m].titleWords + readings[m].bodyWords).filter { Self.groups.contains($0) }) { groupCount[g, default: 0] += 1 }
            }
            group = groupCount.filter { $0.value * 2 >= members.count && $0.value >= 2 }
                .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        // The most central title (closest to the members' mean), preferring titles that name the
        // place and what most members name (车贷 of 58车贷 rather than a misspelt 58车货).
        var centroid: [Int32: Float] = [:]
        for m in members { for (f, v) in zip(vectors[m].indices, vectors[m].values) { centroid[f, default: 0] += v } }
        var subjectCount: [String: Int] = [:]
        for m in members { for w in readings[m].subjects { subjectCount[w, default: 0] += 1 } }
        let common = subjectCount.filter { $0.value * 2 >= members.count }.keys
        func centrality(_ m: Int) -> Float {
            var s: Float = 0
            for (f, v) in zip(vectors[m].indices, vectors[m].values) { s += v * (centroid[f] ?? 0) }
            let title = documents[m].title
            return s / Float(members.count) + (place.map { title.contains($0.key) } == true ? 0.1 : 0)
                + (common.contains { title.contains($0) } ? 0.1 : 0)
        }
        let central = members.max { centrality($0) != centrality($1) ? centrality($0) < centrality($1) : $0 > $1 }!
        let everyone = members.map { readings[$0].titleWords + readings[$0].bodyWords }
        // The place goes in front of a title that names none, when titles name it.
        let titled = place.map { p in members.contains { readings[$0].titlePlaces.contains(p.key) } } ?? false
        let description = Self.compose(title: readings[central].titleWords,
                                       place: readings[central].titlePlaces.isEmpty && titled ? place : nil,
                                       shared: { word in
            everyone.allSatisfy { $0.contains(word) }
        })
        // Distinctive words: most frequent content words of the titles.
        var titleCounts: [String: Int] = [:]
        for m in members { for w in Set(readings[m].titleWords) where isContent(w) { titleCounts[w, default: 0] += 1 } }
        let terms = titleCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map(\.key)
        var themeCount: [Int: Int] = [:]
        for m in members where themeOf[m] >= 0 { themeCount[themeOf[m], default: 0] += 1 }
        let theme = themeCount.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        let ordered = members.sorted { (days[$0] ?? .max, $0) < (days[$1] ?? .max, $1) }
        return HotIssue(rank: 0, description: description, place: place?.text ?? group, isGroup: place == nil && group != nil,
                        theme: theme, members: ordered, first: firstDay.map(Self.dateString), last: last.map(Self.dateString),
                        documents: members.count, people: people, likes: likes, dislikes: dislikes,
                        heat: (heat * 100).rounded() / 100, fewAuthors: fewAuthors, terms: terms)
    }

    /// A description from a title's words: request words in front (投诉, 反映, 关于 …) and
    /// placeholder names (`A市`, `A2区`) not `shared` by every member dropped, punctuation at the
    /// ends trimmed, and the place put in front when the title does not name it.
    static func compose(title words: [String], place: PlaceName?, shared: (String) -> Bool) -> String {
        var kept = words.filter { !(Placeholders.isPlaceholder($0) && !shared($0)) }
        while let first = kept.first, requestWords.contains(first) || isPunctuation(first) { kept.removeFirst() }
        while let last = kept.last, isPunctuation(last) || last == "吗" || last == "呢" { kept.removeLast() }
        var text = kept.joined()
        guard let place, !text.contains(place.key) else { return text }
        // 小区附近搅拌站… under 丽发新城小区: the place replaces the generic word it names.
        for generic in ["小区", "社区", "学校", "医院", "公司", "村"] where text.hasPrefix(generic) && place.text.hasSuffix(generic) {
            text.removeFirst(generic.count)
        }
        return place.text + text
    }

    static func isPunctuation(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { let c = ScalarClass.of($0.value); return c == .punctuation || c == .space || c == .other }
    }

    static let requestWords: Set<String> = [
        "投诉", "反映", "反应", "举报", "关于", "建议", "请求", "咨询", "询问", "希望", "恳请", "强烈", "要求", "请问", "求助",
        "再次", "我要", "请", "恳求", "呼吁", "问", "问问", "急", "紧急", "举报", "申请", "至", "在", "对", "对于",
    ]

    /// Groups of people a hot issue can be about when it names no place in common.
    static let groups: Set<String> = [
        "学生", "教师", "老师", "家长", "业主", "村民", "居民", "职工", "员工", "退伍军人", "退役军人", "残疾人", "农民工",
        "司机", "商户", "老人", "患者", "考生", "毕业生", "幼儿", "教职工", "护士", "医生", "快递员", "骑手", "环卫工人",
        "志愿者", "贫困户", "拆迁户", "租户", "乘客", "购房者", "车主", "个体户", "独生子女", "失独家庭", "民办教师", "代课教师",
        "受害人", "出借人", "投资人", "债权人", "消费者", "会员",
    ]

    // MARK: - Dates

    /// Days since 1970-01-01 of a date starting `YYYY-MM-DD` (or `YYYY/M/D`), nil when unreadable.
    public static func dayNumber(_ date: String) -> Int? { CalendarDay(parsing: date)?.ordinal }

    static func dateString(_ day: Int) -> String { CalendarDay(ordinal: day).description }
}
