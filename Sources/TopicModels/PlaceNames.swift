import ChineseText

/// A specific place a message names: an estate, a road, a village, a school, a hospital, a company.
public struct PlaceName: Sendable, Equatable, Hashable {
    /// As written, without the city or district in front (`丽发新城小区`, `联丰路`, `金鼎村`).
    public var text: String
    /// What two mentions of the same place share: the text without a generic ending
    /// (`丽发新城小区`, `丽发新城社区` and `丽发新城` all have the key `丽发新城`).
    public var key: String
    public init(text: String, key: String) { self.text = text; self.key = key }

    /// A road, street, town or township (联丰路, 暮云街道, 春华镇): an area many sites share, not a
    /// site (an estate, a school, a company) of its own.
    public var isArea: Bool {
        ["路", "街", "大道", "巷", "街道", "镇", "乡", "道"].contains { text.hasSuffix($0) }
    }
}

/// Specific places in segmented text, found from the segmenter's words: a word that is a place
/// ending (`小区`, `医院`, `路` …) joined to the name words before it (`丽发` `新城` `小区`), or a
/// word of three or more characters that ends like a place (`联丰路`, `金鼎村`, `丽发新城`).
/// Cities, districts and counties (`A市`, `A2区`, `岳麓区`) are regions, not places: see `Regions`.
/// Generic mentions (`小区`, `我们小区`, `附近学校`, `老旧小区`) are not places.
public enum PlaceNames {
    /// Places in `words` (the segmenter's words of one text), in order, each once. Words for
    /// which `common` is true (words found in many documents of the archive: 建设, 距离, 配套)
    /// are not part of a name.
    public static func find(in words: [String], stopWords: StopWords, common: (String) -> Bool = { _ in false }) -> [PlaceName] {
        var out: [PlaceName] = []
        var seen: Set<String> = []
        func add(_ text: String, ending: String?) {
            var key = text
            for suffix in genericEndings where key.hasSuffix(suffix) && key.count - suffix.count >= 2 {
                key = String(key.dropLast(suffix.count)); break
            }
            if let ending, ending.count == 1, key.count < 3 { return }   // 某村, 东路: too short to name a place
            guard !genericNames.contains(key), !key.hasSuffix("政府"), seen.insert(text).inserted else { return }
            out.append(PlaceName(text: text, key: key))
        }
        var i = 0
        while i < words.count {
            let word = words[i]
            if endings.contains(word) {
                // Name words right before the ending: at most three, at most eight characters; a
                // place ending before it (暮云 街道 | 丽发 新城) belongs to another place.
                var start = i, length = 0
                while start > 0, i - start < 3 {
                    let previous = words[start - 1]
                    // Right before the ending a place's own name may end like one (丽发新城 小区, 丽发 新城 社区).
                    let adjacent = start == i
                    guard previous == "之" || (isNameWord(previous, stopWords: stopWords) && !common(previous) && !genericNames.contains(previous)),
                          adjacent || (!endings.contains(previous) && !endsLikePlace(previous)), length + previous.count <= 8 else { break }
                    length += previous.count
                    start -= 1
                }
                while start < i, words[start] == "之" { length -= 1; start += 1 }
                if start < i, length >= 2 {
                    // A name ending in another ending word (丽发新城 小区) is kept whole.
                    add(words[start...i].joined(), ending: word)
                }
            } else if endsLikePlace(word), !genericNames.contains(word), !common(word),
                      isNameWord(String(word.dropLast()), stopWords: stopWords) {
                // 丽发新城 followed by 小区 is taken with its ending on the next word.
                if i + 1 < words.count, endings.contains(words[i + 1]) { i += 1; continue }
                add(word, ending: word.last.map { String($0) })
            }
            i += 1
        }
        return out
    }

    /// A word of three or more characters ending like a place (劳动东路, 金鼎村, 丽发新城).
    static func endsLikePlace(_ word: String) -> Bool {
        word.count >= 3 && word.last.map(endingCharacters.contains) == true
    }

    /// Whether a word can be part of a place's name: Han characters, Latin letters or digits (a
    /// block `G2`, `7号`), not a stop word, not a region (`A市`, `A2区`) or a word of position
    /// (`附近`, `旁边`) or kind (`老旧`, `新建`).
    static func isNameWord(_ word: String, stopWords: StopWords) -> Bool {
        guard !word.isEmpty, !stopWords.contains(word), !notNames.contains(word), !Placeholders.isPlaceholder(word) else { return false }
        if let last = word.last, word.count >= 2, last == "市" || last == "区" || last == "县" || last == "省" { return false }
        var han = 0
        for s in word.unicodeScalars {
            switch ScalarClass.of(s.value) {
            case .han: han += 1
            case .latin, .digit: break
            default: return false
            }
        }
        return han > 0 || word.count >= 2
    }

    /// Words that end a place name when a name stands before them.
    static let endings: Set<String> = [
        "小区", "社区", "花园", "家园", "公寓", "大厦", "广场", "新城", "村", "路", "街", "大道", "巷",
        "学校", "小学", "中学", "大学", "学院", "幼儿园", "医院", "卫生院", "公司", "集团", "市场", "公园", "街道",
        "镇", "乡", "工业园", "商场", "高铁站", "地铁站", "汽车站", "楼盘", "项目", "一期", "二期", "三期", "苑", "城",
        "中心", "酒店", "宾馆", "小镇", "山庄", "府", "湾", "国际", "华府", "名城", "雅苑", "佳园", "新村", "景区", "厂",
    ]

    /// The last character of a one-word place name (`联丰路`, `金鼎村`, `丽发新城`, `湘江苑`).
    static let endingCharacters: Set<Character> = ["村", "路", "街", "苑", "园", "城", "湾", "府", "镇", "乡", "院", "校", "司", "厂", "庭", "居", "寓", "厦"]

    /// Endings dropped to compare two mentions of one place.
    static let genericEndings = ["小区", "社区", "项目", "一期", "二期", "三期", "楼盘"]

    /// Words that look like places but name none.
    static let genericNames: Set<String> = [
        "小区", "社区", "学校", "医院", "公司", "村", "农村", "城市", "县城", "省城", "进城", "全城", "同城", "城乡", "县乡",
        "乡镇", "城镇", "道路", "马路", "公路", "铁路", "线路", "思路", "出路", "门路", "套路", "网路", "电路", "水路",
        "家园", "校园", "公园", "花园", "幼儿园", "庭院", "法院", "医院", "学院", "研究院", "卫生院", "养老院", "敬老院",
        "电影院", "检察院", "国务院", "住院", "大院", "小院", "院校", "高校", "母校", "党校", "驾校", "学校", "公司",
        "子公司", "总公司", "分公司", "物业公司", "上司", "官司", "工厂", "药厂", "厂", "家居", "邻居", "新居", "居",
        "故居", "民居", "定居", "同居", "移居", "本村", "该村", "我村", "全村", "邻村", "各村", "村村", "新农村", "美丽乡村",
        "街", "大街", "小街", "上街", "商业街", "步行街", "老街", "沿街", "临街", "扫街", "该小区", "本小区", "我们小区",
        "老旧小区", "新小区", "老小区", "城中村", "棚户区", "开发商", "物业", "业主", "法庭", "家庭", "门庭", "前庭",
        "该镇", "本镇", "全镇", "我镇", "各乡镇", "乡村", "下乡", "回乡", "家乡", "老乡", "异乡", "城区", "市区",
        "项目", "中心", "国际", "楼盘", "一期", "二期", "三期", "该项目", "本项目", "政府", "人民政府", "市政府",
    ]

    /// Words that are never part of a place's name.
    static let notNames: Set<String> = [
        "附近", "旁边", "周边", "周围", "对面", "旁", "边", "里", "内", "外", "前", "后", "门口", "所在", "居住", "整个",
        "多个", "各个", "每个", "新建", "老旧", "在建", "该", "本", "我", "我们", "他们", "你们", "这个", "那个", "这些",
        "那些", "位于", "地处", "座落", "坐落", "住在", "在", "到", "从", "向", "对", "和", "与", "及", "的", "了", "是",
        "有", "无", "个", "所", "家", "各", "全", "某", "某某", "XX", "xx", "投诉", "反映", "举报", "关于", "建议", "咨询",
        "请问", "希望", "要求", "请求", "政府", "部门", "领导", "市民", "居民", "附属", "一所", "一家", "一个", "民办",
        "公办", "私立", "公立", "省级", "市级", "县级", "区级", "重点", "示范", "周边的", "相关", "有关", "当地",
        "市属", "区属", "县属", "省属", "众多", "多家", "多所", "周边", "一些", "部分", "所有", "距离", "配套", "开设", "设置", "新增", "修建", "建设", "规划", "反对", "支持",
    ]
}

/// Placeholder names the anonymised archives use instead of real ones: `A市`, `A7县`, `A2区`,
/// `K8县`, `XX`, `某某`. They say nothing about a matter unless every document shares them.
public enum Placeholders {
    public static func isPlaceholder(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return false }
        if word == "XX" || word == "xx" || word == "某某" || word == "某" || word.allSatisfy({ $0 == "X" || $0 == "x" || $0 == "某" }) { return true }
        // One capital letter, digits, then at most one region character.
        guard scalars.count <= 5, (0x41...0x5A).contains(scalars[0].value) else { return false }
        var k = 1
        while k < scalars.count, (0x30...0x39).contains(scalars[k].value) { k += 1 }
        if k == scalars.count { return false }   // G2: a block, part of a name
        return k == scalars.count - 1 && "市区县省镇乡村".unicodeScalars.contains(scalars[k])
    }
}
