import ChineseText

/// Places a message names: districts, counties, towns, villages, streets, roads and housing
/// estates (A3区, 黄兴镇, 大众村, 潇楚南路, 景蓉华苑), found among its segmented words by their
/// ending, with the generic words that end the same way (小区, 全市, 道路) left out.
enum Places {
    static let endings: [[UInt32]] = ["街道", "社区", "小区", "花园", "大道", "新城", "广场", "公园",
                                      "区", "县", "市", "镇", "乡", "村", "路", "街", "巷", "苑", "园", "城", "湾", "组", "桥"]
        .map { $0.unicodeScalars.map(\.value) }

    /// The characters that end a place's name and start a unit's: 市 区 县 镇 乡 省 州 旗.
    static let markers: Set<UInt32> = Set("市区县镇乡省州旗".unicodeScalars.map(\.value))

    /// Words that start with a marker without being a place (市场, 市民).
    static let startingWithAMarker: Set<String> = ["市场", "市民", "区域", "市区", "县城", "镇上", "乡里", "省内", "省外", "市内", "市外"]

    static let generic: Set<String> = [
        "小区", "社区", "城区", "园区", "景区", "片区", "校区", "郊区", "地区", "辖区", "市区", "山区", "新区", "街区",
        "该区", "本区", "全区", "我区", "各区", "全县", "本县", "我县", "该县", "各县", "县城", "城市", "全市", "本市", "我市",
        "该市", "各市", "上市", "超市", "市场", "城乡", "农村", "乡村", "乡镇", "村民", "全村", "本村", "该村", "我村", "村里",
        "道路", "马路", "公路", "铁路", "线路", "出路", "思路", "街道", "大街", "花园", "公园", "广场", "乡下", "家乡", "城镇",
        "全镇", "本镇", "该镇", "我镇", "各镇", "小组", "工作组", "村组", "专案组", "该小区", "本小区", "我们小区", "居住区",
        "开发区", "住宅区", "商业区", "生活区", "工业区", "新城", "县市", "省市", "市县", "市民", "城管", "进城", "京城",
        "大道", "幼儿园", "校园", "家园", "桥梁", "港湾", "组组", "小区里", "市民", "区域", "镇上", "乡里", "省内", "省外",
    ]

    /// The places among `words`, each once, in order of first mention.
    static func find(in words: [String]) -> [String] {
        var seen = Set<String>()
        var places: [String] = []
        for word in words {
            let scalars = word.unicodeScalars.map(\.value)
            guard (2...12).contains(scalars.count), !generic.contains(word), !seen.contains(word) else { continue }
            guard endings.contains(where: { e in scalars.count > e.count && scalars.suffix(e.count).elementsEqual(e) }) else { continue }
            // At least one Han character or a Latin code before the ending (A3区), and no digits only.
            guard scalars.dropLast().contains(where: { ScalarClass.of($0) == .han || ScalarClass.of($0) == .latin }) else { continue }
            seen.insert(word)
            places.append(word)
        }
        return places
    }
}
