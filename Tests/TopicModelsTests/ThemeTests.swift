import ChineseText
import Testing
import TopicModels
import TopicsTestSupport

@Suite("Themes and duplicates")
struct ThemeTests {
    /// Three planted groups of messages, each with its own vocabulary plus shared filler.
    static func planted() -> (texts: [String], groups: [Int]) {
        let vocab = [["公交", "线路", "班次", "站台", "换乘"], ["学校", "老师", "学生", "课后", "学费"], ["污水", "排放", "异味", "河道", "环保"]]
        let filler = ["希望", "有关部门", "尽快", "解决", "我们", "小区", "附近"]
        var texts: [String] = [], groups: [Int] = []
        var seed: UInt64 = 42
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for i in 0..<90 {
            let g = i % 3
            let words = (0..<8).map { _ in vocab[g][next() % 5] } + (0..<4).map { _ in filler[next() % filler.count] }
            texts.append(words.joined())
            groups.append(g)
        }
        return (texts, groups)
    }

    @Test("Spherical k-means on LSA vectors recovers planted groups, and class-based TF-IDF names them by their words")
    func plantedGroups() {
        let (texts, groups) = Self.planted()
        let model = try! SegmentationModel(contentsOf: Fixtures.shippedModelPath)
        var features = TextFeatures(segmenter: WordSegmenter(model: model))
        features.kinds = [.words]
        features.learnIDF(texts)
        let vectors = LatentSemantic.reduce(texts.map { features.vector($0) }, dimensions: 10)
        let result = SphericalKMeans(k: 3).fit(vectors, dimensions: vectors[0].indices.count)
        // Every planted group lands in one cluster, and the clusters differ.
        var clusterOfGroup: [Int: Set<Int>] = [:]
        for (g, c) in zip(groups, result.assignments) { clusterOfGroup[g, default: []].insert(c) }
        #expect(clusterOfGroup.values.allSatisfy { $0.count == 1 })
        #expect(Set(clusterOfGroup.values.map { $0.first! }).count == 3)
        var counts = [[String: Int]](repeating: [:], count: 3)
        for (i, c) in result.assignments.enumerated() {
            for w in WordSegmenter(model: model).words(texts[i]) { counts[c][w, default: 0] += 1 }
        }
        let names = ThemeTerms.top(counts, count: 3)
        let transportCluster = result.assignments[0] // text 0 is planted in group 0 (transport)
        #expect(Set(names[transportCluster]).isSubset(of: ["公交", "线路", "班次", "站台", "换乘"]), "\(names[transportCluster])")
    }

    /// 300 texts are swept by one core; 20 000 and more by both (AD-LDA).
    @Test("The Dirichlet multinomial mixture recovers planted groups of four-word texts from a random start",
          arguments: [300, DirichletMultinomialMixture.parallelFrom + 300])
    func mixtureOnShortTexts(_ count: Int) {
        // Three groups with 12 words of their own, plus 6 shared words; each text: 3 own words + 1 shared.
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        var documents: [[Int32]] = [], groups: [Int] = []
        for i in 0..<count {
            let g = i % 3
            documents.append((0..<3).map { _ in Int32(g * 12 + next() % 12) } + [Int32(36 + next() % 6)])
            groups.append(g)
        }
        var mixture = DirichletMultinomialMixture(k: 3)
        mixture.seed = 3
        let themes = mixture.fit(documents, vocabularySize: 42)
        // Purity: each theme counted by its majority group.
        var table: [Int: [Int: Int]] = [:]
        for (t, g) in zip(themes, groups) { table[t, default: [:]][g, default: 0] += 1 }
        let purity = Double(table.values.map { $0.values.max()! }.reduce(0, +)) / Double(count)
        #expect(purity >= 0.95, "\(purity)")
        #expect(Set(themes).count == 3)
        // Same seed, same start: the same themes.
        #expect(mixture.fit(documents, vocabularySize: 42) == themes)
    }

    @Test("Silhouette prefers the planted k")
    func silhouette() {
        let (texts, _) = Self.planted()
        let model = try! SegmentationModel(contentsOf: Fixtures.shippedModelPath)
        var features = TextFeatures(segmenter: WordSegmenter(model: model))
        features.kinds = [.words]
        features.learnIDF(texts)
        let vectors = LatentSemantic.reduce(texts.map { features.vector($0) }, dimensions: 10)
        let scores = (2...6).map { k -> Double in
            let r = SphericalKMeans(k: k).fit(vectors, dimensions: vectors[0].indices.count)
            return SphericalKMeans.silhouette(vectors, assignments: r.assignments, k: k)
        }
        #expect(scores.indices.max { scores[$0] < scores[$1] }! + 2 == 3, "\(scores)")
    }

    @Test("A reprint with different boilerplate is merged with its original; unrelated texts are not")
    func reprint() {
        let article = "湖南省政协围绕脱贫攻坚组织委员结对帮扶，数万名政协委员和机关干部组成帮扶小组，结对帮扶深度贫困家庭，解决贫困群众就业十万多人，捐款捐物折合人民币数亿元。"
        let texts = [
            "来源：中国新闻网 作者：唐小晴\n" + article + "\n【编辑：张三】",
            "放大字体 缩小字体\n" + article + "\n关注微信公众号 上一篇 下一篇",
            "陇南市政协组织委员开展调研视察，围绕农村饮水安全、电子商务发展等问题提出建议七百五十多条。",
            article.replacingOccurrences(of: "，", with: ","), // the same text with ASCII commas: an exact duplicate
        ]
        let groups = NearDuplicates().groups(texts)
        #expect(groups == [[0, 1, 3]])
    }
}
