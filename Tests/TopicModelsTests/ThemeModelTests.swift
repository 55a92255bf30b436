import ChineseText
import Foundation
import Testing
@testable import TopicModels
import TopicsCore
import TopicsTestSupport

/// Issue 22, part 1: theme models that are saved, loaded and applied to new documents.
@Suite("Saved theme models")
struct ThemeModelTests {
    static func finder(_ algorithm: ThemeFinder.Algorithm) -> ThemeFinder {
        var finder = ThemeFinder(segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        finder.algorithm = algorithm
        finder.restarts = 4
        return finder
    }

    /// The fitted theme (id) of every text.
    static func fittedThemes(_ themes: [Theme], count: Int) -> [Int] {
        var out = [Int](repeating: 0, count: count)
        for t in themes { for m in t.members { out[m] = t.id } }
        return out
    }

    @Test("A model written and read back is the same model, and places documents the same way",
          arguments: [ThemeFinder.Algorithm.kmeans, .mixture])
    func roundTrip(_ algorithm: ThemeFinder.Algorithm) throws {
        let (texts, _) = ThemeTests.planted()
        let fit = Self.finder(algorithm).themesAndModel(texts, k: 3)
        var model = try #require(fit.model)
        model.themes[0].tags = [.init(topic: "城乡建设/交通", count: 12)]
        #expect(model.algorithm == algorithm)
        #expect(model.themes.map(\.id) == [1, 2, 3])
        #expect(model.vocabulary.isEmpty == (algorithm == .kmeans))
        let bytes = model.serialized()
        #expect(Array(bytes.prefix(8)) == Array("TPTHEMES".utf8))
        let loaded = try ThemeModel(serialized: bytes, name: "planted.model")
        #expect(loaded == model)
        #expect(loaded.serialized() == bytes)
        let a = ThemeAssigner(model: model, segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        let b = ThemeAssigner(model: loaded, segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        #expect(texts.map { a.place($0) } == texts.map { b.place($0) })
    }

    @Test("Placing the fitted documents with the model gives back their fitted themes (planted groups: all of them)",
          arguments: [ThemeFinder.Algorithm.kmeans, .mixture])
    func reproducesPlantedFit(_ algorithm: ThemeFinder.Algorithm) throws {
        let (texts, _) = ThemeTests.planted()
        let fit = Self.finder(algorithm).themesAndModel(texts, k: 3)
        let assigner = ThemeAssigner(model: try #require(fit.model), segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        let placed = texts.map { assigner.place($0).theme }
        #expect(placed == Self.fittedThemes(fit.themes, count: texts.count).map(Optional.some))
        // Far: no fitted document is beyond every theme's threshold by construction of the
        // thresholds (at least 95 % of each theme is within its own).
        #expect(texts.map { assigner.place($0).far }.filter { $0 }.count <= texts.count / 20)
    }

    /// Measured here (4 restarts): k-means on the 247 messages 247/247; the mixture on the first
    /// 800 headlines 747/800 (93.4 %: the mixture's fitted themes are the sampler's last draw,
    /// the model places by the most probable theme, and a headline of four words is often a
    /// near tie). Floors: 95 % and 90 %.
    @Test("Placing a real archive's fitted documents with its model reproduces their fitted themes",
          arguments: [("teddy2020_msgs.dev.jsonl", 7, ThemeFinder.Algorithm.kmeans, 0.95), ("thucnews_titles.dev.jsonl", 10, .mixture, 0.90)])
    func reproducesRealFit(_ file: String, _ k: Int, _ algorithm: ThemeFinder.Algorithm, _ floor: Double) throws {
        guard Fixtures.sharedCorporaPresent else { return }
        let texts = Array(try labelled(file).map(\.0).prefix(800))
        let fit = Self.finder(algorithm).themesAndModel(texts, k: k)
        let model = try #require(fit.model)
        let assigner = ThemeAssigner(model: model, segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        let fitted = Self.fittedThemes(fit.themes, count: texts.count)
        let same = zip(texts, fitted).filter { assigner.place($0.0).theme == $0.1 }.count
        #expect(Double(same) >= floor * Double(texts.count), "\(same) of \(texts.count) placed in their fitted theme")
    }

    @Test("A text about none of the themes is far from every theme; one like a theme's documents is not")
    func farFromEveryTheme() throws {
        let (texts, _) = ThemeTests.planted()
        let model = try #require(Self.finder(.kmeans).themesAndModel(texts, k: 3).model)
        let assigner = ThemeAssigner(model: model, segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        let near = assigner.place("公交线路班次太少，站台换乘不便，希望有关部门尽快解决")
        #expect(near.theme != nil && !near.far, "\(near)")
        let other = assigner.place("篮球比赛决赛门票价格上涨，球迷抱怨体育馆座位太少")
        #expect(other.far, "\(other)")
        #expect(other.distance > near.distance)
        // Nothing the model knows: no theme at all.
        #expect(assigner.place("！？。") == .nowhere)
    }

    @Test("Another format version, another file, or a cut file is refused with an error naming the file")
    func refusesOtherFiles() throws {
        let (texts, _) = ThemeTests.planted()
        let bytes = try #require(Self.finder(.kmeans).themesAndModel(texts, k: 3).model).serialized()
        var newer = bytes
        newer[8] = 2
        #expect(throws: TopicsError.self) { try ThemeModel(serialized: newer, name: "themes.model") }
        do { _ = try ThemeModel(serialized: newer, name: "themes.model") } catch {
            #expect(error.input == "themes.model")
            #expect(error.reason.contains("version 2") && error.reason.contains("version 1"), "\(error.reason)")
        }
        do { _ = try ThemeModel(serialized: Array("{\"not\": \"a model\"}".utf8), name: "x.json"); Issue.record("accepted JSON") } catch {
            #expect(error.input == "x.json" && error.reason.contains("not a theme model"), "\(error.reason)")
        }
        for cut in [12, bytes.count / 2, bytes.count - 1] {
            do { _ = try ThemeModel(serialized: Array(bytes.prefix(cut)), name: "cut.model"); Issue.record("accepted \(cut) bytes") } catch {
                #expect(error.input == "cut.model" && error.reason.contains("damaged"), "\(error.reason)")
            }
        }
    }

    @Test("Refitting a model on its own documents moves nobody and keeps names; on half of them every document keeps its theme id")
    func update() throws {
        let (texts, groups) = ThemeTests.planted()
        let finder = Self.finder(.kmeans)
        let fit = finder.themesAndModel(texts, k: 3)
        let model = try #require(fit.model)
        let same = finder.update(model, texts: texts)
        #expect(same.changed == 0)
        #expect(same.model.themes.map(\.name) == model.themes.map(\.name))
        #expect(same.after.map { $0 + 1 } == Self.fittedThemes(fit.themes, count: texts.count))
        // Half the documents: each group stays under its theme id.
        let half = Array(texts.indices.filter { $0 % 2 == 0 })
        let refit = finder.update(model, texts: half.map { texts[$0] })
        let fitted = Self.fittedThemes(fit.themes, count: texts.count)
        #expect(zip(half, refit.after).allSatisfy { fitted[$0.0] == $0.1 + 1 })
        #expect(refit.model.themes.map(\.size).reduce(0, +) == half.count)
        #expect(Set(half.map { groups[$0] }).count == 3)
    }

    @Test("The mixture's tabled logarithms pick the theme the plain log-probability picks, for short documents and past the table's end")
    func mixtureTables() throws {
        let (texts, _) = ThemeTests.planted()
        let model = try #require(Self.finder(.mixture).themesAndModel(texts, k: 3).model)
        let assigner = ThemeAssigner(model: model, segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        // log p(d | t) up to a constant, term by term as the GSDMM conditional reads.
        func plain(_ content: [String]) -> Int? {
            let ids = content.compactMap { w in model.vocabulary.firstIndex(of: w) }
            guard !ids.isEmpty else { return nil }
            let k = model.themes.count, vBeta = Double(model.vocabulary.count) * model.beta
            var scores: [Double] = []
            for t in 0..<k {
                var logp = log(Double(model.themes[t].size) + model.alpha)
                let wordsIn = (0..<model.vocabulary.count).reduce(0) { $0 + Int(model.wordCounts[$1 * k + t]) }
                for j in 0..<ids.count { logp -= log(Double(wordsIn) + vBeta + Double(j)) }
                var seen: [Int: Int] = [:]
                for w in ids.sorted() {
                    logp += log(Double(model.wordCounts[w * k + t]) + model.beta + Double(seen[w, default: 0]))
                    seen[w, default: 0] += 1
                }
                scores.append(logp)
            }
            return scores.indices.max { scores[$0] < scores[$1] }
        }
        let long = String(repeating: texts[0] + texts[1] + texts[0], count: 150)
        let contents = (texts + [long]).map { Shipped.segmenter.words($0).filter(Shipped.stopWords.isCandidate) }
        #expect(contents.last!.filter { model.vocabulary.contains($0) }.count > ThemeAssigner.maxTabled)
        // The same sums in the same order: the same theme for every document.
        #expect(contents.map(assigner.mixtureTheme) == contents.map(plain))
    }
}
