extension PageAnalysis {
    /// The name in an element named for the author or account: `<span class="author-name">`,
    /// WeChat's `#js_name` and `profile_nickname`, `<a class="username">`, a blog's profile box.
    /// Not inside comments or replies, nor in a menu above the headline (the visitor's own name
    /// beside 登录/退出); labelled (`作者：张三`) or a name alone.
    func authorBox(titleBlock: Int? = nil) -> String? {
        if let writer = weChatWriter() ?? microdataAuthor() { return writer }
        let headline = titleBlock.map { blocks[$0].firstNode } ?? 0
        var visitorMenus: [Int: Bool] = [:]  // each menu above the headline scanned once
        for node in tree.nodes.indices where tree.nodes[node].tag != .text && tree.nodes[node].attributeCount > 0 {
            guard isAuthorNamed(node), !insideOtherItems(node), !insideForm(node), !insideBox(named: Self.userBars, node, levels: 8), !tree.isHiddenWithAncestors(node),
                  node > headline || !inVisitorMenu(node, known: &visitorMenus), !afterEditorLabel(node) else { continue }
            let text = tree.text(of: node)
            let length = text.unicodeScalars.count
            guard length >= 2, length <= 40 else { continue }
            if let names = namesListed(in: node) { return names }
            if let value = BylineParser.value(after: BylineParser.authorLabels, in: text) {
                if let name = AuthorCleaner.clean(value) { return name }
                continue
            }
            // The name is the box's first piece of text: what follows is a badge or a button (`关注`).
            // `<div class="Byline">文字<a>何佳/爱白网</a></div>`: a role word alone, the name in the next piece of text.
            var first = firstText(of: node)
            if let role = first?.trimmingBytes(" :："), Self.roleWords.contains(role) {
                first = leadingTexts(of: node, count: 2).dropFirst().first
            }
            guard let first, first.unicodeScalars.count <= 24, DateParser.first(in: first) == nil,
                  !first.containsBytes("："), !first.containsBytes(":"), !Self.boxHeadings.contains(where: { first.containsBytes($0) }),
                  let name = AuthorCleaner.clean(first) else { continue }
            // `<span class="organization">工商時報</span><span class="name">沈賢有</span>`: the outlet, then the writer.
            // (`英国《金融时报》 <a>罗谢尔•托普兰斯基</a> 布鲁塞尔报道`: the paper's name in title marks, a foreign writer's name.)
            if SourceCleaner.endsAsOutlet(SourceCleaner.clean(first) ?? first, orChannel: true),
               let writer = leadingTexts(of: node, count: 2).dropFirst().first.flatMap(AuthorCleaner.clean)
                .flatMap({ ClosingBylines.personalName($0) ?? ClosingBylines.transliteratedName($0) }) {
                return writer
            }
            return name
        }
        return nil
    }

    /// `<ul class="authors"><li><a rel="author">帕里他•旺奇亚</a></li><li><a rel="author">范•兰芳</a></li></ul>`: a box that
    /// lists the writers, one name to an item.
    private func namesListed(in list: Int) -> String? {
        guard tree.nodes[list].tag == .ul || tree.nodes[list].tag == .ol else { return nil }
        let items = tree.elementChildren(of: list)
        guard (2...5).contains(items.count), items.allSatisfy({ tree.nodes[$0].tag == .li }) else { return nil }
        var names: [String] = []
        for item in items {
            let text = tree.text(of: item).collapsingWhitespace
            guard (2...24).contains(text.unicodeScalars.count), DateParser.first(in: text) == nil, !text.containsBytes("："), !text.containsBytes(":"),
                  !Self.boxHeadings.contains(where: text.containsBytes), let name = AuthorCleaner.clean(text), !names.contains(name) else { return nil }
            names.append(name)
        }
        return names.joined(separator: " ")
    }

    /// The name schema.org microdata marks as the article's author (`<span itemprop="author" itemscope
    /// itemtype="http://schema.org/Person">chuci</span>`, or its `itemprop="name"` inside), printed on the page:
    /// not in comments or other items' lists, not hidden.
    private func microdataAuthor() -> String? {
        for node in tree.nodes.indices where tree.nodes[node].tag != .text && tree.nodes[node].attributeCount > 0 {
            guard tree.attribute("itemprop", of: node)?.lowercased() == "author", !insideOtherItems(node),
                  !tree.isHiddenWithAncestors(node) else { continue }
            let named = (node..<Int(tree.nodes[node].end)).first { tree.nodes[$0].tag != .text && tree.attribute("itemprop", of: $0)?.lowercased() == "name" }
            let text = tree.text(of: named ?? node).collapsingWhitespace
            guard (2...24).contains(text.unicodeScalars.count), DateParser.first(in: text) == nil,
                  !text.containsBytes("："), !text.containsBytes(":"), let name = AuthorCleaner.clean(text) else { continue }
            return name
        }
        return nil
    }

    /// A WeChat article's writer, printed beside the date before the account's name:
    /// `<em class="rich_media_meta rich_media_meta_text">原妈</em>` (the same classes with an id, or
    /// with `meta_tag_text`, hold the date, the place or the "Original" tag).
    private func weChatWriter() -> String? {
        for node in tree.nodes.indices where tree.nodes[node].tag == .em || tree.nodes[node].tag == .span {
            guard tree.nodes[node].attributeCount > 0, tree.attribute("id", of: node) == nil,
                  tree.classTokens(of: node) == ["rich_media_meta", "rich_media_meta_text"],
                  !tree.isHiddenWithAncestors(node) else { continue }
            // Visible text only: `<span style="display: none">猫哥</span><span>猫哥</span>` is one 猫哥.
            let text = tree.visibleText(of: node).collapsingWhitespace
            guard (1...24).contains(text.unicodeScalars.count), DateParser.first(in: text) == nil,
                  text.countBytes(of: Self.relativeTimeWords, stopAt: 1) == 0, let name = AuthorCleaner.clean(text) else { continue }
            return name
        }
        return nil
    }

    private static let relativeTimeWords = PhraseList(["前", "ago", "昨天", "今天", "刚刚", "Original", "原创"])

    /// The page's own words before the box label it an editor's name: `编辑：<span id="ArticleAuthor">朱月琴</span>`
    /// (the element's name is the CMS's field, the label what the reader is told).
    private func afterEditorLabel(_ node: Int) -> Bool {
        var i = node - 1
        while i >= 0 && node - i <= 8 {
            defer { i -= 1 }
            guard tree.nodes[i].tag == .text else { continue }
            let text = tree.nodes[i].text.collapsingWhitespace
            if text.isEmpty { continue }
            guard text.hasByteSuffix("：") || text.hasByteSuffix(":") else { return false }
            let label = String(text.dropLast()).collapsingWhitespace
            return BylineParser.editorLabels.names.contains(where: { label.hasByteSuffix($0) })
        }
        return false
    }

    /// Whether a link to a category page (its address or its class says so) prints `name`. (Not a tag's: sites
    /// tag a piece with its writer, `<a href="/tag/Goethe.html" rel="tag">作者：歌德</a>`.)
    func namesCategoryLink(_ name: String) -> Bool {
        // Most pages have no category link: one pass over the attributes kept says so.
        guard name.unicodeScalars.count <= 16, tree.attributes.contains(where: { $0.value.containsBytesIgnoringASCIICase("categor") }) else { return false }
        return tree.elements(.a).contains { a in
            // Folding ASCII alone is lowercasing here: no other character lowercases to one of these letters.
            let category = tree.attribute("href", of: a)?.containsBytesIgnoringASCIICase("/categor") == true
                || (tree.classTokens(of: a)?.contains { String($0).containsBytesIgnoringASCIICase("categor") } ?? false)
            return category && tree.text(of: a).collapsingWhitespace == name
        }
    }

    /// Whether `word` is printed as one of the post's tags (`<i class="tags"><span class="tag-item">回忆</span></i>` after the
    /// date on a blog's meta line): a topic, not an outlet nor who posted it.
    func printedAsTag(_ word: String) -> Bool {
        guard word.unicodeScalars.count <= 16, tree.attributes.contains(where: { $0.name == "class" && $0.value.containsBytesIgnoringASCIICase("tag") }) else { return false }
        let isTag = { (node: Int) -> Bool in
            self.tree.classTokens(of: node)?.contains { token in
                let t = token.lowercased()
                return t == "tag" || t == "tags" || t.hasBytePrefix("tag-") || t.hasBytePrefix("tags-") || t.hasByteSuffix("-tag") || t.hasByteSuffix("-tags")
            } ?? false
        }
        return tree.nodes.indices.contains { n in
            tree.nodes[n].tag == .text && tree.nodes[n].text.containsBytes(word) && tree.nodes[n].text.collapsingWhitespace == word
                && tree.nearestAncestor(of: Int(tree.nodes[n].parent), levels: 2, where: isTag) != nil
        }
    }

    /// The first text node under `node` that holds more than whitespace, past an English `by` before the name
    /// (`by <a><span>覃其慧</span></a>`).
    func firstText(of node: Int) -> String? {
        leadingTexts(of: node, count: 1).first
    }

    /// The first `count` text nodes under `node` that hold more than whitespace (past an English `by`).
    func leadingTexts(of node: Int, count: Int) -> [String] {
        var texts: [String] = []
        for i in node..<Int(tree.nodes[node].end) where tree.nodes[i].tag == .text {
            let text = tree.nodes[i].text.collapsingWhitespace
            // (Ten bytes at most: only ASCII lowercases to these words.)
            // (`<span>بقلم</span><span>حسن سمير</span>`: Arabic's "by" set apart the same way.)
            if text.isEmpty || (text.utf8.count <= 10 && ["by", "posted by", "written by", "بقلم"].contains(text.lowercased())) { continue }
            texts.append(text)
            if texts.count == count { break }
        }
        return texts
    }

    /// A line in a poster's box after the poster's name (`<div class="d_author">` … `<a class="p_author_name">heinzfrentzen</a>`
    /// … `<div class="d_badge_title">金满贯</div>`): the member's rank or badge, not a name.
    func isBadgeInAuthorBox(_ block: TextBlock) -> Bool {
        guard let box = tree.nearestAncestor(of: block.container, levels: 8, where: isAuthorNamed),
              let first = firstText(of: box) else { return false }
        return !block.text.hasBytePrefix(first)
    }

    /// The site's bar for the visitor (`<div id="com_userbar" class="userbar">`: 贴吧's bar naming who saved the page).
    private static let userBars = PhraseList(["userbar", "user-bar", "user_bar", "loginbar", "login-bar", "login_bar"])

    /// A comment or login form's box (`<form class="tie-author-login">`: 网易's 跟贴 form) names the visitor; so
    /// does a box named for the author that holds form fields, or sits in one that does (`<div class="tie-author">`
    /// around the login fields, `<label><input type="checkbox">自动登录</label>`, and the help link beside them).
    private func insideForm(_ node: Int) -> Bool {
        if tree.nearestAncestor(of: node, where: { tree.nodes[$0].tag == .form }) != nil { return true }
        // The outermost of the author-named boxes around the node holds all the inner ones: one scan of it.
        var box = node
        while case let parent = Int(tree.nodes[box].parent), parent >= 0, isAuthorNamed(parent) { box = parent }
        return (box..<Int(tree.nodes[box].end)).contains { tree.nodes[$0].tag == .input || tree.nodes[$0].tag == .textarea }
    }

    /// A writer's role printed alone before the name: `文字`, `撰文`, `作者`.
    private static let roleWords: Set<String> = ["文字", "撰文", "作者", "文", "记者", "記者", "撰稿"]

    private static let authorHints = PhraseList([
        "author", "nickname", "nick_name", "nick-name", "username", "user-name", "user_name", "uname", "js_name", "writer",
        "byline", "reporter", "media-name", "media_name", "medianame", "account-name", "account_name",
    ])
    /// (`author-content-item-tips`, `author-content-item-title`: a Hexo theme's (AnZhiYu's) cards in the author's box,
    /// `兴趣点` over `寻找你感兴趣的领域`, no name; its `author-info__name` holds the name.)
    private static let notAuthorHints = PhraseList(["avatar", "img", "icon", "time", "date", "desc", "intro", "count", "num", "btn", "follow-btn",
                                                    "tips", "content-item"])

    func isAuthorNamed(_ node: Int) -> Bool {
        var named = false
        for name in ["class", "id"] {
            guard let value = tree.attribute(name, of: node)?.lowercased(), !value.isEmpty else { continue }
            if value.countBytes(of: Self.notAuthorHints, stopAt: 1) > 0 { return false }
            if value.countBytes(of: Self.authorHints, stopAt: 1) > 0 { named = true }
        }
        // `<span class="auth">风帆</span>` (腾讯's 2016 article head): the word cut short, as a class of its own.
        return named || tree.classTokens(of: node)?.contains("auth") == true
    }

    /// Inside a menu (a list or `<nav>`) that also links to the visitor's own pages: messages, settings, log-out.
    private func inVisitorMenu(_ node: Int, known: inout [Int: Bool]) -> Bool {
        var menu = node
        while menu >= 0, tree.nodes[menu].tag != .ul, tree.nodes[menu].tag != .nav { menu = Int(tree.nodes[menu].parent) }
        guard menu >= 0 else { return false }
        if let answer = known[menu] { return answer }
        let answer = (menu..<Int(tree.nodes[menu].end)).contains { n in
            tree.nodes[n].tag == .a && tree.attribute("href", of: n).map(Self.linksToAccountPage) == true
        }
        known[menu] = answer
        return answer
    }

    /// The name on a link to a member's profile page (`home.php?mod=space&uid=142839`, `/people/31128234/`,
    /// `usercenter?uid=`; not Discuz's `mod=spacecp` rank links) between the headline and the body's first line: who posted a thread, a question's
    /// answer, a blog entry. Not the visitor's own links (log-in, settings) nor a reply's writer.
    func profileLinkAuthor(titleBlock: Int?, bodyStart: Int?) -> String? {
        guard let titleBlock, let bodyStart, titleBlock < bodyStart else { return nil }
        // A board prints the thread's title twice, in an `<h1>` over the posts and in an `<h2>` over the first post's
        // text, the poster's name between them (Discuz! 6): from the first.
        let headline = TitleFinder.compact(blocks[titleBlock].text)
        let first = (max(0, titleBlock - 4)..<titleBlock).first {
            blocks[$0].headingLevel > 0 && !headline.isEmpty && TitleFinder.compact(blocks[$0].text).hasByteSuffix(headline)
        } ?? titleBlock
        // From the headline's own heading: a poster's name may open it (Bangumi's `<h1><a class="avatar" href="/user/552333"><img>
        // 以库伦之名</a> » <a>日志</a><br>简评原神的缺点</h1>`), its link before the name's text.
        let heading = blocks[titleBlock].headingLevel > 0 ? blocks[titleBlock].container : Int.max
        var start = min(blocks[first].firstNode, max(heading, 0))
        let end = blocks[bodyStart].firstNode
        // The poster's bar right above the headline, its time under the name (网易's post page: the account's name, then
        // `05-08 发布于 重庆`, then the `<h1>`): from the name's block, when a block between it and the headline is dated.
        if first == titleBlock, titleBlock >= 2, case let dated = titleBlock - 1, blocks[dated].counts.content <= 30,
           (DateParser.first(in: blocks[dated].text) ?? DateParser.yearlessStamp(in: blocks[dated].text)) != nil || DateParser.opensWithMonthDay(blocks[dated].text) {
            // (From the link around the name's text: the block begins at its text.)
            let name = blocks[dated - 1].firstNode
            start = min(start, tree.nearestAncestor(of: name, levels: 3) { tree.nodes[$0].tag == .a } ?? name)
        }
        let article = [blocks[titleBlock].firstNode, end]
        for node in start..<end where tree.nodes[node].tag == .a {
            guard linksToProfile(node), !insideOtherItems(node, article: article), !tree.isHiddenWithAncestors(node),
                  let text = firstText(of: node), (2...24).contains(text.unicodeScalars.count), DateParser.first(in: text) == nil,
                  !NoiseFilter.isFurniture(PageAnalysis.line(text)), let name = AuthorCleaner.clean(text) else { continue }
            return ([name] + coWriterLinks(after: node, before: end)).joined(separator: " ")
        }
        return nil
    }

    /// The other writers' profile links after the one a block's name sits in (`coWriterLinks`).
    func coWritersLinked(from block: Int) -> [String] {
        guard let link = tree.nearestAncestor(of: blocks[block].firstNode, levels: 4, where: { tree.nodes[$0].tag == .a }),
              linksToProfile(link) else { return [] }
        return coWriterLinks(after: link, before: tree.nodes.count)
    }

    /// `<a href="/author/1685.html">…吴晓旭</a> <a href="/author/95.html">…罗琦</a>`: the links right after a writer's
    /// profile link, to pages of the same kind (the same folder, then one more part), name the other writers. Only
    /// separators may stand between them (`、`, `和`); a button after the name (`/user/1/follow`) is no writer.
    func coWriterLinks(after first: Int, before end: Int) -> [String] {
        guard let href = tree.attribute("href", of: first), let slash = href.lastIndex(of: "/") else { return [] }
        let folder = href[...slash]
        var names: [String] = firstText(of: first).flatMap(AuthorCleaner.clean).map { [$0] } ?? []
        var node = Int(tree.nodes[first].end)
        while node < end, names.count < 5 {
            switch tree.nodes[node].tag {
            case .text:
                let between = tree.nodes[node].text.collapsingWhitespace
                guard between.isEmpty || Self.nameSeparators.contains(between) else { return Array(names.dropFirst()) }
                node += 1
            case .a:
                guard let next = tree.attribute("href", of: node), next != href, next.hasBytePrefix(String(folder)),
                      !next.dropFirst(folder.count).contains("/"), let text = firstText(of: node), (2...24).contains(text.unicodeScalars.count),
                      let name = AuthorCleaner.clean(text), !names.contains(name) else { return Array(names.dropFirst()) }
                names.append(name)
                node = Int(tree.nodes[node].end)
            default:
                node += 1  // into an item or a picture's box
            }
        }
        return Array(names.dropFirst())
    }
    private static let nameSeparators: Set<String> = ["、", ",", "，", "和", "與", "与", "及", "&", "/", "／", "|", "｜", "and"]

    /// Whether `name` is the text of a link to a member's profile page (an account, not an outlet's masthead).
    func namesAProfileLink(_ name: String) -> Bool {
        tree.nodes.indices.contains { node in tree.nodes[node].tag == .a && linksToProfile(node) && firstText(of: node) == name }
    }

    /// Whether `name` is the whole text of an `<address>` element, which HTML gives an article's author.
    func namesAnAddress(_ name: String) -> Bool {
        tree.nodes.indices.contains { node in
            tree.nodes[node].tag == .address && !tree.isHiddenWithAncestors(node) && tree.text(of: node).collapsingWhitespace == name
        }
    }

    /// A link to a member's profile page, not to the visitor's own pages.
    private func linksToProfile(_ node: Int) -> Bool {
        guard let href = tree.attribute("href", of: node) else { return false }
        return (Self.profilePaths.contains(where: href.containsBytesIgnoringASCIICase) || Self.isMemberSpace(href)) && !Self.linksToAccountPage(href)
    }

    /// UCenter Home's member page, `space-428.html` (the member's number after `space-`).
    private static func isMemberSpace(_ href: String) -> Bool {
        let name = href.split(separator: "/").last ?? Substring(href)
        return name.hasBytePrefix("space-") && name.dropFirst(6).first?.isNumber == true
    }

    /// An address of the visitor's own pages (log-in, settings, messages).
    private static func linksToAccountPage(_ href: String) -> Bool {
        accountPages.contains(where: href.containsBytesIgnoringASCIICase)
    }

    /// A microblog post's page title names the account that posted it: `【…】 - @头条新闻的微博 - 微博`.
    func microblogAccount() -> String? {
        let title = pageTitle
        guard let end = title.firstByteRange(of: "的微博"), let at = title[..<end.lowerBound].lastIndex(of: "@") else { return nil }
        let name = String(title[title.index(after: at)..<end.lowerBound])
        guard (2...30).contains(name.unicodeScalars.count), !name.contains(" ") else { return nil }
        return AuthorCleaner.clean(name)
    }

    /// A post's meta line by the headline (a line that holds the date) marking the poster's name by the element's
    /// class alone (`<span class="user">admin</span><span class="date">3年前 (2020-09-09)</span>`) or by an icon
    /// named for the author before it (`<i class="iconfont icon-author"></i> 菲兹克斯喵`): blog themes print the name so.
    func metaLineName(near: Range<Int>) -> String? {
        for b in near where blocks[b].counts.content <= 60 && DateParser.first(in: blocks[b].text) != nil {
            // The line's elements: from its container (an icon may come before the line's first text) to the next line.
            let first = blocks[b].firstNode
            let end = blocks.nodes(of: b, in: tree).upperBound
            let start = max(blocks[b].container, b > 0 ? blocks[b - 1].firstNode + 1 : 0, 0)
            for node in start..<end where tree.nodes[node].tag != .text && tree.nodes[node].attributeCount > 0 {
                guard let tokens = tree.classTokens(of: node) else { continue }
                var text: String?
                if node >= first || Int(tree.nodes[node].end) > first, tokens.contains(where: { $0.lowercased() == "user" }) {
                    text = tree.text(of: node).collapsingWhitespace
                } else if tokens.contains(where: { $0.lowercased().containsBytes("icon") }),
                          tokens.contains(where: { ["author", "user", "account"].contains(where: $0.lowercased().containsBytes) }) {
                    // The name after the icon, or inside it (`<i class="iconfont reco-account"><span>Arrow chen</span></i>`).
                    let inside = tree.text(of: node).collapsingWhitespace
                    let after = max(Int(tree.nodes[node].end), first)
                    text = !inside.isEmpty ? inside : (after..<end).lazy.filter { self.tree.nodes[$0].tag == .text }
                        .map { self.tree.nodes[$0].text.collapsingWhitespace }.first { !$0.isEmpty }
                }
                guard let text, (2...24).contains(text.unicodeScalars.count), DateParser.first(in: text) == nil,
                      !text.containsBytes("："), !text.containsBytes(":"), let name = AuthorCleaner.clean(text) else { continue }
                return name
            }
        }
        return nil
    }

    /// A blog's owner, from the page title the platform writes: `标题_谢莱纳_新浪博客`,
    /// `标题 - 好看的hk - 博客园`, `标题_前端小智-CSDN博客`, `海姑娘 | blog.wenxuecity.com`,
    /// `…_某某的技术博客_51CTO博客`. Not the headline itself.
    func blogOwner(titleBlock: Int?) -> String? {
        let title = pageTitle
        guard !title.isEmpty else { return nil }
        // Not at a hyphen inside a Latin name (`China-Pub blog--洞庭一叶`).
        let scalars = Array(title.unicodeScalars)
        var parts: [String] = [], part = String.UnicodeScalarView()
        for (k, c) in scalars.enumerated() {
            let latinHyphen = c == "-" && k > 0 && k + 1 < scalars.count && scalars[k - 1].properties.isAlphabetic && scalars[k - 1].isASCII
                && scalars[k + 1].properties.isAlphabetic && scalars[k + 1].isASCII
            // (`初次走半马 · Cytrogen 的个人博客`: a dot set apart by spaces separates parts too.)
            let spacedDot = c == "·" && k > 0 && k + 1 < scalars.count && scalars[k - 1] == " " && scalars[k + 1] == " "
            if ("_|｜-–—".unicodeScalars.contains(c) && !latinHyphen) || spacedDot {
                parts.append(String(part).collapsingWhitespace)
                part = String.UnicodeScalarView()
            } else {
                part.append(c)
            }
        }
        parts.append(String(part).collapsingWhitespace)
        parts = parts.filter { !$0.isEmpty }
        guard let platform = parts.firstIndex(where: { part in
            part.unicodeScalars.count <= 30 && (part.containsBytes("博客") || part.lowercased().containsBytes("blog"))
        }) else { return nil }
        let headline = titleBlock.map { TitleFinder.compact(blocks[$0].text) }
        for owner in Self.blogOwnerEndings {
            if parts[platform].hasByteSuffix(owner), parts[platform].count > owner.count {
                return AuthorCleaner.clean(String(parts[platform].dropLast(owner.count)))
            }
        }
        guard platform >= 1 else { return nil }
        let candidate = parts[platform - 1]
        guard candidate.unicodeScalars.count <= 24, TitleFinder.compact(candidate) != headline,
              !(headline?.containsBytes(TitleFinder.compact(candidate)) ?? false) else { return nil }
        // `关于星星的记忆 | 荒唐岛 | 这是一个私人博客` under `<meta name="author" content="Yining">`: the part before a
        // tagline is the site's name (its `og:site_name`) when the page names someone else as its author.
        if candidate == meta.first(["og:site_name"]), let author = meta.first(MetaTags.authorNames), author != candidate { return nil }
        for owner in Self.blogOwnerEndings where candidate.hasByteSuffix(owner) && candidate.count > owner.count {
            return AuthorCleaner.clean(String(candidate.dropLast(owner.count)))
        }
        return AuthorCleaner.clean(candidate)
    }

    /// The blog's owner named by a link to the blog (`<a href="?author=102" title="[太小心]的博客">`), in a
    /// sidebar profile: when the page names one owner so (a list of other people's blogs names many).
    func blogOwnerLink() -> String? {
        var owner: String?
        for node in tree.nodes.indices where tree.nodes[node].tag == .a && !inListItem(node) {
            for text in [tree.attribute("title", of: node), firstText(of: node)] {
                guard let text, let name = Self.ownerOfBlog(text) else { continue }
                if let owner, owner != name { return nil }
                owner = name
            }
        }
        return owner.flatMap(AuthorCleaner.clean)
    }

    /// Inside a list item: one of a list of posts, comments or friends' blogs.
    private func inListItem(_ node: Int) -> Bool {
        tree.nearestAncestor(of: Int(tree.nodes[node].parent), levels: 8) { tree.nodes[$0].tag == .li } != nil
    }

    /// `[太小心]的博客`, `阿丁的博客` → the owner's name.
    static func ownerOfBlog(_ text: String) -> String? {
        guard text.containsBytes("的") else { return nil }
        let t = text.collapsingWhitespace
        guard let ending = ["的博客", "的部落格", "的Blog", "的blog", "的BLOG"].first(where: t.hasByteSuffix) else { return nil }
        var name = String(t.dropLast(ending.count))
        if (name.hasBytePrefix("[") && name.hasByteSuffix("]")) || (name.hasBytePrefix("【") && name.hasByteSuffix("】")) { name = String(name.dropFirst().dropLast()) }
        guard (2...20).contains(name.unicodeScalars.count), !name.contains(" ") else { return nil }
        return name
    }

    /// `阿丁的体育博客的日志 - 网易博客`: a post is one of the blog's 日志.
    private static let blogOwnerEndings = ["的技术博客", "的个人博客", "的博客", "的部落格", "的空间", "的日志"]

    /// A generated blog's owner, named in the footer's copyright line (`© 2023-2025 枝因 · Powered by …`,
    /// `Copyright © 2026 Klavor`): the person whose blog it is, for a post that names nobody. Only on a page a blog
    /// engine built (its generator tag or its footer names Hexo, Hugo, WordPress …), and not the site's name (a part of
    /// the `<title>`: `上海四日游 | 第七卫星的微风` over `© 第七卫星的微风`).
    func blogFooterOwner(after last: Int?) -> String? {
        guard let last, last + 1 < blocks.count else { return nil }
        let footer = (last + 1)..<blocks.count
        let titleParts = Set(TitleFinder.titleParts(pageTitle).dropFirst().map(TitleFinder.compact))
        guard let owner = footer.reversed().lazy.compactMap({ b -> String? in
            guard self.blocks[b].counts.content <= 120, let holder = Self.copyrightHolder(
                    self.blocks[b].text, labelLike: self.blocks[b].linkDensity > 0.5 || self.blocks[b].headingLevel > 0),
                  !titleParts.contains(TitleFinder.compact(holder)) || Self.latinHandle(holder), !SourceCleaner.endsAsOutlet(holder, orChannel: true),
                  !(holder.count >= 4 && Self.organisationEndings.contains(where: holder.hasByteSuffix)) else { return nil }
            return AuthorCleaner.clean(holder)
        }).first else { return nil }
        return builtByBlogEngine(footer: footer) ? owner : nil
    }

    /// A Latin pen name or a person's name (`KMORE`, `InfiniteWing`, `Jun Xie`): a blog named after its owner, as a Chinese
    /// blog's name is most often a phrase of its own (`第七卫星的微风`).
    static func latinHandle(_ holder: String) -> Bool {
        let words = holder.split(separator: " ")
        return words.count <= 2 && holder.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " ") }
    }

    /// A blog engine built the page: its generator tag, its footer's credits, or its assets (`hexo-theme-icarus`, `wp-content`) say so;
    /// or it is served from a static host people keep their blogs on (`lynnelv.github.io`).
    func builtByBlogEngine(footer: Range<Int>) -> Bool {
        let engineNamed = { (text: String) in Self.blogEngines.contains(where: text.containsBytesIgnoringASCIICase) }
        // (Astro by its generator tag only: the word opens others, `Astronomy`.)
        if meta.first(["generator"]).map({ engineNamed($0) || $0.lowercased().hasBytePrefix("astro ") }) == true
            || footer.contains(where: { engineNamed(blocks[$0].text) }) { return true }
        if let address = meta.canonicalURL ?? meta.first(["og:url"]), let host = address.split(separator: "/").dropFirst().first(where: { !$0.isEmpty }),
           Self.staticHosts.contains(where: { host.lowercased().hasByteSuffix($0) }) { return true }
        return utf8.withUnsafeBufferPointer { page in Self.blogEngineMarks.contains { $0.first(in: page) != nil } }
    }

    /// A company's or a body's name closing a footer, not a blog's owner (`广州新欧移民咨询有限公司`, `深圳市智造产业联盟`).
    private static let organisationEndings = ClosingBylines.organisationSuffixes + ["公司", "集团", "联盟", "大学", "学校", "医院", "工作室"]

    private static let staticHosts = [".github.io", ".gitee.io", ".netlify.app", ".vercel.app", ".pages.dev", ".gitlab.io"]

    static let blogEngines = ["hexo", "hugo", "jekyll", "wordpress", "gridea", "typecho", "ghost", "vuepress", "vitepress", "halo",
                              "z-blog", "zblog", "gatsby", "octopress", "pelican", "zola", "emlog", "valaxy", "docusaurus", "gitbook"]
    private static let blogEngineMarks = ["hexo", "gohugo", "jekyll", "wp-content", "typecho", "gridea", "vuepress", "zblog", "valaxy"].map(BytePattern.init)

    private static let copyrightSigns: Set<String> = ["©", "(c)", "(C)"]

    /// The holder a copyright line opens with: `© 2015 - 2018 Boelroy` → `Boelroy`, `Copyright © 2026 Austin Deng` →
    /// `Austin Deng`, `© 2026 玲奈 Theme Typography by Makito` → `玲奈`, `Klavor's Blog by Hexo` → `Klavor`. Nil when the
    /// line does not open with the mark (`转载声明：… © Snippet`) or names no holder before the credits.
    /// `labelLike`: the line is a link or a heading, whose word after the mark (`Copyright Information`, a menu's link to
    /// the site's terms; `<h2>Copyright Navigation</h2>`) names no holder unless the sign or a year is printed
    /// (`© 2026 <a>Klavor</a>`); a line of text may leave the year to a script (`Copyright <span class=year></span> 111QQZ的小窝`).
    static func copyrightHolder(_ text: String, labelLike: Bool = false) -> String? {
        var s = Substring(text.collapsingWhitespace)
        var marked = false, afterDash = false
        // The sign printed (`©`, `(c)`, not the word `Copyright`) or a year.
        var signOrYear = false
        while true {
            let before = s.count
            s = s.drop(while: { $0 == " " })
            for mark in ["©", "(c)", "(C)", "Copyrights", "copyrights", "Copyright", "copyright", "COPYRIGHT"] where s.hasBytePrefix(mark) {
                s = s.dropFirst(mark.count)
                marked = true
                signOrYear = signOrYear || Self.copyrightSigns.contains(mark)
            }
            // Years and the dash between them: `2015 - 2018`, `2020 -`, `2023-2025`; the range's end may run into the
            // name when the footer prints them in separate elements (`© 2017 - 2026madlogos`).
            if marked, s.count >= 4, s.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }),
               s.dropFirst(4).first.map({ !$0.isLetter && !$0.isNumber }) ?? true || afterDash {
                s = s.dropFirst(4)
                signOrYear = true
            }
            afterDash = false
            if marked {
                let rest = s.drop(while: { $0 == " " || $0 == "," || $0 == "." })
                let dashed = rest.drop(while: { $0 == "-" || $0 == "–" || $0 == "~" })
                afterDash = dashed.count < rest.count
                s = dashed.drop(while: { $0 == " " })
            }
            if s.count == before { break }
        }
        guard marked, signOrYear || !labelLike else { return nil }
        var end = s.endIndex
        if let stop = s.firstIndex(where: { "·|｜•,，。/(（".contains($0) }) { end = stop }
        var holder = String(s[..<end])
        // A sentence's end closes the holder (`Lynnelv. @飞鱼_笨懒懒`).
        if let stop = holder.firstByteRange(of: ". ") { holder = String(holder[..<stop.lowerBound]) }
        // The credits after the holder: `Powered by`, `Theme by`, `All rights reserved`, `版权所有`.
        let words = holder.split(separator: " ", omittingEmptySubsequences: true)
        if let cut = words.firstIndex(where: { word in
            let w = word.lowercased()
            return Self.creditWords.contains(w) || Self.creditWordStarts.contains(where: w.hasBytePrefix)
        }) {
            holder = words[..<cut].joined(separator: " ")
        }
        holder = String(holder.collapsingWhitespace.reversed().drop(while: { $0 == "." || $0 == " " }).reversed())
        for ending in ["'s Blog", "'s blog", "’s Blog", "’s blog", " Blog", " blog"] + Self.blogOwnerEndings + ["的小窝", "的小站"] where holder.hasByteSuffix(ending) {
            holder = String(holder.dropLast(ending.count))
        }
        guard (2...24).contains(holder.unicodeScalars.count), !holder.containsBytes("备"), !holder.containsBytes("ICP"),
              DateParser.first(in: holder) == nil else { return nil }
        return holder
    }

    /// Whole words (a name may begin with their letters: `Allen`, `Byron`), and the beginnings of others (`Powered`, `Themes`, `版权所有`).
    private static let creditWords: Set<String> = ["all", "by", "built", "made", "designed", "hosted", "published", "proudly", "由"]
    private static let creditWordStarts = ["power", "theme", "licen", "版权", "保留", "本站", "备案", "主题", "托管"]

    /// What a box named `author` heads a list with (`最近读者`, `作者其他文章`, `作者简介`), not a name.
    static let boxHeadings = ["读者", "访客", "文章", "简介", "推荐", "更多", "其他", "评论", "相关", "热门", "图片", "作品"]

    /// Forums' and blogs' member pages, and the platforms' account pages (搜狐号 `mp.sohu.com/profile?xpt=`,
    /// 网易号 `/dy/media/`, 大风号 `/mediaShare/home/`, 百家号 `author.baidu.com/home`).
    private static let profilePaths = ["mod=space&", "space-uid-", "/people/", "/u/", "/user/", "/users/", "usercenter", "/member/", "/profile/",
                                       "/profile?", "/space/", "/author/", "?uid=", "&uid=", "usershow", "/dy/media/", "/mediashare/", "author.baidu.com/home"]
    private static let accountPages = ["login", "logout", "register", "signup", "setting", "message", "notice", "follow", "spacecp"]

    /// Boxes of other people's items; and the asker of a question (知乎's `QuestionAuthor`), who did not write the
    /// answer that is the page's text.
    private static let otherItems = PhraseList(["comment", "reply", "related", "recommend", "hot", "rank", "feed",
                                                "questionauthor", "question-author", "question_author"])

    /// Inside a box (at most `levels` ancestors up) whose class or id names one of `words`, and that holds none of the
    /// `article` nodes (a box around the headline or the text is the article's, whatever its name: 网易's post page wraps
    /// the poster's bar and the text in `c-feed-detail`). A word only in a BEM modifier (`AnswerItem-authorInfo--related`:
    /// the answer's own author line, styled as related) names no such box.
    private func insideBox(named words: PhraseList, _ node: Int, levels: Int, article: [Int] = []) -> Bool {
        tree.nearestAncestor(of: node, levels: levels) { n in
            ["class", "id"].contains { name in
                guard let value = tree.attribute(name, of: n)?.lowercased(), value.countBytes(of: words, stopAt: 1) > 0 else { return false }
                return value.split(separator: " ").contains { token in
                    String(token.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false)[0]).countBytes(of: words, stopAt: 1) > 0
                }
            } && (article.isEmpty || namesReplies(n) || !article.contains { tree.isInside($0, n) })
        } != nil
    }

    /// A box of readers' comments or replies: never the article's own, even around the text chosen (a page whose
    /// text is its replies).
    private func namesReplies(_ node: Int) -> Bool {
        ["class", "id"].contains { tree.attribute($0, of: node).map { $0.containsBytesIgnoringASCIICase("comment") || $0.containsBytesIgnoringASCIICase("reply") } ?? false }
    }

    private func insideOtherItems(_ node: Int, article: [Int] = []) -> Bool { insideBox(named: Self.otherItems, node, levels: 10, article: article) }
}
