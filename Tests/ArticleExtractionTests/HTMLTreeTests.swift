import Foundation
import Testing
import TopicsTestSupport
@testable import ArticleExtraction

/// libxml2 is spared the bodies of script and style elements and of comments (the walk never reports
/// them) and the attributes the tree does not keep; the tree it builds must be the one it builds when it
/// reads every byte.
@Suite("HTML tree")
struct HTMLTreeTests {
    /// Every node and kept attribute, one line each, for comparing two trees.
    static func shape(_ tree: HTMLTree?) -> [String] {
        guard let tree else { return ["no tree"] }
        return tree.nodes.indices.map { i in
            let n = tree.nodes[i]
            let attributes = (Int(n.attributeStart)..<Int(n.attributeStart + n.attributeCount))
                .map { "\(tree.attributes[$0].name)=\(tree.attributes[$0].value)" }.joined(separator: " ")
            return "\(n.tag) \(n.parent) \(n.end) \(n.depth) [\(n.text)] \(attributes)"
        }
    }

    static func sameTree(_ html: String) -> Bool {
        let bytes = Array(html.utf8)
        return shape(HTMLTree.parse(utf8: bytes)) == shape(HTMLTree.parse(utf8: bytes, everyByte: true))
    }

    static func page(_ head: String, _ body: String) -> String {
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
            + "<html><head><title>标题</title>\(head)</head><body>\(body)<p>正文第一段。</p></body></html>"
    }

    /// Pages whose script, style and comment bodies and unread attributes are left out: same tree, fewer bytes read.
    @Test(arguments: [
        page(#"<script type="text/javascript">var a = "<p>x</p>"; if (a < b && c </b) {}</script>"#, ""),
        page(#"<SCRIPT LANGUAGE=JavaScript>document.write("<scr" + "ipt></scr" + "ipt>");</SCRIPT >"#, "<p>甲</p>"),
        page("<style>p { color: red } a > b { }</style>", "<style type='text/css'>.x{}</style><p>乙</p>"),
        page("", #"<div class="a"" id=b title=>丙</div><script>var y = '<div>';</script>"#),
        page("", #"<a title="<script>alert(1)</script>" href=/x>链接</a><script>var z;</script><p>丁</p>"#),
        page("", "<!-- <script>var x;</script> --><p>戊</p><!-- a --!><p>己</p><!----><p>庚</p>"),
        page("", #"<script src="a.js"/><p>辛</p><script src=b.js/>var q;</script><p>壬</p>"#),
        page("", "<script src=x></script><script><!-- var old = 1; //--></script><p>癸</p>"),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + page("<script>var p;</script>", "<p>子</p><?php echo 1 ?><script>var r;</script>"),
        page("", "<p>丑</p></ br><script>var s;</script></br><p>寅</p><script>var t;</script>"),
        // Attributes the tree does not keep, left out whole: quoted `>`, no value, upper case, duplicates, bogus text.
        page("", #"<a target=_blank href="/x" onclick="if (a>b) go()">卯</a><A HREF=/y TARGET='_top' Class=k>辰</A>"#),
        page("", #"<div data-x='1' class=y disabled id="d"><img src=a.jpg width=100/><input checked></div>"#),
        page("", #"<td width="10"" class=x>巳</td><p class="a" lang=zh class="b" align=center>午</p><span style=x"y" title=t>未</span>"#),
    ])
    func bodiesLeftOutBuildTheSameTree(_ html: String) {
        #expect(Self.sameTree(html))
        #expect(HTMLTree.sparedBytes(utf8: Array(html.utf8)) > 0)
    }

    /// Where libxml2 would read the rest differently (a body opening with a tag, an unterminated script or
    /// comment, a NUL byte), the rest is left whole: still the same tree.
    @Test(arguments: [
        page("", #"<script type="text/html"><div class="t">模板</div></script><p>甲</p>"#),
        page("", "<script></div>var a;</script><p>乙</p>"),
        page("", "<p>丙</p><script>var z = 1;"),
        page("", "<p>丁</p><!-- <script>var z;</script>"),
        page("", "<p>戊</p><script>var a = '\u{0}';</script>"),
        page("", "<p>己</p><a href=\"x>链接</a><script>var b;</script>"),
    ])
    func doubtfulPagesAreLeftWhole(_ html: String) {
        #expect(Self.sameTree(html))
    }

    /// The 56 shared pages, decoded as the extractor decodes them: the same tree either way, and bytes spared.
    @Test(.enabled(if: Fixtures.sharedCorporaPresent, "needs ../shared/corpora"))
    func realPagesBuildTheSameTree() throws {
        let dir = Fixtures.shared("extraction/pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count >= 50)
        var spared = 0, total = 0
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
            let utf8 = try PageDecoder.decode(bytes).utf8
            let tree = try #require(HTMLTree.parse(utf8: utf8))
            #expect(Self.shape(tree) == Self.shape(HTMLTree.parse(utf8: utf8, everyByte: true)), "\(name)")
            // Each text node's counts, taken once while the tree is built, are its text's.
            #expect(tree.nodes.allSatisfy { $0.counts.content == TextCounts($0.text).content && $0.counts.punctuation == TextCounts($0.text).punctuation })
            spared += HTMLTree.sparedBytes(utf8: utf8)
            total += utf8.count
        }
        #expect(spared * 5 > total, "spared \(spared) of \(total) bytes")
    }

    /// An attribute's name is kept exactly when it is one of the kept names, compared in its bytes: not a prefix of one,
    /// nor one with a byte more, nor one in capitals (libxml2 lowercases names before they reach the walk).
    @Test func attributesKeptByTheirBytes() {
        var names = ["", "x", "classes", "clas", "CLASS", "data-", "data-src2", "itemprop ", "タイトル"]
        for kept in HTMLTree.keptAttributes { names += [kept, kept + "x", String(kept.dropLast()), kept.uppercased()] }
        for name in names {
            #expect(name.withCString { HTMLTree.keeps($0) } == HTMLTree.keptAttributes.contains(name), "\(name)")
        }
    }
}
