import ChineseText

/// The administrative areas a text names, at two levels: the city (地级市) and the county
/// (district, county, county-level city). Archives that hide real names code them: A市 is a
/// city, A3区, A7县 and A9市 are counties of city A (letters for the city, a number for the
/// county in it), so a code gives both levels. A real name ending in 县 (浏阳县) gives the county
/// only, and counts in a reply only when the message names it (the segmenter glues verbs to 县 in
/// replies: 转交县, 联系县), so it can agree but never contradict; real names ending in 区 are left out, because estates and neighbourhoods end the same way
/// (宿舍区, 安置区, 星沙2区), and so are real names ending in 市, which may be a city or a county.
struct Areas: Equatable {
    /// City keys: the letters of the codes (A for A市, A3区 and A9市).
    var cities: Set<String> = []
    /// County keys: the codes with a number (A3区) and real county names (浏阳县).
    var counties: Set<String> = []
    /// Every area as written, in order of first mention.
    var names: [String] = []

    var isEmpty: Bool { cities.isEmpty && counties.isEmpty }

    /// The coded areas in `text` (A市, A3区, L10县, A9市): one or two capital letters not preceded by
    /// a letter or digit (UU008111 is a user code, not an area), digits, then 市, 区 or 县.
    init(codesIn text: ScalarText) {
        let s = text.scalars
        var i = 0
        while i < s.count {
            guard Self.isCapital(s[i]), i == 0 || !(ScalarText.isLatin(s[i - 1]) || ScalarText.isDigit(s[i - 1])) else { i += 1; continue }
            var e = i
            while e < s.count && Self.isCapital(s[e]) && e - i < 3 { e += 1 }
            let letters = i..<e
            while e < s.count && s[e] >= 0x30 && s[e] <= 0x39 && e - letters.upperBound < 3 { e += 1 }
            guard letters.count <= 2, e < s.count, Self.levels.contains(s[e]) else { i = max(e, i + 1); continue }
            let city = text.string(letters)
            cities.insert(city)
            let name = text.string(i..<(e + 1))
            if e > letters.upperBound { counties.insert(name) }
            if !names.contains(name) { names.append(name) }
            i = e + 1
        }
    }

    /// Adds the real county names among `places` (as `Places.find` returns them): ending in 县, not coded.
    mutating func insertCounties(from places: [String]) {
        for p in places where p.hasSuffix("县") && !Self.isCode(p) && p.unicodeScalars.count >= 3 {
            counties.insert(p)
            if !names.contains(p) { names.append(p) }
        }
    }

    /// Whether `place` is a coded area (A市, A3区).
    static func isCode(_ place: String) -> Bool {
        let s = place.unicodeScalars.map(\.value)
        return !s.isEmpty && Areas(codesIn: ScalarText(scalars: s)).names == [place]
    }

    @inline(__always) static func isCapital(_ s: UInt32) -> Bool { s >= 0x41 && s <= 0x5A }
    static let levels: Set<UInt32> = Set("市区县".unicodeScalars.map(\.value))
}

/// Whether a reply's areas agree with its message's (see `ReplyAnalyzer.relevance`).
public enum AreaAgreement: String, Sendable, Equatable {
    /// The reply names one of the message's counties.
    case sameCounty = "same county"
    /// The reply names the message's city, and no county against the message's.
    case sameCity = "same city"
    /// The reply or the message names no area: nothing either way.
    case unknown
    /// The reply names only other areas: another city, or another county of the city.
    case other = "another area"

    /// How far the agreement shows that the reply is about the message's place: 1, 0.75, 0.5, 0.
    public var value: Double {
        switch self {
        case .sameCounty: 1
        case .sameCity: 0.75
        case .unknown: 0.5
        case .other: 0
        }
    }

    /// Cities first: a reply naming only cities other than the message's is about another place;
    /// then counties when both name one; then a shared city.
    init(message m: Areas, reply r: Areas) {
        if !m.cities.isEmpty && !r.cities.isEmpty && m.cities.isDisjoint(with: r.cities) { self = .other }
        else if !m.counties.isEmpty && !r.counties.isEmpty { self = m.counties.isDisjoint(with: r.counties) ? .other : .sameCounty }
        else if !m.cities.isDisjoint(with: r.cities) { self = .sameCity }
        else { self = .unknown }
    }
}
