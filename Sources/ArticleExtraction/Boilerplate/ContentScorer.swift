/// Finds the element that holds the article body, by text and punctuation density against link
/// density (the approach readability and GNE popularised), with no rules for particular sites.
///
/// Every block of running text scores by its length and its sentence punctuation, discounted by
/// the share of its text inside links; the score flows up to the enclosing elements with
/// decaying weight, so the winner is the tightest element that holds most of the prose. Menus,
/// link lists and footers score near zero: short, few commas, mostly links.
struct ContentScorer {
    let tree: HTMLTree
    let blocks: [TextBlock]

    /// Content characters in each node's subtree, and those inside links.
    private var content: [Int32] = []
    private var linked: [Int32] = []
    /// Each element's children that are elements or hold text.
    private var children: [Int32] = []

    init(tree: HTMLTree, blocks: [TextBlock]) {
        self.tree = tree
        self.blocks = blocks
        subtreeCounts()
    }

    /// Sums text counts bottom-up in one reverse pass (children always follow their parent).
    private mutating func subtreeCounts() {
        let n = tree.nodes.count
        content = [Int32](repeating: 0, count: n)
        linked = [Int32](repeating: 0, count: n)
        children = [Int32](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let tag = tree.nodes[i].tag, parent = Int(tree.nodes[i].parent)
            if tag == .text {
                content[i] = Int32(tree.nodes[i].counts.content)
            } else if tag == .a {
                linked[i] = content[i]
            }
            if parent >= 0 {
                content[parent] += content[i]
                linked[parent] += linked[i]
                if tag != .text || content[i] > 0 { children[parent] += 1 }
            }
        }
    }

    func linkDensity(_ node: Int) -> Double {
        content[node] == 0 ? 1 : Double(linked[node]) / Double(content[node])
    }

    func contentCount(_ node: Int) -> Int { Int(content[node]) }

    /// The selected body blocks (indices into `blocks`), in document order, or [] when the page
    /// holds no running text.
    /// With `range`, only the blocks in it are scored and kept (the text under one headline, on a page that goes on
    /// with another article).
    func bodyBlockIndices(within range: Range<Int>? = nil) -> [Int] {
        var proseLists: [Int: Bool] = [:]
        var (best, bestScore, scores, textScores) = topElement(withProseLists: false, proseLists: &proseLists, range: range)
        // List items are not scored (as in readability): link lists and reply lists are made of them. A post written
        // as a list, one line an item, is the one exception, when the text found without it is a fraction of the list's.
        if proseLists.contains(where: { $0.value && contentCount($0.key) >= 2 * (best >= 0 ? contentCount(best) : 0) }) {
            (best, bestScore, scores, textScores) = topElement(withProseLists: true, proseLists: &proseLists, range: range)
        }
        guard best >= 0 else { return [] }
        var finals: [Int: Double] = [:]
        for (node, score) in scores { finals[node] = score * (1 - linkDensity(node)) }
        let found = bodyBlocks(best: best, bestScore: bestScore, finals: finals, textScores: textScores)
        guard let range else { return found }
        return found.filter(range.contains)
    }

    /// The element holding most of the running text, with every scored element's score and text score. The lists
    /// of list entries are judged as prose lists on the way (into `proseLists`); their entries are scored only
    /// `withProseLists`, when theirs is one.
    private func topElement(withProseLists: Bool, proseLists: inout [Int: Bool], range: Range<Int>?)
        -> (best: Int, bestScore: Double, scores: [Int: Double], textScores: [Int: Double]) {
        var scores: [Int: Double] = [:]
        var textScores: [Int: Double] = [:]
        let weights: [Double] = [1, 0.5, 1.0 / 6, 1.0 / 9, 1.0 / 12]
        var linkedLists: [Int: Bool] = [:]  // each definition list judged once
        for block in blocks[range ?? blocks.indices] where block.counts.content >= 10 && block.linkDensity < 0.5
            && !(block.inListItem && inListEntry(block) && !(inProseList(block, known: &proseLists) && withProseLists))
            && !inLinkedDefinitionList(block, known: &linkedLists) {
            let score = (1 + Double(block.counts.punctuation) + min(Double(block.counts.content) / 50, 3))
                * (1 - block.linkDensity)
            var node = block.container
            // A paragraph element credits its parent in full, as text written straight into a <div> does.
            if tree.nodes[node].tag.isParagraphLike, tree.nodes[node].parent >= 0 { node = Int(tree.nodes[node].parent) }
            var level = 0
            while level < weights.count, node >= 0 {
                if scores[node] == nil { scores[node] = initialScore(node) }
                scores[node]! += score * weights[level]
                textScores[node, default: 0] += score * weights[level]
                node = Int(tree.nodes[node].parent)
                // A wrapper around this element alone is the same box, not a level further out
                // (editors nest each paragraph in sections, `<section><section><p>`; CMS templates
                // wrap the text in layers of bare `<div>`s). A wrapper named as content (+25) counts
                // as a level, except right around the text, so a page's `main` around everything
                // does not take the text's full score with its name.
                if node < 0 || children[node] != 1 || (level > 0 && classWeight(node) > 0) { level += 1 }
            }
        }
        var best = -1
        var bestScore = 0.0
        for (node, score) in scores {
            let final = score * (1 - linkDensity(node))
            if final > bestScore || (final == bestScore && node < best) {
                best = node
                bestScore = final
            }
        }
        return (best, bestScore, scores, textScores)
    }

    private func bodyBlocks(best: Int, bestScore: Double, finals: [Int: Double], textScores: [Int: Double]) -> [Int] {
        // A sibling joins by its text, not by its name: an element named `content` or `article`
        // (+25) holding one line beside the article is a notice, a credit or a meta line
        // (`Source: SHINE Editor: Shen Ke`, `【上報徵稿】`, `姓名：… 工作单位：`).
        let mostText = textScores.values.max() ?? 0
        var roots = withSiblings(best, score: bestScore, finals: finals.filter { textScores[$0.key, default: 0] * Self.siblingTextShare >= mostText })
        let box = wrappers(of: best)
        // The lead paragraph in a wrapper of its own right before the text's (`<div id="upper"><p>【明報專訊】…</p></div>
        // <script/><div id="lower">…`), when not named as a summary, opens the text.
        if let outer = box.last, tree.nodes[outer].parent >= 0,
           let lead = tree.elementChildren(of: Int(tree.nodes[outer].parent)).last(where: { $0 < outer && content[$0] > 0 }),
           onlyParagraph(in: lead), contentCount(lead) > 80, linkDensity(lead) < 0.25, !namesSummary(lead), !roots.contains(lead) {
            roots = ([lead] + roots).sorted()
        }
        // A text set in parts of one class (`<div class="article-partial"><div class="article-body-item">` three
        // times): the wrapper's siblings of its class, when the class names content (`article-partial`, not a layout
        // grid's `row-fluid`), are the other parts.
        for wrapper in box.dropFirst() {
            guard let name = tree.attribute("class", of: wrapper), !name.isEmpty, classWeight(wrapper) > 0 else { continue }
            let parts = tree.elementChildren(of: Int(tree.nodes[wrapper].parent)).filter { $0 != wrapper && tree.attribute("class", of: $0) == name }
            if !parts.isEmpty {
                roots = (roots + [wrapper] + parts).sorted()
                break
            }
        }
        return firstPostOnly(blocks.indices.filter { i in roots.contains { tree.isInside(blocks[i].firstNode, $0) } })
    }

    /// A block inside a list entry, not inside a page column laid out as a list item (`<ul class="two-coloum">
    /// <li class="left-main">` holding the headline and the whole article): the nearest `<li>` is an
    /// entry unless it holds `columnContent` characters and a headline (`<h1>`–`<h3>`) of its own. A long
    /// reply in a reply list has no headline; a news list's entry with one is short.
    private func inListEntry(_ block: TextBlock) -> Bool {
        var item = block.container
        while item >= 0, tree.nodes[item].tag != .li { item = Int(tree.nodes[item].parent) }
        guard item >= 0, item != block.container, content[item] >= Self.columnContent else { return true }
        return !(item + 1..<Int(tree.nodes[item].end)).contains { (1...3).contains(tree.nodes[$0].tag.headingLevel) }
    }

    /// A block in a list written as prose, one line an item (a post set as `<ul><li>应该是中学开始</li><li>有个问题就一直困扰着我</li>…`):
    /// at least `minimumPosts` items, each bare text (no link, image or block inside), `proseListContent` characters in
    /// all. Menus and link lists have links; reply lists give each entry a name, a time and a text in elements of their own.
    private func inProseList(_ block: TextBlock, known: inout [Int: Bool]) -> Bool {
        guard let item = tree.nearestAncestor(of: block.container, levels: 3, where: { tree.nodes[$0].tag == .li }) else { return false }
        let list = Int(tree.nodes[item].parent)
        guard list >= 0, tree.nodes[list].tag == .ul || tree.nodes[list].tag == .ol else { return false }
        if let answer = known[list] { return answer }
        let items = tree.elementChildren(of: list)
        let answer = items.count >= Self.minimumPosts && content[list] >= Self.proseListContent && linked[list] == 0
            && items.allSatisfy { tree.nodes[$0].tag == .li }
            && !(list + 1..<Int(tree.nodes[list].end)).contains { node in
                switch tree.nodes[node].tag {
                case .text, .li, .b, .strong, .em, .i, .u, .span, .font, .br, .sup, .sub, .small, .big: false
                default: true
                }
            }
        known[list] = answer
        return answer
    }

    /// A block in a definition list whose terms are links (`<dl><dt><a>标题</a></dt><dd>摘要…</dd>` over and over, in one
    /// list or in sibling lists of one pair each): other articles' titles and excerpts (a CMS's 相关文章), not scored as
    /// text, as list items are not.
    private func inLinkedDefinitionList(_ block: TextBlock, known: inout [Int: Bool]) -> Bool {
        guard let list = tree.nearestAncestor(of: block.container, levels: 4, where: { tree.nodes[$0].tag == .dl }) else { return false }
        let parent = Int(tree.nodes[list].parent)
        guard parent >= 0 else { return false }
        if let answer = known[parent] { return answer }
        let lists = tree.elementChildren(of: parent).filter { tree.nodes[$0].tag == .dl }
        let terms = lists.flatMap { tree.elementChildren(of: $0).filter { tree.nodes[$0].tag == .dt } }
        let linked = terms.filter { term in content[term] > 0 && linkDensity(term) >= 0.8 }
        let answer = terms.count >= Self.minimumPosts && linked.count * 10 >= terms.count * 8
        known[parent] = answer
        return answer
    }

    static let columnContent: Int32 = 800
    static let proseListContent: Int32 = 150
    /// A sibling of the top element joins when its text scores at least a tenth of the most text's.
    static let siblingTextShare = 10.0

    /// Tag and class/id hints, as readability weighs them.
    private func initialScore(_ node: Int) -> Double {
        var score = 0.0
        switch tree.nodes[node].tag {
        case .div, .article, .main: score += 5
        case .pre, .td, .blockquote, .section: score += 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score -= 3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score -= 5
        default: break
        }
        return score + classWeight(node)
    }

    func classWeight(_ node: Int) -> Double {
        var weight = 0.0
        for name in ["class", "id"] {
            guard let value = tree.attribute(name, of: node)?.lowercased(), !value.isEmpty else { continue }
            if value.countBytes(of: Self.negativePhrases, stopAt: 1) > 0 { weight -= 25 }
            if value.countBytes(of: Self.positivePhrases, stopAt: 1) > 0 { weight += 25 }
        }
        return weight
    }

    static let negativeHints = [
        "comment", "footer", "foot", "nav", "menu", "sidebar", "side", "share", "related", "recommend",
        "copyright", "breadcrumb", "crumb", "banner", "login", "advert", "sponsor", "popup", "tags", "hot",
        "rank", "widget", "toolbar", "social", "author", "byline", "modal",
    ]
    private static let negativePhrases = PhraseList(negativeHints), positivePhrases = PhraseList(positiveHints)
    /// Names of a summary or description box (`article-summary`, `zhaiyao`, `leadin`).
    private static let summaryPhrases = PhraseList(["summ", "abstract", "digest", "zhaiyao", "daoyu", "desc", "intro", "lead"])
    static let positiveHints = [
        "article", "content", "text", "body", "main", "post", "entry", "detail", "news", "zw", "story",
    ]

    /// The top element plus siblings that look like more of the same article (readability's rule).
    private func withSiblings(_ top: Int, score: Double, finals: [Int: Double]) -> [Int] {
        let parent = Int(tree.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let threshold = max(10, score * 0.2)
        let topClass = tree.attribute("class", of: top)
        var roots: [Int] = []
        for child in tree.elementChildren(of: parent) {
            if child == top {
                roots.append(child)
                continue
            }
            var siblingScore = finals[child] ?? 0
            if let topClass, !topClass.isEmpty, tree.attribute("class", of: child) == topClass { siblingScore += score * 0.2 }
            if siblingScore >= threshold {
                roots.append(child)
            } else if tree.nodes[child].tag == .p {
                let length = contentCount(child)
                let density = linkDensity(child)
                // A photo's caption beside the text (`<p class="article-detail_caption">▲ …（程志遠攝）</p>`) is in-flow
                // text too, though its credit ends it.
                if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && (endsSentence(child) || namesCaption(child))) {
                    roots.append(child)
                }
            }
        }
        return roots
    }

    /// The element and the wrappers around it alone (the same box), innermost first, inside `<body>`.
    private func wrappers(of node: Int) -> [Int] {
        var chain = [node]
        while let last = chain.last, tree.nodes[last].parent >= 0 {
            let parent = Int(tree.nodes[last].parent)
            guard children[parent] == 1, tree.nodes[parent].tag != .body, tree.nodes[parent].parent >= 0 else { break }
            chain.append(parent)
        }
        return chain
    }

    /// An element wrapping one paragraph and nothing else with text: `<div id="upper"><p>…</p></div>`.
    private func onlyParagraph(in node: Int) -> Bool {
        guard tree.nodes[node].tag == .div, children[node] == 1 else { return false }
        return tree.elementChildren(of: node).contains { tree.nodes[$0].tag == .p && content[$0] == content[node] }
    }

    /// A box named as a summary or a description (`article-summary`, `abstract`, `zhaiyao`), or one of its elements.
    private func namesSummary(_ node: Int) -> Bool {
        for n in [node] + tree.elementChildren(of: node) {
            for name in ["class", "id"] {
                if let value = tree.attribute(name, of: n)?.lowercased(), value.countBytes(of: Self.summaryPhrases, stopAt: 1) > 0 { return true }
            }
        }
        return false
    }

    private func namesCaption(_ node: Int) -> Bool {
        tree.attribute("class", of: node)?.lowercased().containsBytes("caption") ?? false
    }

    private func endsSentence(_ node: Int) -> Bool {
        guard let last = tree.text(of: node).unicodeScalars.last else { return false }
        return last == "。" || last == "." || last == "！" || last == "？"
    }
}

extension HTMLTag {
    /// Elements that hold one paragraph of running text rather than a section of them.
    var isParagraphLike: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dd, .dt, .blockquote, .figcaption, .caption, .pre, .address:
            true
        default:
            false
        }
    }
}
