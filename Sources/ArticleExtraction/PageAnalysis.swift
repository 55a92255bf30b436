import TopicsICU
/// The work on one parsed page: blocks, body choice, fields. Internal; `ArticleExtractor` is the face.
struct PageAnalysis {
    let tree: HTMLTree
    let blocks: [TextBlock]
    let meta: MetaTags
    let scorer: ContentScorer
    /// Lines of videos embedded in the text: neither body nor fields.
    let player: Set<Int>
    /// The decoded page, for what the tree leaves out (script variables, JSON-LD).
    let utf8: [UInt8]
    /// The `<title>` text (empty without one), read once for the headline and the account names it carries.
    let pageTitle: String

    init(tree: HTMLTree, utf8: [UInt8] = []) {
        self.tree = tree
        self.utf8 = utf8
        blocks = tree.textBlocks()
        meta = MetaTags(tree)
        scorer = ContentScorer(tree: tree, blocks: blocks)
        player = NoiseFilter.playerBlocks(blocks)
        pageTitle = tree.elements(.title).first.map { tree.text(of: $0) } ?? ""
    }

    /// The headline's finder over this page.
    var titleFinder: TitleFinder { TitleFinder(tree: tree, blocks: blocks, meta: meta, pageTitle: pageTitle) }

    var hasText: Bool { blocks.contains { $0.counts.content > 0 } }

    /// A line of prose shows: 40 content characters, with sentence punctuation, mostly outside links.
    var hasRunningText: Bool {
        blocks.contains { $0.counts.content >= 40 && $0.counts.punctuation >= 1 && $0.linkDensity < 0.5 }
    }

    mutating func article(encoding: String) -> Article {
        var body = withAnnouncedTable(scorer.bodyBlockIndices())
        var title = titleFinder.find(bodyStart: body.first)
        // The page's headline over text of its own, and the text chosen further down: another article the page goes
        // on with (the next story loaded under this one, a longer one in a sidebar). The text the headline heads wins.
        if let headline = title.block, let first = body.first, headline + 1 < first, headsText(headline, before: first) {
            let own = withAnnouncedTable(scorer.bodyBlockIndices(within: (headline + 1)..<first))
            // Only across what sets one article off from the next: rows of links (related items, tags, comments'
            // buttons), or the chosen text's own meta line, a short dated line just above it (the next story's
            // `2024年11月12日 15:01` under its headline); not a subhead or a summary box between a text's two parts. A
            // table the text announces running on into the chosen blocks (`如下：` over a code listing chosen alone)
            // makes them one text, the headline's.
            if let end = own.last,
               end >= first || blocks[(end + 1)..<first].filter({ $0.linkDensity >= 0.5 }).reduce(0, { $0 + $1.counts.content }) >= 100
                || blocks[max(end + 1, first - Self.metaLineReach)..<first].contains(where: { $0.counts.content <= 40 && DateParser.first(in: $0.text) != nil }) {
                body = own
                title = titleFinder.find(bodyStart: body.first)
            }
        }
        // The text chosen right under a comment list's heading (`热门评论`) with text between the headline and the heading:
        // readers' comments outweighing a short article (one paragraph under sina's mobile headline). The headline's text is
        // above the heading.
        if let headline = title.block, let first = body.first, headline + 1 < first,
           let heading = (max(headline + 1, first - 3)..<first).last(where: { NoiseFilter.isCommentHeading(blocks[$0]) }) {
            let own = withAnnouncedTable(scorer.bodyBlockIndices(within: (headline + 1)..<heading))
            // A paragraph of prose, not the meta line over a `发表评论` link.
            if own.contains(where: { blocks[$0].counts.content >= 40 && blocks[$0].counts.punctuation >= 2 && !NoiseFilter.isMetaLine(blocks[$0]) }) {
                body = own
                title = titleFinder.find(bodyStart: body.first)
            }
        }
        // A government page's disclosure table names the document's title (`标　　题：…`): it wins
        // over no headline, or over a line of it (a long title printed over several lines).
        let tableTitle = disclosureTitle(before: body.first ?? blocks.count)
        if let tableTitle, title.title.map({ TitleFinder.compact(tableTitle).containsBytes(TitleFinder.compact($0)) }) ?? true {
            title.title = tableTitle
        } else if let labelled = tableTitle.map({ TitleFinder.withoutTrailingTag($0, reference: pageTitle) }),
                  TitleFinder.compact(labelled).unicodeScalars.count >= 4, TitleFinder.compact(pageTitle).hasBytePrefix(TitleFinder.compact(labelled)),
                  !(title.title.map { TitleFinder.compact(pageTitle).hasBytePrefix(TitleFinder.compact($0)) } ?? false) {
            // A board's print view labels the thread's title (`标题: 小论唯心和唯物（申精啊） [打印本页]`) under the site's
            // name in an `<h1>`: the labelled title the `<title>` opens with wins over a headline it does not open with.
            title.title = labelled
        }
        // The headline often sits inside the chosen element: it is not body text.
        if let titleBlock = title.block { body.removeAll { $0 <= titleBlock } }
        let header = headerBlocks(titleBlock: title.block, bodyStart: body.first)

        var summary: String?
        let aboveTitle = title.block.map { t in Array(max(0, t - 6)..<t) } ?? []
        for i in header + body.prefix(3) + aboveTitle {
            if let s = NoiseFilter.summary(in: blocks[i]) {
                summary = s
                break
            }
        }
        var (paragraphs, kept) = cleanBody(body, title: title.title)
        let fieldBlocks = bylineRegion(header: header, body: body, titleBlock: title.block)
        let nearTitle = header + Array(body.prefix(3))
        let near = nearHeadline(titleBlock: title.block, bodyStart: body.first)
        var source = findSource(in: fieldBlocks, header: header, body: body, near: near)
        // The headline found again where the outlet would be (西瓜视频 classes its headline `hasSource`) names no
        // outlet, nor the account that posted.
        if let found = source, let headline = title.title, TitleFinder.compact(found.value) == TitleFinder.compact(headline) { source = nil }
        // The last paragraphs kept too: the body's blocks may run on into lists of other articles.
        var author = findAuthor(in: fieldBlocks, nearTitle: nearTitle, body: body, titleBlock: title.block,
                                textStart: kept.first { blocks[$0].counts.content >= 20 } ?? body.first { blocks[$0].counts.content >= 20 },
                                lastKept: Array(kept.filter { blocks[$0].counts.content >= 10 }.suffix(2)))
        // One name found, and names in the bracket closing the text:
        if let a = author, !a.name.contains(" "), let credit = closingCreditNames(body: body, lastKept: Array(kept.suffix(2))) {
            let names = credit.split(separator: " ")
            if names.contains(Substring(a.name)) {
                // one of the writers the credit names all of (`张成普` in an author box under the headline, the text
                // closing `（新浪国际 张成普 刘国伟）`): the credit;
                if names.count > 1 { author = (credit, a.weak) }
            } else if namesEditor(a.name) {
                // the page's editor in the author's field (`作者：赵丹` over the text's `编辑：赵丹`, a CMS filling the field
                // with who entered the page), the text closing with its writer's credit (`(记者 邱玥)`): the writer.
                author = (credit, false)
            }
        }
        // The writers named in the outlet's slot, when no byline named anyone.
        if let names = source?.names.flatMap(AuthorCleaner.clean), author?.weak ?? true { author = (names, false) }
        // `澎湃新闻官方帐号` where the outlet would be: the platform's account that posted, not an outlet; the author
        // when nothing else named one (the account's box, `新华网客户端`, names it as the platform shows it).
        if let found = source, let account = SourceCleaner.badgedAccount(found.value) {
            source = nil
            if author == nil, let name = AuthorCleaner.clean(account) { author = (name, false) }
        }
        // An unlabelled name where the outlet would be (the word after the date, a source box, the
        // `mediaid` meta) that names no outlet is the account or person who posted: on self-media
        // pages (公众号, 搜狐号, 凤凰号, forums) that is the author, and there is no outlet. It wins over
        // an account found only by an element's name or a script variable (the writer over the account).
        // (A category's link or a tag there, `<a href="/categories/生活/">生活</a>` after a blog post's date, names neither.)
        if let found = source, !found.labelled, AuthorCleaner.sections.contains(found.value),
           namesCategoryLink(found.value) || printedAsTag(found.value) { source = nil }
        if let found = source, !found.labelled, !SourceCleaner.namesOutlet(found.value), author?.weak ?? true,
           let name = AuthorCleaner.clean(found.value), name == found.value {
            author = (name, false)
            source = nil
        }
        // The meta line's slot after the date naming someone other than the labelled source (网易号:
        // `2019-10-06 · 西湖之声` above a closing `来源：澎湃新闻`): the account that posted it, when no
        // byline named anyone (a portal's own channel there, `新浪财经`, is the page's section).
        if let found = source, found.labelled, author?.weak ?? true,
           // Set apart by a dot as platforms print it: a section word or a title's tail after a date is not.
           let poster = header.compactMap({ i in blocks[i].fieldText.containsBytes("·") ? SourceCleaner.wordAfterDate(in: blocks[i].fieldText) : nil }).first,
           poster != found.value, !found.value.contains(poster), !SourceCleaner.isPlatform(poster),
           !SourceCleaner.portals.contains(where: PageAnalysis.simplified(poster).hasBytePrefix),
           let name = AuthorCleaner.clean(poster), name == poster {
            author = (name, false)
        }
        // The outlet found as the source, found again only by an element's name (`<span id="media_name">千龙网`
        // after the date): an outlet by its ending (网, 报, 娱乐 …), not who wrote it. `作者：新京报` stays, and so
        // does a portal's own self-media account (`搜狐政务`), and an account whose name links to its profile
        // page (头条号's `<a href="/c/user/…">新华社</a>` after the date) or that the page sets in an `<address>`, the
        // element for the article's author (网易号's `<address><a>李阳讲体育</a></address>`): the account posted it.
        if let found = source, let a = author, a.name == found.value, a.weak,
           SourceCleaner.endsAsOutlet(found.value, orChannel: true) || Self.namesPortalChannel(found.value), !namesAProfileLink(a.name),
           !namesAnAddress(a.name) {
            author = nil
        }
        // No one named, and the source is the name on a link to an account's page (搜狐号's `来源:一线品牌` over the
        // sidebar's `<a href="https://mp.sohu.com/profile?xpt=…">一线品牌</a>`): the account posted it, and is its outlet too.
        if author == nil, let found = source, namesAProfileLink(found.value), let name = AuthorCleaner.clean(found.value) {
            author = (name, true)
        }
        // `文｜财新 余聪` beside the source 财新网: the outlet's short name before the writer's.
        if let found = source, let a = author, let name = Self.withoutOutletBefore(a.name, source: found.value, labelled: found.labelled) {
            author = (name, a.weak)
        }
        // A blog's category on the meta line (`<a href="/categories/回忆/" class="category">回忆</a>`) is no writer.
        if let a = author, namesCategoryLink(a.name) { author = nil }
        // The writer's name set into the headline: after a backslash closing it (大公報's `積極打造人工智能重大應用場景\胡 勇`),
        // or in brackets opening it over a byline that names the same writer (`[陈冠豪]中国当代鬼传说…` / `作者：陈冠豪`).
        if let headline = title.title, let (rest, name, marked) = TitleFinder.writerInHeadline(headline),
           marked || author?.name == name {
            title.title = rest
            if author?.weak ?? true { author = (name, false) }
        }
        var date = findDate(header: header, body: body, titleBlock: title.block, title: title.title)
        // A day and time printed without the year on the meta line under the headline (`02月24日 10:20新浪游戏`, sina's
        // and thepaper's pages of the day) is the article's: it wins over another day found elsewhere (a related item's).
        // Only one such line: a diary's entries each stamped so (`4月16日 14:03`) date none of them. Its year: the year after
        // the latest month the text tells of (`2020年1月，…一审驳回`), or that month's year when the stamp's month is not
        // before it (a report is written after what it reports, and within the year); else the year of the day found.
        if case let stamps = header.compactMap({ i in DateParser.first(in: blocks[i].fieldText) == nil ? DateParser.yearlessStamp(in: blocks[i].fieldText) : nil }),
           stamps.count == 1, var printed = stamps.first {
            let found = date.flatMap(DateParser.first(in:))
            if found.map({ $0.month != printed.month || $0.day != printed.day }) ?? true {
                if let latest = latestMonthTold(in: body) {
                    printed.year = printed.month >= latest.month ? latest.year : latest.year + 1
                    date = printed.iso
                } else if let found {
                    printed.year = found.year
                    date = printed.iso
                }
            }
        }
        // A BBS post printed as the station wrote it: its header lines name the poster, the title and the time.
        if let bbs = bbsHeader(in: Array(body.prefix(3))) {
            title.title = bbs.title
            author = (bbs.poster, false)
            date = bbs.date ?? date
            if let first = paragraphs.first, let rest = bbs.withoutHeader(first) {
                if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
            }
        }
        return Article(
            title: title.title,
            date: date,
            source: source?.value,
            author: author?.name,
            summary: summary,
            paragraphs: paragraphs,
            images: images(in: kept),
            encoding: encoding)
    }

    /// The header lines of a BBS post opening one of `candidates` (see `BBSHeader`).
    private func bbsHeader(in candidates: [Int]) -> BBSHeader? {
        for b in candidates {
            guard let first = tree.firstNonBlankText(in: blocks.nodes(of: b, in: tree)), BBSHeader.opens(tree.nodes[first].text) else { continue }
            // The lines may hold links (the poster's name linked to the profile): read on to the blank line after them.
            var raw = "", node = first
            while node < tree.nodes.count, raw.utf8.count < 1000, !raw.containsBytes("\n\n") {
                if tree.nodes[node].tag == .text { raw += tree.nodes[node].text }
                node += 1
            }
            if let header = BBSHeader.read(raw) { return header }
        }
        return nil
    }

    /// The body and the table its last line announces (`附：招生专业及考试科目`, `附表`, `…如下：`): a
    /// notice's or a report's data, printed in a table of its own after the text, with no links.
    private func withAnnouncedTable(_ body: [Int]) -> [Int] {
        guard let last = body.last, last + 1 < blocks.count else { return body }
        let text = blocks[last].text
        guard text.hasBytePrefix("附") || text.hasByteSuffix("：") || text.hasByteSuffix("如下") else { return body }
        var table = Int(tree.nodes[blocks[last + 1].firstNode].parent)
        while table >= 0, tree.nodes[table].tag != .table { table = Int(tree.nodes[table].parent) }
        // The table's own, begun after the announcing line, and holding nothing but data.
        guard table >= 0, blocks[last].firstNode < table, scorer.contentCount(table) >= 20, scorer.linkDensity(table) < 0.05
        else { return body }
        let cells = (last + 1..<blocks.count).prefix { tree.isInside(blocks[$0].firstNode, table) }
        return body + cells.filter { blocks[$0].counts.content > 0 }
    }

    /// The short blocks between the headline and the body: where the date and byline live.
    private func headerBlocks(titleBlock: Int?, bodyStart: Int?) -> [Int] {
        let end = bodyStart ?? blocks.count
        let start = titleBlock.map { $0 + 1 } ?? max(0, end - 8)
        guard start < end else { return [] }
        return (start..<min(end, start + 12)).filter { blocks[$0].counts.content <= 120 }
    }

    // MARK: Body

    /// How far above a text its meta line may sit (past the headline and a row of tags).
    private static let metaLineReach = 8

    /// Whether the headline at `headline` is the page's (an `<h1>` the `<title>` or `og:title` opens with) and heads
    /// running text of its own before the block `end`: three paragraphs of prose, 400 characters.
    private func headsText(_ headline: Int, before end: Int) -> Bool {
        guard blocks[headline].headingLevel == 1 else { return false }
        let text = TitleFinder.compact(blocks[headline].text)
        guard text.unicodeScalars.count >= 4,
              [pageTitle, meta.first(["og:title"]) ?? ""].contains(where: { TitleFinder.compact($0).hasBytePrefix(text) }) else { return false }
        var paragraphs = 0, characters = 0
        for i in (headline + 1)..<end where blocks[i].counts.content >= 40 && blocks[i].counts.punctuation >= 1 && blocks[i].linkDensity < 0.5 {
            paragraphs += 1
            characters += blocks[i].counts.content
        }
        return paragraphs >= 3 && characters >= 400
    }

    private func cleanBody(_ indices: [Int], title: String?) -> (paragraphs: [String], blocks: [Int]) {
        let compactTitle = title.map(TitleFinder.compact)
        var total = 0
        for i in indices { total += blocks[i].counts.content }
        var seen = 0
        var paragraphs: [String] = []
        var kept: [Int] = []
        var skippingList = false
        var labelledValue: Int? = nil
        // The text's last line, past an editor's credit closing it (read once, not per line).
        let lastLine = lastTextLine(of: indices)
        for (at, i) in indices.enumerated() {
            let block = blocks[i]
            seen += block.counts.content
            if i == labelledValue { continue }
            if NoiseFilter.isEndMarker(block), seen * 3 >= total * 2 || total - seen < 200 { break }
            // A list of works cited, however long: its heading over a numbered first entry (`参考资料：` over `[1] Janine, F. …`).
            if NoiseFilter.isCitationsHeading(block), seen >= 200, at + 1 < indices.count,
               NoiseFilter.opensWithCitationNumber(blocks[indices[at + 1]].text) { break }
            // After two paragraphs of the article: a comment list's heading ends it even when long comments follow.
            if NoiseFilter.isCommentHeading(block), kept.count >= 2, seen * 4 >= total || seen >= 200 || total - seen < 200 { break }
            if player.contains(i) { continue }
            if block.linkDensity > 0.5, !isNumberedLinkedSubhead(at, of: indices) { continue }
            if NoiseFilter.isPromotion(block) { continue }
            if NoiseFilter.isDisclaimer(block) {
                // The notice printed under every article: what follows it near the end is the site's.
                if kept.count >= 2, seen * 3 >= total * 2 || total - seen < 200 { break }
                continue
            }
            // The date under the body that signs a letter or notice (`国务院办公厅` / `二〇〇六年十月十八日`) is the document's.
            if let last = kept.last, ClosingBylines.signatory(blocks[last].text, above: block.text) != nil {
                paragraphs.append(block.text)
                kept.append(i)
                continue
            }
            if NoiseFilter.isFurniture(block) || NoiseFilter.isMetaLine(block) {
                // A widget closing the article (a read count, a feedback menu: 不感兴趣 / 广告软文 /
                // 重复、旧闻 …): when only short lines follow it, they are the widget's too.
                if kept.count >= 2, indices.count - at > 3,
                   indices[(at + 1)...].allSatisfy({ blocks[$0].counts.content <= 20 }) { break }
                continue
            }
            if NoiseFilter.summary(in: block) != nil || NoiseFilter.isCreditLine(block) { continue }
            // A credit's label alone on its line, and the value in the next box, are the byline.
            if NoiseFilter.isMetaLabelAlone(block) {
                labelledValue = valueBlock(after: i)
                continue
            }
            // A key-points box opening the text: its label alone on a line (`划重点：`), then its list.
            if kept.isEmpty, NoiseFilter.isSummaryLabelAlone(block) {
                skippingList = true
                continue
            }
            if skippingList {
                if block.inListItem { continue }
                skippingList = false
            }
            // Lines of punctuation only ("]>", "……") carry no text.
            if block.counts.content == 0 { continue }
            if let compactTitle, block.counts.content <= 80, TitleFinder.compact(block.text).sameBytes(compactTitle) { continue }
            // A caption printed twice in a row.
            if let last = paragraphs.last, last.sameBytes(block.text) { continue }
            // A closing byline on a line of its own (`（袁源）`) is not article text.
            if block.counts.content <= 12, indices.suffix(2).contains(i), ClosingBylines.trailingNames(block.text)?.wholeBlock == true { continue }
            // An office and its writer signing the item on its last line (`道真自治县人事劳动争议仲裁院冯波`).
            if i == indices.last, ClosingBylines.officeSignedName(block.text.collapsingWhitespace) != nil { continue }
            // The writers' names alone on the last line (`王  倩 宋晓华`).
            if i == lastLine, ClosingBylines.namesAlone(block) != nil { continue }
            // A BBS thread's pushes (`<div class="push">推 kent: 都快八國聯軍了 01/01 15:44</div>`): replies, not the post.
            if tree.nearestAncestor(of: block.container, levels: 3, where: isPush) != nil { continue }
            paragraphs.append(NoiseFilter.withoutBBSSignature(NoiseFilter.withoutHomeLinkTail(block.text)))
            kept.append(i)
        }
        return (paragraphs, kept)
    }

    private func images(in kept: [Int]) -> [Article.Image] {
        guard let first = kept.first, let last = kept.last else { return [] }
        let start = blocks[first].firstNode
        let end = blocks[last].firstNode
        var out: [Article.Image] = []
        var i = max(0, start - 40)
        while i < min(tree.nodes.count, end + 40) {
            defer { i += 1 }
            guard tree.nodes[i].tag == .img,
                  let src = tree.attribute("data-original", of: i) ?? tree.attribute("data-src", of: i) ?? tree.attribute("src", of: i),
                  !src.isEmpty, !src.hasBytePrefix("data:") else { continue }
            // Only images that sit in the body's containers, not icons of the page around it.
            guard kept.contains(where: { blocks[$0].container >= 0 && sharesContainer(i, blocks[$0].container) }) else { continue }
            let alt = tree.attribute("alt", of: i)?.collapsingWhitespace
            out.append(Article.Image(src: src, caption: caption(after: i) ?? (alt?.isEmpty == false ? alt : nil)))
        }
        return out
    }

    private func sharesContainer(_ node: Int, _ container: Int) -> Bool {
        let parent = tree.nodes[container].parent
        return tree.isInside(node, parent >= 0 ? Int(parent) : container)
    }

    /// A short block right after an image is its caption.
    private func caption(after image: Int) -> String? {
        guard let next = blocks.firstIndex(where: { $0.firstNode > image }) else { return nil }
        let block = blocks[next]
        guard block.counts.content <= 60, block.firstNode - image < 8 else { return nil }
        return block.text
    }

    // MARK: Fields

    /// A block linking to a place on the page itself (`<a href="#金山寺">`): a table of contents' entry.
    private func linksWithinPage(_ block: TextBlock) -> Bool {
        guard block.linkDensity > 0 else { return false }
        var node = block.firstNode
        while node >= 0, tree.nodes[node].tag == .text || tree.nodes[node].tag == .span { node = Int(tree.nodes[node].parent) }
        return node >= 0 && tree.nodes[node].tag == .a && tree.attribute("href", of: node)?.hasBytePrefix("#") == true
    }

    /// Whether the page's meta tags give a publication day more than a day away from `date` (a time in UTC
    /// may fall on the day before Beijing's).
    private func publishedElsewhere(_ date: String) -> Bool {
        guard let value = meta.times.first?.value ?? meta.first(MetaTags.dateNames), let published = DateParser.first(in: value),
              let found = DateParser.first(in: date) else { return false }
        return abs(published.dayNumber - found.dayNumber) > 1
    }

    /// The publication date, looked for where pages print it, nearest the headline first.
    private func findDate(header: [Int], body: [Int], titleBlock: Int?, title: String? = nil) -> String? {
        func firstDate(in indices: some Sequence<Int>, where include: (TextBlock) -> Bool = { _ in true }) -> String? {
            for i in indices where include(blocks[i]) && !NoiseFilter.datesSomethingElse(blocks[i])
                && !(i > 0 && NoiseFilter.labelsSomethingElsesDate(blocks[i - 1])) && !datesALinkedItem(blocks[i]) {
                // `<span>2005.08.26</span>05:39` reads `2005.08.2605:39` run together: the inline boundary separates them.
                let block = blocks[i]
                let split = block.fieldText.utf8.count != block.text.utf8.count ? DateParser.first(in: block.fieldText) : nil
                if let date = DateParser.first(in: block.text) ?? split ?? relativeDateTitle(block) {
                    return date.iso
                }
                if let date = yearlessStamp(block) { return date }
            }
            return nil
        }
        let bodyEnd = (body.last ?? blocks.count - 1) + 1
        let bodyStart = body.first ?? blocks.count
        // Where the headline's own date box may be: a little above the headline to the first lines of the body.
        let near = nearHeadline(titleBlock: titleBlock, bodyStart: body.first)
        let dateBox: (TextBlock) -> Bool = { $0.counts.content <= 80 && self.inDateBox($0) }
        // Without a headline block the blocks before the body may be anything (menus, lists): a date
        // box is the stronger sign there.
        // A government page's disclosure table above the headline or under it (索引号, 发布机构, 发文日期 …) dates the document.
        // Published (发布日期) before issued and written (成文日期) when the table gives several.
        if let t = titleBlock {
            let priority = ["发布日期", "公开日期"] + Self.disclosureDateLabels
            let table = labelledDates(before: max(t, bodyStart), labels: priority)
            if table.contains(where: { Self.disclosureDateLabels.contains($0.label) }) {
                for label in priority {
                    if let found = table.first(where: { $0.label == label }) { return found.date }
                }
            }
        }
        if titleBlock == nil, let date = firstDate(in: near, where: dateBox) { return date }
        // The headline's box with the date in an element of its own (`标题<span>2012/12/09</span>`), the headline read without it.
        if let t = titleBlock, let title, DateParser.first(in: title) == nil, let date = firstDate(in: [t]) { return date }
        if let date = firstDate(in: header, where: dateBox) ?? firstDate(in: header) { return date }
        // A meta line among the first paragraphs ("2003-7-24 钱江晚报"); not a bare date the text quotes
        // (a diary's `2024.1.10`) when the page's meta tags publish it on another day.
        if let date = firstDate(in: body.prefix(6), where: NoiseFilter.isMetaLine), !publishedElsewhere(date) { return date }
        if let date = firstDate(in: near, where: dateBox) { return date }
        // Just above the headline, even inside a link bar; not a sentence that mentions a day (a blog's photo
        // note above its headline repeated in the text: `本文照片由…2023年12月10日、13日摄于…。`).
        if let t = titleBlock, let date = firstDate(in: stride(from: t - 1, through: max(0, t - 6), by: -1), where: { $0.counts.content <= 60 && !$0.text.containsBytes("。") }) {
            return date
        }
        // A labelled date above the body (`发布日期：` and the date, in one cell or the next).
        if let date = labelledDate(before: min(bodyStart, (titleBlock ?? bodyStart) + 1), labels: Self.disclosureDateLabels + ["发布日期", "公开日期", "发布时间"]) {
            return date
        }
        // A `<time>` in a comment, a related item or a sidebar's list of recent posts dates that, not the article: only
        // after the meta tags' date. (A box holding the headline or the text is the article's, whatever its name: a
        // theme's `right-sidebar` page, a `theiaStickySidebar` around the text.)
        let article = [titleBlock, body.first].compactMap { $0 }.map { blocks[$0].firstNode }
        let others = meta.times.map { time in
            tree.nearestAncestor(of: time.node) { node in namedForOtherItems(node) && !article.contains { tree.isInside($0, node) } } != nil
        }
        let times = meta.times.indices.filter { !others[$0] }.map { meta.times[$0].value } + [meta.first(MetaTags.dateNames)].compactMap({ $0 })
            + meta.times.indices.filter { others[$0] }.map { meta.times[$0].value }
        for value in times {
            if let date = DateParser.first(in: value) { return date.iso }
        }
        // JSON-LD and script variables (datePublished, publish_time …).
        if let date = ScriptDates.first(in: utf8) { return date }
        // `<span class="pubtime" data-time="2022-09-21 08:00"></span>` (南方+): an empty element under the headline that
        // keeps the date in an attribute for a script to print.
        if let date = attributeDate(from: titleBlock ?? near.lowerBound, to: bodyStart) { return date }
        // `发布时间：<script>var pubdata='2018年02月13日'; document.write(pubdata)</script>`: a date a script writes after its label.
        if let date = ScriptDates.writtenAfterLabel(in: utf8) { return date }
        // A dateline in the first paragraph, a signature date at the end, or "发表于" below the post.
        return firstDate(in: body.prefix(2) + body.suffix(3)) { $0.counts.content <= 60 }
            ?? firstDate(in: bodyEnd..<min(blocks.count, bodyEnd + 20)) { NoiseFilter.isMetaLine($0) }
            // A press release's dateline opening its first paragraph, however long the paragraph
            // (`[阿姆斯特丹，2012年10月19日] 华为今天宣布…`, `中国深圳，2019年3月5日——…`).
            ?? body.prefix(2).lazy.compactMap { DateParser.openingDateline(self.blocks[$0].text)?.iso }.first
            // The first dated short line anywhere before the body.
            ?? firstDate(in: 0..<bodyStart) { $0.counts.content <= 60 && $0.linkDensity < 0.5 }
            // Last, when the page prints its date without a year (`10-09 18:45`) or not at all: the
            // time it was last updated (百家号's `<meta itemprop="dateUpdate">`), usually the same day.
            ?? meta.first(MetaTags.updateNames).flatMap { DateParser.first(in: $0)?.iso }
    }

    /// An element holding other items than the article: an `<aside>`, or one whose class or id names comments, replies,
    /// related or recent items, a sidebar or a widget (`hotCmnt`, `discuss_block`, `ct-related-posts`, `card-recent-post`).
    private func namedForOtherItems(_ node: Int) -> Bool {
        if tree.nodes[node].tag == .aside { return true }
        guard tree.nodes[node].attributeCount > 0 else { return false }
        for name in ["class", "id"] {
            guard let value = tree.attribute(name, of: node)?.lowercased() else { continue }
            if value.countBytes(of: Self.otherItemNames, stopAt: 1) > 0 { return true }
        }
        return false
    }

    /// Labels of a document's own date in a government site's disclosure table (信息公开): issued, written, generated.
    private static let disclosureDateLabels = ["发文日期", "印发日期", "生成日期", "成文日期"]

    /// The date after one of `labels` in a short block before `end`, in the block or the next one.
    private func labelledDate(before end: Int, labels: [String]) -> String? {
        labelledDates(before: end, labels: labels).first?.date
    }

    /// The value of a disclosure table's `标题` row (the label's letters may be spaced out:
    /// `标　　题：`) in the blocks before `end`: in the label's block or the next one.
    private func disclosureTitle(before end: Int) -> String? {
        for i in 0..<min(end, blocks.count) where blocks[i].counts.content <= 120 {
            let compact = TitleFinder.compact(blocks[i].text)
            guard compact.hasBytePrefix("标题：") || compact.hasBytePrefix("标题:") else { continue }
            let rest = compact.dropFirst(3)
            let value = rest.isEmpty && i + 1 < end ? blocks[i + 1].text : String(blocks[i].text.drop { $0 != "：" && $0 != ":" }.dropFirst())
            let title = value.collapsingWhitespace
            guard (4...120).contains(TextCounts(title).content), DateParser.first(in: title) == nil else { continue }
            return title
        }
        return nil
    }

    /// Every labelled date in short blocks before `end`, in page order, with its label.
    private func labelledDates(before end: Int, labels: [String]) -> [(label: String, date: String)] {
        var found: [(label: String, date: String)] = []
        for i in 0..<min(end, blocks.count) where blocks[i].counts.content <= 40 {
            let text = blocks[i].text
            guard let label = labels.first(where: { text.hasBytePrefix($0) }) else { continue }
            let rest = text.dropFirst(label.count).drop { $0 == " " || $0 == "\u{3000}" }
            guard let colon = rest.first, colon == ":" || colon == "：" else { continue }
            if let date = DateParser.first(in: String(rest)) {
                found.append((label, date.iso))
            } else if rest.dropFirst().allSatisfy({ $0 == " " }), i + 1 < end, let date = DateParser.first(in: blocks[i + 1].text),
                      blocks[i + 1].counts.content <= 24 {
                found.append((label, date.iso))
            }
        }
        guard found.isEmpty else { return found }
        // The fields on one line (`发文机关：某某县人民政府办公室 成文日期：2019年09月05日 发布日期：2019年09月07日`): each label with
        // its colon and the date right after it.
        for i in 0..<min(end, blocks.count) where blocks[i].counts.content <= 100 && blocks[i].counts.content > 40 {
            let text = blocks[i].text
            for label in labels {
                guard let range = text.firstByteRange(of: label) else { continue }
                let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
                guard let colon = rest.first, colon == ":" || colon == "：",
                      let date = DateParser.first(in: String(rest.dropFirst().prefix(32))), date.start <= 1 else { continue }
                found.append((label, date.iso))
            }
            if !found.isEmpty { return found }
        }
        return found
    }

    /// A date string (not a Unix time) in a time attribute (`data-time`, `data-date`, `datetime` …) of an element between
    /// the blocks `from` and `to`, or nil.
    private func attributeDate(from: Int, to: Int) -> String? {
        guard blocks.indices.contains(from) else { return nil }
        let start = blocks.nodes(of: from, in: tree).lowerBound
        let end = blocks.indices.contains(to) ? blocks.nodes(of: to, in: tree).lowerBound : min(tree.nodes.count, start + 400)
        guard start < end else { return nil }
        for i in start..<min(end, start + 400) where tree.nodes[i].tag != .text {
            for name in HTMLTree.timeStampAttributes {
                guard let value = tree.attribute(name, of: i), !value.allSatisfy({ $0.isASCII && $0.isNumber }),
                      let date = DateParser.first(in: value), date.start == 0 else { continue }
                return date.iso
            }
        }
        return nil
    }

    /// `<li><a href="…">图文解读：…</a> <span class="time">2023-07-12</span></li>`: a date beside
    /// a link to another article in a list item (related items between headline and body) dates
    /// that article.
    private func datesALinkedItem(_ block: TextBlock) -> Bool {
        guard block.inListItem, block.counts.content <= 100 else { return false }
        var node = Int(tree.nodes[block.firstNode].parent)
        var level = 0
        while node >= 0, level < 4, tree.nodes[node].tag != .li { node = Int(tree.nodes[node].parent); level += 1 }
        guard node >= 0, tree.nodes[node].tag == .li else { return false }
        for i in node..<Int(tree.nodes[node].end) where tree.nodes[i].tag == .a {
            // A headline's worth of link text, not an outlet (`来源：<a>中国新闻网</a>`).
            let text = tree.text(of: i)
            if TextCounts(text).content >= 8, DateParser.first(in: text) == nil, !SourceCleaner.namesOutlet(text.collapsingWhitespace) { return true }
        }
        return false
    }

    /// `创建于 <span title="2024-05-13 18:25:18">1周前</span>`: a relative date (`1周前`, `3天前`,
    /// `昨天`) whose element keeps the full date in its `title`.
    private func relativeDateTitle(_ block: TextBlock) -> DateParser.Found? {
        guard block.counts.content <= 100, block.text.countBytes(of: Self.relativeDateWords, stopAt: 1) > 0 else { return nil }
        var node = block.container >= 0 ? block.container : Int(tree.nodes[block.firstNode].parent)
        guard node >= 0 else { return nil }
        // The line's element and what it holds, then its parents.
        for i in node..<min(Int(tree.nodes[node].end), node + 60) where tree.nodes[i].tag != .text {
            if let title = tree.attribute("title", of: i), let date = DateParser.first(in: title) { return date }
        }
        for _ in 0..<2 {
            node = Int(tree.nodes[node].parent)
            guard node >= 0 else { break }
            if let title = tree.attribute("title", of: node), let date = DateParser.first(in: title) { return date }
        }
        return nil
    }

    /// The latest month the text names with its year (`2020年1月`, `2019年12月3日`).
    private func latestMonthTold(in body: [Int]) -> (year: Int, month: Int)? {
        var latest: (year: Int, month: Int)?
        for i in body where blocks[i].text.containsBytes("年") {
            let scalars = Array(blocks[i].text.unicodeScalars)
            var k = 0
            while k + 6 < scalars.count {
                defer { k += 1 }
                guard scalars[k + 4] == "年", k == 0 || !(scalars[k - 1].properties.numericType == .decimal),
                      let year = Int(String(String.UnicodeScalarView(scalars[k..<(k + 4)]))), (1990...2100).contains(year) else { continue }
                var m = k + 5, month = 0, digits = 0
                while m < scalars.count, digits < 2, let d = Int(String(scalars[m])), scalars[m].isASCII { month = month * 10 + d; digits += 1; m += 1 }
                guard digits > 0, (1...12).contains(month), m < scalars.count, scalars[m] == "月" else { continue }
                if latest.map({ ($0.year, $0.month) < (year, month) }) ?? true { latest = (year, month) }
            }
        }
        return latest
    }

    private static let relativeDateWords = PhraseList(["前", "昨天", "前天", "刚刚", "ago", "今天"])

    /// `<a class="time" data-created_at="1558005120000">发布于05-16 19:12</a>`: a day and time printed without the year
    /// in an element that keeps the moment as seconds (or milliseconds) since 1970: that moment, when it falls on the
    /// printed day and minute in China.
    private func yearlessStamp(_ block: TextBlock) -> String? {
        guard block.counts.content <= 40, block.text.containsBytes(":"), block.text.containsBytes("-") else { return nil }
        let scalars = Array(block.text.unicodeScalars)
        func number(_ k: inout Int, max digits: Int) -> Int? {
            var value = 0, count = 0
            while k < scalars.count, count < digits, let d = scalars[k].properties.numericType == .decimal ? Int(String(scalars[k])) : nil {
                value = value * 10 + d; count += 1; k += 1
            }
            return count > 0 ? value : nil
        }
        // `MM-DD HH:MM` (the day not preceded by a year's digits).
        var printed: (month: Int, day: Int, hour: Int, minute: Int)?
        for start in scalars.indices where start == 0 || !(scalars[start - 1].properties.numericType != nil || scalars[start - 1] == "-") {
            var k = start
            guard let month = number(&k, max: 2), k < scalars.count, scalars[k] == "-" else { continue }
            k += 1
            guard let day = number(&k, max: 2) else { continue }
            while k < scalars.count, scalars[k] == " " { k += 1 }
            guard let hour = number(&k, max: 2), k < scalars.count, scalars[k] == ":" else { continue }
            k += 1
            guard let minute = number(&k, max: 2), (1...12).contains(month), (1...31).contains(day) else { continue }
            printed = (month, day, hour, minute)
            break
        }
        guard let printed else { return nil }
        var node = block.container >= 0 ? block.container : Int(tree.nodes[block.firstNode].parent)
        var nodes: [Int] = []
        if node >= 0 { nodes += Array(node..<min(Int(tree.nodes[node].end), node + 20)).filter { tree.nodes[$0].tag != .text } }
        for _ in 0..<2 where node >= 0 {
            node = Int(tree.nodes[node].parent)
            if node >= 0 { nodes.append(node) }
        }
        for i in nodes {
            for name in HTMLTree.timeStampAttributes {
                guard let value = tree.attribute(name, of: i), value.count == 10 || value.count == 13,
                      value.allSatisfy({ $0.isASCII && $0.isNumber }), var seconds = Int(value) else { continue }
                if value.count == 13 { seconds /= 1000 }
                guard let iso = ScriptDates.unixDate(seconds), let found = DateParser.first(in: iso),
                      found.month == printed.month, found.day == printed.day, found.hour == printed.hour, found.minute == printed.minute else { continue }
                return iso
            }
        }
        return nil
    }

    /// A piece of text as a block of its own, for the line tests of `NoiseFilter`.
    static func line(_ text: String) -> TextBlock {
        TextBlock(text: text, fieldText: text, container: -1, firstNode: 0, counts: TextCounts(text), linkContent: 0,
                  headingLevel: 0, inListItem: false, emphasized: false)
    }

    /// Where the headline's own date and source boxes may be: a little above the headline to the
    /// first lines of the body.
    private func nearHeadline(titleBlock: Int?, bodyStart: Int?) -> Range<Int> {
        let start = bodyStart ?? blocks.count
        let lower = titleBlock.map { max(0, $0 - 6) } ?? max(0, start - 10)
        return lower..<max(lower, min(blocks.count, start + 3))
    }

    /// A block printed in a time, date or info box (`<span class="time">`, `<div id="pubtime">`,
    /// `<p class="article-info">`), and not inside comments or lists of other articles.
    func inDateBox(_ block: TextBlock) -> Bool {
        var node = Int(tree.nodes[block.firstNode].parent)
        var level = 0
        var hinted = false
        while node >= 0, level < 8 {
            for name in ["class", "id"] {
                guard let value = tree.attribute(name, of: node)?.lowercased(), !value.isEmpty else { continue }
                if value.countBytes(of: Self.otherItemHints, stopAt: 1) > 0 { return false }
                if level < 4, value.countBytes(of: Self.dateBoxHints, stopAt: 1) > 0 { hinted = true }
            }
            node = Int(tree.nodes[node].parent)
            level += 1
        }
        return hinted
    }

    private static let dateBoxHints = PhraseList(["time", "date", "pub", "info", "meta", "source", "byline", "attr", "author"])
    /// Boxes whose dates belong to something else: comments, replies, lists of other articles.
    private static let otherItemHints = PhraseList([
        "comment", "reply", "related", "recommend", "hot", "rank", "list", "footer", "update", "modif", "weather", "today",
        "calendar", "sidebar",
    ])
    /// Boxes of other items whose `<time>`s yield to the meta tags' date (`namedForOtherItems`): narrower than
    /// `otherItemHints` (a `list`, `hot` or `update` box around the article's own time is common), wider in the names
    /// themes give comments and recent posts.
    private static let otherItemNames = PhraseList(["comment", "cmnt", "discuss", "reply", "related", "relevent", "relevant", "recent",
                                                    "aside", "sidebar", "widget"])

    /// Where bylines are printed, most likely first: between headline and body, short lines of
    /// the body (top, then bottom), below the body, just above the headline.
    private func bylineRegion(header: [Int], body: [Int], titleBlock: Int?) -> [Int] {
        let shortBody = body.filter { blocks[$0].counts.content <= 30 }
        // The body's first short lines, and a longer one that is a meta line (`2024-12-01 00:30:00 出处：游民星空
        // 作者：co1dsleep 编辑：雪花`: Latin names count a character a letter).
        let top = body.prefix { $0 <= (body.first ?? 0) + 8 }.filter { blocks[$0].counts.content <= 30 || NoiseFilter.isMetaLine(blocks[$0]) }
        let bodyEnd = (body.last ?? blocks.count - 1) + 1
        let below = (bodyEnd..<min(blocks.count, bodyEnd + 10)).filter { blocks[$0].counts.content <= 40 }
        let above = titleBlock.map { t in Array(stride(from: t - 1, through: max(0, t - 4), by: -1)) } ?? []
        // Short lines the body's first blocks skip over (a meta line the scorer set aside: `每经记者 徐杰 实习编辑 梁枭`).
        let gap = titleBlock.flatMap { t in body.prefix(4).last.map { last in ((t + 1)..<last).filter { !body.contains($0) && blocks[$0].counts.content <= 60 } } } ?? []
        // A longer meta line closing the text (网易's `本文来源：央视新闻移动网 作者：央视特约评论员 王亚宏 责任编辑：谭章慧_NBJ6937`).
        let closingMeta = body.suffix(3).filter { blocks[$0].counts.content > 30 && blocks[$0].counts.content <= 60 && NoiseFilter.isMetaLine(blocks[$0]) }
        var seen = Set<Int>()
        return (header + top + gap + shortBody.reversed() + closingMeta.reversed() + below + above.filter { blocks[$0].counts.content <= 60 }).filter { seen.insert($0).inserted }
    }

    /// A source and whether a label (`来源：`) named it.
    private struct FoundSource {
        var value: String
        var labelled: Bool
        /// The writers the same slot names after the outlet (`上海教育新闻网 金寒草 2020-06-15`).
        var names: String? = nil
    }

    private static let fromLabels = PhraseList(["来自", "來自"])
    private static let reprintLabels = ["本文转载自", "本文轉載自", "本文转自", "转载自", "轉載自"]

    /// The last line of the text among `indices`: the one before an editor's credit closing them (`(责编：赵爽、杨曦)`).
    private func lastTextLine(of indices: [Int]) -> Int? {
        guard let last = indices.last else { return nil }
        guard indices.count >= 2, blocks[last].counts.content <= 30 else { return last }
        let line = blocks[last].text.collapsingWhitespace.trimmingBytes("（(【[ ")
        return BylineParser.editorLabels.names.contains(where: { line.hasBytePrefix($0) }) ? indices[indices.count - 2] : last
    }

    private func findSource(in candidates: [Int], header: [Int], body: [Int], near: Range<Int>) -> FoundSource? {
        let found = firstSource(in: candidates, header: header, body: body, near: near)
        // The meta line naming the site itself (`温州网 2021-04-08 08:19` under 温州网's `<title>`), the text credited to
        // another outlet at its close (`来源：温州晚报`, `(京华时报)` under the text): the site reprinted it from that outlet.
        // A labelled credit to the site itself (`本文转自：温州网`) yields only to a labelled one (`来源：温州晚报`), not to a
        // bracket (`来源：中国日报网` over `（中国日报上海分社）`, its own bureau).
        if let found, found.names == nil, namesThisSite(found.value), let credit = closingCredit(body: body), credit.labelled || !found.labelled {
            return FoundSource(value: credit.name, labelled: true)
        }
        // A labelled value in Latin letters that names no outlet (the account that entered the page, `文章来源：XIAOSHOUBU`;
        // a column's `Community Care`), the text closing with a Chinese outlet's labelled credit (`来源：中国水利报 2024年1月30日`):
        // the outlet. (A unit's name, `来源：民政厅机关党委`, is the office that reprinted it, and stays.)
        if let found, found.names == nil, found.labelled, !found.value.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }),
           !SourceCleaner.namesOutlet(found.value),
           let credit = closingCredit(body: body), credit.labelled, credit.name != found.value {
            return FoundSource(value: credit.name, labelled: true)
        }
        return found
    }

    /// An outlet credited on a short line of its own closing the text, labelled (`来源：温州晚报`) or alone in brackets
    /// (`(京华时报)`, a line or a few after the text's end): not a person, not a platform or a vague word.
    private func closingCredit(body: [Int]) -> (name: String, labelled: Bool)? {
        guard let last = body.last else { return nil }
        for i in body.suffix(3).reversed() + Array((last + 1)..<min(blocks.count, last + 5)) where blocks[i].counts.content <= 30 {
            let text = blocks[i].fieldText
            if let name = SourceCleaner.bracketedOutletAlone(text), !namesThisSite(name) { return (name, false) }
            // (`本文转自：温州网 66wz.com` under `来源：温州晚报`: the site's own name is passed over.)
            guard body.contains(i), let value = BylineParser.value(after: BylineParser.sourceLabels, in: text, oneWord: true),
                  let cleaned = SourceCleaner.clean(value), SourceCleaner.endsAsOutlet(cleaned), ClosingBylines.personalName(cleaned) == nil,
                  !SourceCleaner.isPlatform(cleaned), !SourceCleaner.isVague(cleaned), !namesThisSite(cleaned) else { continue }
            return (cleaned, true)
        }
        return nil
    }

    private func firstSource(in candidates: [Int], header: [Int], body: [Int], near: Range<Int>) -> FoundSource? {
        // A platform (网易号, 百家号 …) names where the article was posted, not who wrote it: only
        // when nothing else is named.
        var platform: String?
        // `来源：网络` (the internet): only when nothing else is named.
        var vague: String?
        func accept(_ value: String) -> String? {
            if SourceCleaner.isPlatform(value) {
                platform = platform ?? value
                return nil
            }
            if SourceCleaner.isVague(value) {
                vague = vague ?? value
                return nil
            }
            return value
        }
        for i in candidates where !player.contains(i) {
            // `本文来源于微信公众号「差评」`: the account in quotes (read below), not the platform's name.
            if SourceCleaner.reprintedAccount(in: blocks[i].fieldText) != nil { continue }
            if let value = BylineParser.value(after: BylineParser.sourceLabels, in: labelledText(i), oneWord: true),
               let cleaned = SourceCleaner.clean(value) {
                // `来源: 尹娟`: a person, not an outlet (the author, found apart); not the site's own name (`来源：周到` on 周到's
                // page, `<title>… - 周到</title>`).
                if ClosingBylines.personalName(cleaned) != nil, !namesThisSite(cleaned) { continue }
                // `来自Android客户端`, `来自 360安全浏览器`: the app a post was sent from.
                if SourceCleaner.namesPostingApp(in: blocks[i].fieldText) { continue }
                // `来自: <a href="/people/1748265/">弘贤</a>`: a forum's poster, linked to the member's page.
                if blocks[i].fieldText.countBytes(of: Self.fromLabels, stopAt: 1) > 0, namesAProfileLink(cleaned) { continue }
                if let outlet = accept(cleaned) { return FoundSource(value: outlet, labelled: true) }
            }
        }
        // WeChat's reprint box (`<a id="copyright_info">`): `内容转载自公众号` over the account the article was taken from.
        for i in blocks.indices.dropLast() where blocks[i].counts.content <= 10 && blocks[i].text.hasByteSuffix("转载自公众号") {
            let name = blocks[i + 1].text
            if (2...30).contains(name.unicodeScalars.count), !name.containsBytes(" "), let cleaned = SourceCleaner.clean(name),
               let outlet = accept(cleaned) { return FoundSource(value: outlet, labelled: true) }
        }
        // `本文系转载自微信公众号「差评」` opening or closing the text: the account it was taken from; `（本文由「工商時報」
        // 授權轉載）`: the outlet that let it be reprinted.
        for i in candidates + body.prefix(2) + body.suffix(3) {
            if let name = (SourceCleaner.reprintedAccount(in: blocks[i].fieldText) ?? SourceCleaner.authorizedReprint(in: blocks[i].text))
                .flatMap(SourceCleaner.clean), let outlet = accept(name) {
                return FoundSource(value: outlet, labelled: true)
            }
        }
        // `转载声明：本文转载自 Simon Willison’s Weblog，原文链接：…` opening or closing a blog's text: where it was taken from.
        for i in body.prefix(2) + body.suffix(3) where blocks[i].counts.content <= 80 {
            let text = blocks[i].fieldText
            guard let label = Self.reprintLabels.lazy.compactMap({ text.firstByteRange(of: $0) }).first,
                  text.distance(from: text.startIndex, to: label.lowerBound) <= 12,
                  let value = BylineParser.value(after: BylineParser.sourceLabels, in: String(text[label.lowerBound...]), oneWord: true),
                  let cleaned = SourceCleaner.clean(value), ClosingBylines.personalName(cleaned) == nil,
                  let outlet = accept(cleaned) else { continue }
            return FoundSource(value: outlet, labelled: true)
        }
        // `原创：39健康网`: an outlet claiming its own piece.
        for i in candidates {
            if let value = BylineParser.value(after: BylineParser.originalLabel, in: blocks[i].fieldText, oneWord: true),
               let cleaned = SourceCleaner.clean(value), SourceCleaner.namesOutlet(cleaned), ClosingBylines.personalName(cleaned) == nil,
               let outlet = accept(cleaned) { return FoundSource(value: outlet, labelled: true) }
        }
        // A closing credit in brackets: `……的发展机会。（本文来源：经济日报 作者：…）`; or a note that says where the text came
        // from without a label's colon: `(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)`.
        for i in body.suffix(2).reversed() {
            if let name = SourceCleaner.statedOrigin(in: blocks[i].text).flatMap(SourceCleaner.clean), ClosingBylines.personalName(name) == nil,
               let outlet = accept(name) { return FoundSource(value: outlet, labelled: true) }
            let text = blocks[i].fieldText
            // `摘自:生活时报` alone on the last line, `（摘自《北京青年报》/作者：李罡）` closing it: the paper it was excerpted
            // from (a book, `（摘自《我们的七十年代》，旷晨编著）`, is no outlet).
            // The last bracket, when it closes the text's last 120 characters.
            let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }).flatMap { text.distance(from: $0, to: text.endIndex) <= 120 ? $0 : nil }
            let excerpt = text.unicodeScalars.count <= 30 && text.hasBytePrefix("摘") ? Substring(text) : open.map { text[$0...] }
            // (`（本段摘自：黔中早报）`: where one paragraph was taken from, not the article.)
            if let excerpt, !excerpt.dropFirst().hasBytePrefix("本段"),
               let value = BylineParser.value(after: BylineParser.excerptLabels, in: String(excerpt), oneWord: true),
               let cleaned = SourceCleaner.clean(value), SourceCleaner.endsAsOutlet(cleaned), ClosingBylines.personalName(cleaned) == nil,
               let outlet = accept(cleaned) { return FoundSource(value: outlet, labelled: true) }
            guard let open,
                  let value = BylineParser.value(after: BylineParser.sourceLabels, in: String(text[open...]), oneWord: true),
                  let cleaned = SourceCleaner.clean(value), ClosingBylines.personalName(cleaned) == nil,
                  let outlet = accept(cleaned) else { continue }
            return FoundSource(value: outlet, labelled: true)
        }
        if let box = sourceBox(in: near), let outlet = accept(box.value) { return FoundSource(value: outlet, labelled: box.labelled, names: box.names) }
        // The site's own name in the meta tag (`<meta name="source" content="中時電子報">` beside `og:site_name`
        // 中時電子報) yields to an outlet the page's meta line or byline prints (`中國時報 陳亭均／綜合報導`).
        var siteOwnName: String?
        if let value = meta.first(MetaTags.sourceNames), let cleaned = SourceCleaner.clean(value), let outlet = accept(cleaned) {
            guard namesThisSite(outlet) else { return FoundSource(value: outlet, labelled: false) }
            siteOwnName = outlet
        }
        for i in candidates {
            // The unlabelled slot after the date on the meta line: "2019-12-10 07:57:40 新华网"; between
            // headline and body any dated line is that meta line.
            if NoiseFilter.isMetaLine(blocks[i]) || header.contains(i),
               let found = SourceCleaner.outletAfterDate(in: blocks[i].fieldText), let outlet = accept(found.outlet) {
                return FoundSource(value: outlet, labelled: false, names: found.name)
            }
            if let pair = BylineParser.nameAndOutlet(blocks[i].text), let outlet = accept(pair.source) { return FoundSource(value: outlet, labelled: true) }
        }
        for i in header {
            if let found = SourceCleaner.outletAfterCredit(in: blocks[i].fieldText), let outlet = accept(found.outlet) {
                return FoundSource(value: outlet, labelled: false, names: found.name)
            }
        }
        // Between headline and body, the meta line's slot after the date names the outlet even
        // without an outlet's suffix (`2009年11月09日13:56 新浪娱乐`), when it is no label, weekday or person.
        for i in header {
            guard let word = SourceCleaner.wordAfterDate(in: blocks[i].fieldText), word.count <= 12,
                  word.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || ($0.isASCII && $0.properties.isAlphabetic) || ($0.value >= 0x30 && $0.value <= 0x39) }),
                  !word.hasBytePrefix("星期"), !word.hasBytePrefix("周"), !word.hasBytePrefix("礼拜"), !AuthorCleaner.startsWithAction(word), AuthorCleaner.notNames.contains(word) == false,
                  !NoiseFilter.isFurniture(PageAnalysis.line(word)), ClosingBylines.personalName(word) == nil,
                  BylineParser.value(after: BylineParser.authorLabels, in: word) == nil, !printedAsTag(word),
                  let outlet = accept(word) else { continue }
            return FoundSource(value: outlet, labelled: false)
        }
        // The outlet before the date on the meta line (`第一财经 2019-01-26 19:02:59`); past the text's end, a dated line
        // is a related item's (`网络犯罪证券时报 2025-12-23`).
        for i in candidates where header.contains(i) || (NoiseFilter.isMetaLine(blocks[i]) && i < (body.last ?? Int.max)) {
            if let found = SourceCleaner.outletBeforeDate(in: blocks[i].fieldText), let outlet = accept(found.outlet) {
                return FoundSource(value: outlet, labelled: found.names != nil, names: found.names)
            }
            if let found = SourceCleaner.outletWithStatus(in: blocks[i].fieldText), let outlet = accept(found) {
                return FoundSource(value: outlet, labelled: true)
            }
        }
        // The outlet alone on the line over the dated meta line (sina's mobile page: `<h2>环球网</h2>` over
        // `2018.04.03 10:39`): the meta line's slot, set on a line of its own. Not an account's name in a box named
        // for the author (`<div class="author-info__name">中国新闻网</div>`, 百家号, 快资讯): the account that posted.
        for i in header.dropFirst() where header.contains(i - 1) && DateParser.first(in: blocks[i].fieldText) != nil {
            guard tree.nearestAncestor(of: blocks[i - 1].container, levels: 4, where: isAuthorNamed) == nil,
                  let word = SourceCleaner.outletAlone(blocks[i - 1].fieldText), ClosingBylines.personalName(word) == nil,
                  let outlet = accept(word) else { continue }
            return FoundSource(value: outlet, labelled: false)
        }
        // `聯合報／ 記者沈能元／台北即時報導`: the byline names the reporter's outlet before the role.
        for i in candidates where header.contains(i) || NoiseFilter.isMetaLine(blocks[i]) || NoiseFilter.reportersOnly(blocks[i].text) != nil {
            if let value = (BylineParser.outletBeforeReporter(blocks[i].fieldText) ?? BylineParser.outletSlashWriter(blocks[i].fieldText)?.outlet)
                .flatMap(SourceCleaner.clean), let outlet = accept(value) {
                return FoundSource(value: outlet, labelled: true)
            }
        }
        if let siteOwnName { return FoundSource(value: siteOwnName, labelled: false) }
        // The agency opening a dateline in the first paragraphs (after any photo captions) (`新华社北京5月9日电`), when nothing above named one.
        for i in body.prefix(8) {
            if let agency = BylineParser.agencyInDateline(blocks[i].text) ?? BylineParser.outletInOpeningBracket(blocks[i].text) {
                return FoundSource(value: agency, labelled: true)
            }
        }
        // `(三湘都市报)` alone closing the text, when nothing above named an outlet: the paper it ran in.
        for i in body.suffix(2).reversed() {
            if let name = SourceCleaner.bracketedOutletAlone(blocks[i].text), let outlet = accept(name) { return FoundSource(value: outlet, labelled: true) }
        }
        // A closing citation: "——《北京之春》1996年6月号".
        for i in body.suffix(3) where blocks[i].text.hasBytePrefix("—") {
            if let title = SourceCleaner.bookTitle(in: blocks[i].text) { return FoundSource(value: title, labelled: true) }
        }
        // The outlet the page's JSON-LD credits as the author (`"@type": "Organization"`).
        if let outlet = ScriptValues.organizationAuthor(in: utf8).flatMap(SourceCleaner.clean).flatMap(accept) {
            return FoundSource(value: outlet, labelled: true)
        }
        // Last, the outlet a script variable names as the source.
        if platform == nil, let outlet = ScriptValues.outletSource(in: utf8).flatMap(SourceCleaner.clean).flatMap(accept) {
            return FoundSource(value: outlet, labelled: true)
        }
        return (platform ?? vague).map { FoundSource(value: $0, labelled: true) }
    }

    /// `name` is the site's own (its `og:site_name`, or the `<title>`'s last part when the `<title>` has several).
    private func namesThisSite(_ name: String) -> Bool {
        let compact = TitleFinder.compact(name)
        if let site = meta.first(["og:site_name", "application-name"]), TitleFinder.compact(site).sameBytes(compact) { return true }
        let parts = TitleFinder.titleParts(pageTitle)
        return parts.count >= 2 && TitleFinder.compact(parts[parts.count - 1]).sameBytes(compact)
    }

    /// The text of an element named for the source near the headline (`<span class="source">新浪财经</span>`,
    /// `<a id="source_baidu">`): labelled or not, one outlet.
    private func sourceBox(in near: Range<Int>) -> FoundSource? {
        guard !near.isEmpty else { return nil }
        let first = Int(tree.nodes[blocks[near.lowerBound].firstNode].parent)
        let end = near.upperBound < blocks.count ? blocks[near.upperBound].firstNode : tree.nodes.count
        var node = max(0, first)
        while node < end {
            defer { node += 1 }
            guard isSourceBox(node), !tree.isHidden(node) else { continue }
            // A box named for the source holding another (`sourceTitle` around `sourceTitleText` and a
            // follow button): the inner one names the outlet, the outer one glues its neighbours on.
            if ((node + 1)..<Int(tree.nodes[node].end)).contains(where: isSourceBox) { continue }
            let text = boxText(node, near: near)
            guard !text.isEmpty, text.unicodeScalars.count <= 40 else { continue }
            // `[<a class="mbSourceCard">微博</a>]`: a link to the outlet's microblog, not its name.
            if SourceCleaner.isBracketedTag(text) { continue }
            let parent = Int(tree.nodes[node].parent)
            if parent >= 0, TitleFinder.compact(tree.text(of: parent)).containsBytes("[" + TitleFinder.compact(text) + "]") { continue }
            if let value = BylineParser.value(after: BylineParser.sourceLabels, in: text, oneWord: true) {
                if SourceCleaner.namesPostingApp(in: text) { continue }
                if let cleaned = SourceCleaner.clean(value), ClosingBylines.personalName(cleaned) == nil { return FoundSource(value: cleaned, labelled: true) }
                continue
            }
            // `<span class="time-source">2016年05月25日10:10 新浪财经</span>`: the word after the date.
            if DateParser.first(in: text) != nil {
                if let word = SourceCleaner.wordAfterDate(in: text), BylineParser.value(after: BylineParser.authorLabels, in: word) == nil,
                   !word.containsBytes(":"), !word.containsBytes("："), ClosingBylines.personalName(word) == nil {
                    return FoundSource(value: word, labelled: false)
                }
                continue
            }
            // The outlet, then its writers: `人民日报中央厨房 韩庆 董志雯`.
            if let pair = BylineParser.outletAndNames(text, anyOutlet: true), let cleaned = SourceCleaner.clean(pair.outlet) {
                return FoundSource(value: cleaned, labelled: true, names: pair.names)
            }
            // Unlabelled: a single word naming no label or person.
            guard !text.containsBytes(" "), !text.containsBytes(":"), !text.containsBytes("："),
                  (2...20).contains(text.unicodeScalars.count), text.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }),
                  let cleaned = SourceCleaner.clean(text), ClosingBylines.personalName(cleaned) == nil else { continue }
            return FoundSource(value: cleaned, labelled: false)
        }
        return nil
    }

    /// A numbered subhead that links its item (`<h3>1. <a href="http://framework.zend.com/">Zend Framework</a></h3>`,
    /// a list article's), with the item's paragraph after it: the text's, not a list of links.
    private func isNumberedLinkedSubhead(_ at: Int, of indices: [Int]) -> Bool {
        let block = blocks[indices[at]]
        guard (2...6).contains(block.headingLevel), block.counts.content <= 40, at + 1 < indices.count,
              let first = block.text.unicodeScalars.first, first.properties.numericType != nil else { return false }
        let digits = block.text.unicodeScalars.prefix { $0.properties.numericType != nil }
        guard let mark = block.text.unicodeScalars.dropFirst(digits.count).first, ".、．)）".unicodeScalars.contains(mark) else { return false }
        let next = blocks[indices[at + 1]]
        return next.headingLevel == 0 && next.linkDensity < 0.5 && next.counts.content >= 30
    }

    /// A box's text, its blocks set apart (`<p>2022-05-18 17:04</p><p>音乐周报</p><p>记者：…</p>` is
    /// three lines, not `17:04音乐周报记者：…`).
    private func boxText(_ node: Int, near: Range<Int>) -> String {
        let inside = near.filter { tree.isInside(blocks[$0].firstNode, node) }
        guard inside.count >= 2 else { return tree.text(of: node) }
        return inside.map { blocks[$0].fieldText }.joined(separator: " ")
    }

    /// An element whose class or id names it for the source.
    private func isSourceBox(_ node: Int) -> Bool {
        tree.nodes[node].tag != .text && tree.nodes[node].attributeCount > 0 && isSourceNamed(node)
    }

    private func isSourceNamed(_ node: Int) -> Bool {
        for name in ["class", "id"] {
            guard let value = tree.attribute(name, of: node)?.lowercased() else { continue }
            if (value.containsBytes("source") && !value.containsBytes("resource")) || value.containsBytes("provider") { return true }
            // `<div class="origin">中国教育在线</div>` (not `original`, the 原创 tag).
            if value.containsBytes("origin"), !value.containsBytes("original") { return true }
        }
        return false
    }

    /// A BBS thread's push (`<div class="push">`): a reply under the post.
    private func isPush(_ node: Int) -> Bool {
        guard let name = tree.attribute("class", of: node), name.containsBytes("push") else { return false }
        return tree.classTokens(of: node)?.contains("push") == true
    }

    /// The block holding the value of a credit's label set alone in its box (`<div>作者：</div><div>曹扬</div>`):
    /// the next one, when short; else nil.
    private func valueBlock(after i: Int) -> Int? {
        guard NoiseFilter.isMetaLabelAlone(blocks[i]), i + 1 < blocks.count, blocks[i + 1].counts.content <= 20,
              blocks[i + 1].linkDensity < 0.5, !NoiseFilter.hasSentenceEnd(blocks[i + 1].text) else { return nil }
        return i + 1
    }

    /// A block's text for reading a labelled field: a label alone in its box reads with its value's box.
    private func labelledText(_ i: Int) -> String {
        valueBlock(after: i).map { blocks[i].fieldText + blocks[$0].fieldText } ?? blocks[i].fieldText
    }

    /// The value box after a credit's label alone, as printed (`江倩倩、尹静一`: a list keeps its commas), else nil.
    private func valueBox(after i: Int) -> String? {
        valueBlock(after: i).map { blocks[$0].fieldText }
    }

    /// The author, and whether only an element's name, a script variable or a meta tag named it (weak).
    /// `textStart`: the first paragraph of the text kept (a meta line the body's box holds above it is not text).
    /// Whether a line of the page credits `name` as its editor (`编辑：赵丹`, `责任编辑:赵丹`).
    private func namesEditor(_ name: String) -> Bool {
        blocks.contains { block in
            block.counts.content <= 40 && block.text.containsBytes(name)
                && BylineParser.value(after: BylineParser.editorLabels, in: block.fieldText).flatMap(AuthorCleaner.clean) == name
        }
    }

    /// The names in the bracket closing the text's last paragraphs (`……的决心。（常书香 马丹阳）`).
    private func closingCreditNames(body: [Int], lastKept: [Int]) -> String? {
        let last = body.filter { blocks[$0].counts.content >= 10 && !NoiseFilter.isFurniture(blocks[$0]) }.suffix(2)
        for i in Set(lastKept + last).sorted(by: >) {
            if let trailing = ClosingBylines.trailingNames(blocks[i].text), let names = AuthorCleaner.clean(trailing.names) { return names }
        }
        return nil
    }

    private func findAuthor(in candidates: [Int], nearTitle: [Int], body: [Int], titleBlock: Int?, textStart: Int?, lastKept: [Int] = []) -> (name: String, weak: Bool)? {
        // A closing byline over two lines (`林锐新 王为薇` / `实习生 张洋银 周笑雨`): the names on the line
        // above too, after the text has begun. Not under the headline, where a line of a name above the
        // byline is a photo's subject (`贺林` / `■本报记者 李惠钰`).
        func withNamesAbove(_ i: Int, _ names: String) -> String {
            guard i > 0, body.contains(i - 1), body.contains(where: { $0 < i - 1 && blocks[$0].counts.content >= 30 }),
                  blocks[i - 1].counts.content <= 16, blocks[i - 1].linkDensity == 0,
                  let above = BylineParser.namesOnly(blocks[i - 1].text), ClosingBylines.plausibleNames(above), above != names else { return names }
            return above + " " + names
        }
        for (k, i) in candidates.enumerated() {
            if blocks[i].linkDensity < 0.5, let name = BylineParser.englishAuthorLabel(blocks[i].text).flatMap(AuthorCleaner.clean) { return (name, false) }
            // A linked list item (`<li><a>…全文閱讀 作者：周倩</a></li>`, a definition list's `<dd><a>LIVE:桃園 記者:劉宜函 …</a></dd>`)
            // is another article's credit.
            // A row of links (`下载App 联系我们 商务合作 成为作者 关于我们`) holds a label only as a word of a link's.
            guard !((blocks[i].inListItem || (blocks[i].container >= 0 && tree.nodes[blocks[i].container].tag == .dd)) && blocks[i].linkDensity >= 0.5),
                  !BylineParser.isPhotoCredit(blocks[i].text),
                  !(blocks[i].linkDensity >= 0.9 && !blocks[i].text.containsBytes("：") && !blocks[i].text.containsBytes(":")),
                  // A headline linked whole, label and all (`<a>LIVE:桃園 記者:劉宜函 埔心火車站 砂石覆蓋</a>`), is another item's.
                  !(blocks[i].linkDensity >= 0.99 && blocks[i].counts.content > 12),
                  // (A line naming only reporters whose last name runs into its ending: `朱隽、记者杨帆摄影报道`.)
                  let value = BylineParser.value(after: BylineParser.authorLabels, in: labelledText(i)).map({ valueBox(after: i) ?? $0 })
                    .flatMap(AuthorCleaner.clean)
                    ?? (["记者", "記者", "通讯员", "通訊員", "评论员"].contains(where: blocks[i].text.containsBytes) ? NoiseFilter.reportersOnly(blocks[i].text) : nil)
                    .flatMap(AuthorCleaner.clean) else { continue }
            // `发布人：-东方网`: the outlet that posted the page, not who wrote it (`作者：新京报` stays).
            if let poster = BylineParser.value(after: BylineParser.posterLabels, in: blocks[i].fieldText).flatMap(AuthorCleaner.clean),
               poster == value, SourceCleaner.endsAsOutlet(value) { continue }
            // A label and its value in boxes of their own: the value box holds the whole credit.
            if valueBox(after: i) != nil { return (value, false) }
            // `聯合報／編譯茅毅、記者謝守真／綜合報導`: the label read names one of the people the filing line names, each after their role.
            if let all = BylineParser.reporterOnFilingLine(blocks[i].fieldText), all != value,
               all.split(separator: " ").contains(Substring(value)) { return (all, false) }
            if let both = BylineParser.internsAndReporters(blocks[i].fieldText) { return (withNamesAbove(i, both), false) }
            // Reporters and interns on consecutive lines (本报实习生 … / 本报记者 …) are one byline.
            if k + 1 < candidates.count, candidates[k + 1] == i + 1, !BylineParser.isPhotoCredit(blocks[i + 1].text),
               let next = BylineParser.value(after: BylineParser.authorLabels, in: blocks[i + 1].fieldText).flatMap(AuthorCleaner.clean) {
                return (next == value ? value : value + " " + next, false)
            }
            return (withNamesAbove(i, value), false)
        }
        for i in candidates {
            if let name = BylineParser.writerOnRepostCard(blocks[i].text).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // The first two lines of text: past a summary box, a player's lines and links (a video's title).
        let firstParagraphs = body.lazy.filter { i in
            !self.player.contains(i) && self.blocks[i].linkDensity < 0.5
                && NoiseFilter.summary(in: self.blocks[i]) == nil && !NoiseFilter.isFurniture(self.blocks[i])
        }.prefix(2)
        // A dateline "中新网长沙10月24日电（记者 唐小晴）" inside the first paragraph.
        // The reporter inside a dateline (strict: 记者, a name, a place, a day, 电), in the first
        // paragraphs after any photo captions.
        for i in body.prefix(8) {
            if let name = BylineParser.reporterInDateline(blocks[i].text) ?? BylineParser.reporterInOpeningBracket(blocks[i].text)
                ?? BylineParser.reporterOnFilingLine(blocks[i].text)
                ?? BylineParser.creditAfterDateline(blocks[i].text).flatMap(AuthorCleaner.clean)
                // A paper's own-news mark and its reporters (`本报讯 记者 王明`, `南都讯 记者麻乐 实习生高程程` after the captions).
                ?? BylineParser.namesAfterNewsMark(blocks[i].text)
                // The reporters a dateline lists up to 报道 (`…电 综合驻斯科普里记者刘力航、张雨萌，驻雅典记者刘咏秋报道`), after a gallery's captions.
                ?? BylineParser.reportersAfterDateline(blocks[i].text).flatMap(AuthorCleaner.clean) {
                return (name, false)
            }
        }
        // A photo's caption (`信息时报记者 郑启文 摄`) credits the photographer, not the writer.
        for i in firstParagraphs where !BylineParser.isPhotoCredit(blocks[i].text) {
            if let value = BylineParser.value(after: BylineParser.reporterLabel, in: String(blocks[i].text.prefix(60))).flatMap(AuthorCleaner.clean) {
                return (value, false)
            }
            if let names = BylineParser.namesAfterDateline(blocks[i].text).flatMap(AuthorCleaner.clean), ClosingBylines.plausibleNames(names) {
                return (names, false)
            }
            if let names = BylineParser.namesFiledFrom(blocks[i].text) { return (names, false) }
            if let names = BylineParser.namesAfterOutlet(blocks[i].text).flatMap(AuthorCleaner.clean) { return (names, false) }
            if let names = NoiseFilter.markedNames(blocks[i].text).flatMap(AuthorCleaner.clean) { return (names, false) }
            if let names = ClosingBylines.writerLine(blocks[i].text).flatMap(AuthorCleaner.clean) { return (names, false) }
        }
        for i in candidates + nearTitle {
            if let names = BylineParser.namesBeforeLabelledSource(blocks[i].text).flatMap(AuthorCleaner.clean)
                ?? BylineParser.writerAfterSourceDate(blocks[i].text)
                ?? BylineParser.reporterOnFilingLine(blocks[i].text) { return (names, false) }
        }
        for i in candidates {
            if let name = (BylineParser.bracketedNameAfterDate(blocks[i].text) ?? BylineParser.bracketedNameBeforeDate(blocks[i].text))
                .flatMap(AuthorCleaner.clean) { return (name, false) }
            if let name = (BylineParser.posterBeforeDate(blocks[i].fieldText) ?? BylineParser.nameDotDate(blocks[i].fieldText)
                ?? BylineParser.postedBy(blocks[i].fieldText) ?? BylineParser.posterOnDate(blocks[i].fieldText)).flatMap(AuthorCleaner.clean) {
                return (name, false)
            }
            if let pair = BylineParser.nameAndOutlet(blocks[i].text), let name = AuthorCleaner.clean(pair.author) { return (name, false) }
            if let pair = BylineParser.outletSlashWriter(blocks[i].text), let name = AuthorCleaner.clean(pair.writer) { return (name, false) }
            if NoiseFilter.isMetaLine(blocks[i]), let name = BylineParser.personAfterDate(blocks[i].fieldText).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // A person's name beside the date on a line of their own under the headline (`张三 2023-09-01 07:02`).
        for i in nearTitle where blocks[i].linkDensity < 0.5 {
            if let name = BylineParser.personBesideDate(blocks[i].fieldText).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // A name run into the date on the line under the headline (`emperor2023-07-09 23:30:40`).
        for i in nearTitle where blocks[i].linkDensity < 0.5 {
            if let name = BylineParser.nameRunIntoDate(blocks[i].fieldText).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // `by 班傑明．陳` under the headline (not a widget's link `<a><span>by Taboola</span></a>`).
        for i in candidates + nearTitle where tree.nearestAncestor(of: blocks[i].firstNode, levels: 4, where: { tree.nodes[$0].tag == .a }) == nil {
            if let name = BylineParser.englishByline(blocks[i].text).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // `……門診服務只剩130家左右。（陳奕華報導）` closing the lead: the reporter who filed it.
        for i in firstParagraphs where BylineParser.reportEndings.contains(where: { ending in
            blocks[i].text.hasByteSuffix(ending + "）") || blocks[i].text.hasByteSuffix(ending + ")") }) {
            if let trailing = ClosingBylines.trailingNames(blocks[i].text), let names = AuthorCleaner.clean(trailing.names) { return (names, false) }
        }
        // `……送醫挽回一命。報導．攝影╱韓旭爾` closing the lead.
        for i in firstParagraphs {
            if let name = ClosingBylines.writerAfterLastSentence(blocks[i].text) { return (name, false) }
        }
        // `记者马俊峰/文` opening the article.
        for i in Array(firstParagraphs) + candidates where ClosingBylines.mayHoldMarkedName(blocks[i].text, mark: "文") {
            if let name = ClosingBylines.markedName(String(blocks[i].text.prefix(60)), mark: "文") { return (name, false) }
        }
        // A line of names only, right under the headline: not a heading after a paragraph of the text (a subhead `信用卡`).
        let textBegun = body.first { blocks[$0].counts.content >= 30 } ?? Int.max
        // Past the text's first paragraph, a line that is one of the page's keywords is a subhead (a travel post's
        // `<p>卢塞恩</p>` under `<meta name="keywords" content="瑞士, 卢塞恩">`), not a byline.
        let keywords = Set((meta.first(["keywords"]) ?? "").split(whereSeparator: { ",，、;； ".contains($0) }).map(String.init))
        for i in nearTitle where (i <= textBegun || blocks[i].headingLevel == 0) && blocks[i].counts.content <= 20
            && (i <= textBegun || !keywords.contains(blocks[i].text.collapsingWhitespace))
            && !NoiseFilter.isFurniture(blocks[i]) && !isBadgeInAuthorBox(blocks[i]) && !linksWithinPage(blocks[i])
            // The value of the label just before it (`<td>主题分类：</td><td>林业</td>`): that field's, not a byline (an author's
            // label was read above).
            && !(i > 0 && (blocks[i - 1].text.hasByteSuffix("：") || blocks[i - 1].text.hasByteSuffix(":"))) {
            // Words of two or three characters in links, lists and table heads (`帖子`, `关于`) are
            // names only with a common surname.
            let unlinked = blocks[i].linkDensity == 0 && !blocks[i].inListItem
                && blocks[i].container >= 0 && tree.nodes[blocks[i].container].tag != .th
            // A table's cell under the headline (a schedule's `处室` / `时间` heads) is no byline line.
            let plain = unlinked && blocks[i].headingLevel == 0 && !inTableCell(blocks[i])
            // `盛懿 汪长明 <span>字数:</span>`: the names before a labelled field.
            let cut = BylineParser.beforeLabelledField(blocks[i].fieldText)
            // In links, lists and table heads a word of two characters is a button or a menu
            // (易信, 豆瓣, 关闭, 时间) far more often than a name, whatever its first character; in a
            // subheading (`<h4>盛懿 汪长明</h4>`) names with a common surname are names.
            let line = cut == blocks[i].fieldText ? blocks[i].text : cut
            // A heading of one word of two characters (`<h3>印象</h3>` opening a post's first section) is a subhead.
            // Several words, most without a common surname (`一模/二模/高考/中考/期末考`, a verse's line), are no list of names.
            if let names = (BylineParser.namesOnly(line) ?? (plain ? BylineParser.namesAfterUnit(line) : nil)).flatMap(AuthorCleaner.clean),
               plain && Self.mostlyPlausible(names) || (ClosingBylines.plausibleNames(names) && (unlinked || !names.split(separator: " ").contains { $0.count < 3 })
                         && !(blocks[i].headingLevel > 0 && names.count <= 2)) {
                // (`<a href="/author/1685.html">吴晓旭</a> <a href="/author/95.html">罗琦</a>`: blocks of their own.)
                let more = coWritersLinked(from: i).filter { !names.containsBytes($0) }
                return (([names] + more).joined(separator: " "), false)
            }
        }
        // Names in brackets closing the article: `（记者 张倩）`.
        // The last lines, and the last paragraphs before widgets (【纠错】, 责任编辑) that close the body.
        let lastParagraphs = body.filter { blocks[$0].counts.content >= 10 && !NoiseFilter.isFurniture(blocks[$0]) }.suffix(2)
        var seenTail = Set<Int>()
        let lastLine = lastTextLine(of: body)
        for i in (lastKept + Array(body.suffix(5)) + lastParagraphs).reversed() where seenTail.insert(i).inserted {
            if let name = ClosingBylines.authorNote(blocks[i].text) { return (name, false) }
            if let trailing = ClosingBylines.trailingNames(NoiseFilter.withoutHomeLinkTail(blocks[i].text)), let names = AuthorCleaner.clean(trailing.names) {
                return (withNamesAbove(i, names), false)
            }
            if i == lastLine, let names = ClosingBylines.namesAlone(blocks[i]).flatMap(AuthorCleaner.clean) { return (names, false) }
            if let name = ClosingBylines.writerAfterLastSentence(blocks[i].text) { return (name, false) }
            if let names = ClosingBylines.closingReporter(blocks[i].text) ?? ClosingBylines.suppliedBy(blocks[i].text)
                ?? ClosingBylines.outletReporterLine(blocks[i].text) ?? ClosingBylines.writerInReprintNote(blocks[i].text)
                ?? ClosingBylines.handleInCopyrightNote(blocks[i].text)
                ?? ClosingBylines.officeSignedName(blocks[i].text.collapsingWhitespace) { return (withNamesAbove(i, names), false) }
            // `徐勇（新华社供本报特稿）`, `凤凰卫视 王恳 周铭吉 北京报道` closing the text.
            if let names = (ClosingBylines.nameBeforeSourceNote(blocks[i].text) ?? BylineParser.namesAfterOutlet(blocks[i].text)).flatMap(AuthorCleaner.clean) {
                return (names, false)
            }
        }
        // A closing credit in brackets: `（本文来源：经济日报 作者：…研究员徐占忱）`.
        for i in body.suffix(2).reversed() {
            if let name = BylineParser.creditedAuthor(inClosing: blocks[i].fieldText).flatMap(AuthorCleaner.clean) { return (name, false) }
        }
        // The reporter closing the story's last paragraph before a box the page runs on with (`…接受和宽容。 本报记者 薛马义`
        // over `链接 河莉秀是谁`).
        for i in body where blocks[i].counts.content >= 20 {
            if let names = ClosingBylines.closingReporter(blocks[i].text).flatMap(AuthorCleaner.clean) { return (names, false) }
        }
        // The writer's marked credit closing the interview, a box of other text after it (`……这就是历史的价值所在。（文/郑思琳）`
        // over 北京大学历史学系's introduction).
        for i in body where blocks[i].counts.content >= 20 && ClosingBylines.endsWithMarkedCredit(blocks[i].text) {
            if let trailing = ClosingBylines.trailingNames(blocks[i].text), let names = AuthorCleaner.clean(trailing.names) { return (names, false) }
        }
        // A forum's notice that the poster edited the opening post (`本帖最后由 哞菇 于 … 编辑`) names the poster; a line
        // crediting who supplied the text (`孙燕供稿`) opening it, its writer.
        for i in nearTitle + body.prefix(3) {
            if let name = BylineParser.editedBy(blocks[i].text).flatMap(AuthorCleaner.clean) ?? ClosingBylines.suppliedBy(blocks[i].text) {
                return (name, false)
            }
        }
        // A blog's foot under the post: `posted on 2010-12-29 23:19 陈刚 阅读(6866)` (before the blog's name in the `<title>`).
        if let last = body.last {
            for i in max(0, last - 1)..<min(blocks.count, last + 16) {
                if let name = BylineParser.postFootName(blocks[i].text).flatMap(AuthorCleaner.clean) { return (name, false) }
            }
        }
        // Self-media pages name the account in an author box or a script variable, not in a byline.
        if let name = authorBox(titleBlock: titleBlock) ?? profileLinkAuthor(titleBlock: titleBlock, bodyStart: textStart ?? body.first)
            ?? ScriptValues.string(after: ScriptValues.authorKeys, in: utf8, dataOnly: true).flatMap(AuthorCleaner.clean) ?? microblogAccount()
            ?? blogOwner(titleBlock: titleBlock) ?? blogOwnerLink() ?? metaLineName(near: nearHeadline(titleBlock: titleBlock, bodyStart: body.first)) {
            return (name, true)
        }
        // The meta author is often the site itself: not an outlet's name.
        if let value = meta.first(MetaTags.authorNames).map(Self.withoutOutletsAfter).flatMap(AuthorCleaner.clean),
           !SourceCleaner.endsAsOutlet(Self.withoutLatinName(value)),
           value != meta.first(["og:site_name", "application-name"]),
           !value.contains(" ") || value.unicodeScalars.allSatisfy(\.isASCII) || ClosingBylines.plausibleNames(value),
           // (A handle the site's address carries is its owner's: `Tw93` at weekly.tw93.fun.)
           !value.contains(" Team"), !value.contains("!"), !Self.isAccountHandle(value) || namesTheSite(value),
           // (A blog's owner names the site too: `voshk` at voshk.com, a Hexo blog.)
           !namesTheSite(value) || builtByBlogEngine(footer: (body.last.map { $0 + 1 } ?? blocks.count)..<blocks.count) {
            return (value, true)
        }
        // A notice signed by the body that issued it, above its date.
        if body.count >= 2, let name = ClosingBylines.signatory(blocks[body[body.count - 2]].text, above: blocks[body[body.count - 1]].text) {
            return (name, false)
        }
        // Nobody else named: the editor, a person given as the source, the photographer.
        for i in candidates {
            if let value = BylineParser.value(after: BylineParser.editorLabels, in: blocks[i].text).flatMap(AuthorCleaner.clean) { return (value, true) }
        }
        for i in candidates {
            if let value = BylineParser.value(after: BylineParser.sourceLabels, in: blocks[i].text),
               let name = ClosingBylines.personalName(value) { return (name, true) }
        }
        for i in body {
            if let name = ClosingBylines.markedName(blocks[i].text, mark: "摄") { return (name, true) }
        }
        if let name = blogFooterOwner(after: [lastKept.last, body.last].compactMap { $0 }.max()) { return (name, true) }
        return nil
    }

    /// The block's text sits in a cell of a data table's row (`<td><p><strong>时间</strong></p></td>` beside
    /// two or more other cells), not of a layout table's (one or two cells a row).
    private func inTableCell(_ block: TextBlock) -> Bool {
        let isCell = { (n: Int) in tree.nodes[n].tag == .td || tree.nodes[n].tag == .th }
        guard let cell = tree.nearestAncestor(of: Int(tree.nodes[block.firstNode].parent), levels: 4, where: isCell) else { return false }
        let row = Int(tree.nodes[cell].parent)
        guard row >= 0, tree.nodes[row].tag == .tr else { return false }
        return tree.elementChildren(of: row).filter(isCell).count >= 3
    }

    /// A portal's own channel (`新浪收藏`, `网易科技`): the portal's name and a section's, not a writer. (Not
    /// 搜狐's: its self-media accounts carry the portal's name, `搜狐政务`, and write their articles.)
    static func namesPortalChannel(_ value: String) -> Bool {
        let name = simplified(value)
        return (3...6).contains(name.count) && ["新浪", "腾讯", "网易", "凤凰"].contains(where: name.hasBytePrefix)
    }

    /// `張立勳／特稿, 中國時報, 中時電子報` → `張立勳／特稿`: a meta author listing the writer, then
    /// the outlets (the paper, the site) after commas.
    static func withoutOutletsAfter(_ value: String) -> String {
        let parts = value.split(whereSeparator: { $0 == "," || $0 == "，" }).map { String($0).collapsingWhitespace }
        guard parts.count >= 2, parts.dropFirst().allSatisfy({ SourceCleaner.endsAsOutlet($0) })
        else { return value }
        return parts[0]
    }

    /// `财新 余聪` with the source `财新网` → `余聪`: a first word that the source's name opens
    /// with (two characters or more; the source an outlet's name), then a personal name.
    static func withoutOutletBefore(_ author: String, source: String, labelled: Bool = false) -> String? {
        guard let space = author.firstIndex(of: " ") else { return nil }
        let first = String(author[..<space]), rest = String(author[space...]).collapsingWhitespace
        // (The source's name itself before the writer, `手机中国 马帅`, whatever it ends with, when a label or a mark named
        // it the outlet: a name alone in a slot may be an account's, and the first of the writers.)
        guard first.unicodeScalars.count >= 2, SourceCleaner.namesOutlet(source) || (labelled && first == source),
              simplified(source).hasBytePrefix(simplified(first)),
              !rest.isEmpty, ClosingBylines.plausibleNames(rest) else { return nil }
        return rest
    }

    /// `中央通訊社 Central News Agency` → `中央通訊社`: a Chinese name without the Latin name after it.
    static func withoutLatinName(_ value: String) -> String {
        guard let latin = value.firstIndex(where: { $0.isASCII && $0.isLetter }), latin > value.startIndex else { return value }
        return String(value[..<latin]).collapsingWhitespace
    }

    /// A Latin meta author that is the site's own name: in its address or its copyright line
    /// (`<meta name="author" content="chinanews">` beside `copyright` `www.chinanews.com`).
    private func namesTheSite(_ value: String) -> Bool {
        guard value.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let word = value.lowercased().replacingBytes(" ", with: "")
        guard word.count >= 3 else { return false }
        return [meta.canonicalURL, meta.first(["og:url", "copyright"]), meta.recordURL].contains { $0?.lowercased().containsBytes(word) == true }
    }

    /// A log-in name rather than a person's (`shzfzz_21`, `admin01`): ASCII letters with digits or an
    /// underscore and no space, as CMSs fill the meta author with the account that posted the page.
    static func isAccountHandle(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        return scalars.allSatisfy { $0.isASCII && !($0 == " ") } && scalars.contains { $0 == "_" || ($0.value >= 0x30 && $0.value <= 0x39) }
    }

    /// `text` with traditional characters in their simplified forms (蘋果日報 → 苹果日报), for
    /// comparing with word lists written in simplified characters.
    static func simplified(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars { out.append(Unicode.Scalar(SimplifiedChinese.simplify(c.value)) ?? c) }
        return String(out)
    }

    /// One name, or a list of names at least half of which open with a common surname.
    private static func mostlyPlausible(_ names: String) -> Bool {
        let words = names.split(whereSeparator: { $0 == " " || $0 == "、" })
        return words.count < 2 || 2 * words.filter({ ClosingBylines.plausibleNames(String($0)) }).count >= words.count
    }
}
