import Foundation
import Testing
import TopicModels
import TopicsTestSupport

/// Issue 22: the signatures `topics dedupe --signatures` writes, grouped the way a Spark job groups
/// them, give the groups `topics dedupe` gives.
@Suite("Near-duplicate sketches")
struct NearDuplicateTests {
    /// Real messages, and copies of some of them: the same text with its punctuation changed (an
    /// exact duplicate), with a greeting and a sign-off around it (a reprint), or with 1 to 40
    /// characters replaced (near the threshold on both sides). Interleaved, so a copy can come
    /// before its original.
    static func archive() throws -> [String] {
        let lines = try String(contentsOf: Fixtures.shared("topics/teddy2020_msgs.dev.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let originals: [String] = try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (object["title"] as? String ?? "") + "\n" + (object["text"] as? String ?? "")
        }
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        let filler = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
        var texts: [String] = []
        for (i, original) in originals.enumerated() {
            texts.append(original)
            switch i % 5 {
            case 0:
                texts.append(original.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "。", with: "."))
            case 1:
                texts.append("尊敬的领导：您好！\n" + original + "\n以上，望回复为盼，谢谢！")
            case 2, 3:
                var chars = Array(original)
                for _ in 0..<(1 + next(40)) where !chars.isEmpty { chars[next(chars.count)] = filler[next(filler.count)] }
                texts.insert(String(chars), at: texts.count - 1 - next(2))
            default:
                break
            }
        }
        return texts
    }

    /// The grouping a shuffle does, written apart from `NearDuplicates.groups`: documents keyed by
    /// their key strings, each key's lowest index paired with the others, pairs verified by
    /// estimated Jaccard, connected components by breadth-first search.
    static func shuffleGroups(_ sketches: [NearDuplicates.Sketch?], threshold: Double) -> [[Int]] {
        var byKey: [String: [Int]] = [:]
        for (i, sketch) in sketches.enumerated() {
            guard let sketch else { continue }
            for key in NearDuplicates.keyStrings(sketch) { byKey[key, default: []].append(i) }
        }
        var neighbours: [Int: [Int]] = [:]
        for members in byKey.values where members.count > 1 {
            let anchor = members.min()!
            for m in members where m != anchor
                && NearDuplicates.estimatedJaccard(sketches[anchor]!.minhash, sketches[m]!.minhash) >= threshold {
                neighbours[anchor, default: []].append(m)
                neighbours[m, default: []].append(anchor)
            }
        }
        var seen: Set<Int> = [], groups: [[Int]] = []
        for start in neighbours.keys.sorted() where !seen.contains(start) {
            var component = [start], queue = [start]
            seen.insert(start)
            while let node = queue.popLast() {
                for n in neighbours[node] ?? [] where seen.insert(n).inserted { component.append(n); queue.append(n) }
            }
            groups.append(component.sorted())
        }
        return groups.sorted { $0[0] < $1[0] }
    }

    @Test("Band keys → candidate pairs → verified by estimated Jaccard → connected components: the groups of `groups`", arguments: [0.5, 0.7, 0.9])
    func shuffleMatchesSingleMachine(threshold: Double) throws {
        let texts = try Self.archive()
        let duplicates = NearDuplicates(threshold: threshold)
        let expected = duplicates.groups(texts)
        let sketches = texts.map { duplicates.sketch($0) }
        #expect(Self.shuffleGroups(sketches, threshold: threshold) == expected)
        // Not trivially equal: there are groups, and copies that stay apart.
        let grouped = expected.reduce(0) { $0 + $1.count }
        #expect(expected.count >= 50, "\(expected.count) groups")
        #expect(grouped < texts.count - 247 + expected.count, "every copy grouped: the test has no near miss")
    }

    @Test("A sketch depends on its text alone, names its keys by band, and an exact copy shares every key")
    func sketchShape() throws {
        let duplicates = NearDuplicates(threshold: 0.7)
        let text = "A2区暮云街道的交通规划严重滞后，希望有关部门尽快解决。"
        let sketch = try #require(duplicates.sketch(text))
        #expect(sketch.minhash.count == duplicates.hashes)
        let keys = NearDuplicates.keyStrings(sketch)
        #expect(keys.first?.hasPrefix("b00:") == true)
        #expect(keys.last?.hasPrefix("x:") == true)
        #expect(keys.allSatisfy { $0.split(separator: ":").last!.count == 16 })
        #expect(duplicates.sketch("A2区暮云街道的交通规划严重滞后,希望有关部门尽快解决.") == sketch)
        #expect(duplicates.sketch("。，！  ") == nil)
        #expect(NearDuplicates.estimatedJaccard(sketch.minhash, sketch.minhash) == 1)
        let other = try #require(duplicates.sketch("陇南市政协组织委员开展调研视察，围绕农村饮水安全提出建议。"))
        #expect(NearDuplicates.estimatedJaccard(sketch.minhash, other.minhash) < 0.2)
        #expect(Set(NearDuplicates.keyStrings(other)).isDisjoint(with: keys))
    }
}
