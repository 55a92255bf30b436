#!/usr/bin/env python3
"""Rebuild texts.jsonl ({id, title, text} a line) of the taxonomy dev set from mirrored public repositories.

items.tsv names, for each dev text, the repository, the path and the commit it comes from, the key of the text
inside that file (a row number, a record id, or "-" when the file is one text) and the gold label. None of the
source repositories states a licence, so the texts are not kept in this repository: this script re-extracts them
from bare mirrors (`git --git-dir MIRROR/owner+name/repo show COMMIT:PATH`), such as the `fetch` tool makes.

  python3 Benchmarks/agenda/taxonomy-devset/rebuild.py [--mirrors /work/.mirror] [--out texts.jsonl]

A file that cannot be read, or a key not found in it, is an error that names the item.
"""
import argparse, csv, fnmatch, html, io, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git_show(mirrors, repo, commit, path):
    """The file at path in commit; a path with * names the one file it matches (for names holding control characters)."""
    base = os.path.join(mirrors, repo.replace("/", "+"))
    # a bare mirror (MIRROR/owner+name/repo or MIRROR/owner+name) or a clone's .git (MIRROR/owner+name/repo/.git)
    gitdir = next((d for d in (os.path.join(base, "repo", ".git"), os.path.join(base, "repo"), base)
                   if os.path.isfile(os.path.join(d, "HEAD"))), base)
    if "*" in path:
        ls = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "-z", "--name-only", commit],
                            capture_output=True)
        names = [n for n in ls.stdout.decode("utf-8", errors="replace").split("\0") if fnmatch.fnmatchcase(n, path)]
        if len(names) != 1:
            raise SystemExit(f"{repo}:{path}@{commit[:10]}: {len(names)} files match, want 1")
        path = names[0]
    r = subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"{repo}:{path}@{commit[:10]}: cannot read ({r.stderr.decode(errors='replace').strip()}); "
                         f"mirror the repository first (fetch github:{repo})")
    try:
        return r.stdout.decode("utf-8")
    except UnicodeDecodeError:
        # A page that declares a GB charset (gb2312, gbk, gb18030) is decoded as GB18030; a file that declares none
        # but is valid GB18030 throughout (a crawler's CSV written by Excel or pandas on Chinese Windows) too;
        # anything else as UTF-8.
        if re.search(rb"charset=[\"']?gb", r.stdout[:4000], re.I):
            return r.stdout.decode("gb18030", errors="replace")
        try:
            return r.stdout.decode("gb18030")
        except UnicodeDecodeError:
            return r.stdout.decode("utf-8", errors="replace")


def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\u3000", " ").replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in s.splitlines()]
    return "\n".join(l for l in lines if l)


def from_csv_rows(src, key):
    """A CSV with a header: key is the value of the rownum column; title from `reason`, text from `content`."""
    for row in csv.DictReader(io.StringIO(src)):
        if row.get("rownum") == key:
            return row["reason"].replace("\n", ""), row["content"]
    return None


def from_policy_sql(src, key):
    """INSERT statements of ge_policy_raw: key is the id; title is the 5th value, text the html content."""
    for stmt in re.split(r"\ninsert into ge_policy_raw ", src):
        m = re.search(r"values \((\d+), '[^']*', '[^']*', '[^']*', '([^']*)'", stmt)
        if m and m.group(1) == key:
            body = stmt[m.end():]
            # The content column is the first value that is HTML (`'<tbody>…'`); the row goes on with more
            # columns (`, null, '未处理', '` and a second copy of the page): the text ends at its closing quote.
            start = body.find("'<")
            if start < 0:
                start = body.find("<")
                return m.group(2), strip_html(body[start:] if start >= 0 else body)
            return m.group(2), strip_html(body[start + 1:sql_string_end(body, start + 1)])
    return None


def sql_string_end(text, i):
    """The index of the quote closing the SQL string whose content starts at i (`\'` and `''` escape a quote)."""
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "'":
            if i + 1 < len(text) and text[i + 1] == "'":
                i += 2
                continue
            return i
        i += 1
    return len(text)


def from_policy_js(src, key):
    """A JS module with nodes {id: N, title: '...', content: `html`}: key is the id."""
    for m in re.finditer(r"id:\s*(\d+),\s*title:\s*'([^']*)'.*?content:\s*`(.*?)`", src, re.S):
        if m.group(1) == key:
            return m.group(2), strip_html(m.group(3))
    return None


def from_rn_text(src, key):
    """A React Native screen: the text is what its <Text> elements hold; the first is the title."""
    parts = [strip_html(p) for p in re.findall(r"<Text\b[^>]*>(.*?)</Text>", src, re.S)]
    parts = [re.sub(r"\s+", "", p) for p in parts if re.search(r"[\u4e00-\u9fff]", p)]
    return (parts[0], "\n".join(parts[1:])) if parts else None


def from_html_page(src, key):
    """An HTML (or PHP template) page: the first <strong> is the title, the stripped page the text."""
    m = re.search(r"<strong>([^<]{2,80})</strong>", src)
    text = strip_html(re.sub(r"(?s)<\?php.*?\?>", " ", src))
    return (m.group(1) if m else text.split("\n", 1)[0]), text


def from_markdown(src, key):
    """A Markdown file: front matter and HTML comments removed; the first heading is the title."""
    src = re.sub(r"(?s)^---\n.*?\n---\n", "", src)
    src = re.sub(r"(?s)<!--.*?-->", "", src)
    src = re.sub(r"@slide\w+|\[[^\]]*\]\([^)]*\)", "", src)
    lines = [l.strip().lstrip("#").strip() for l in src.splitlines()]
    lines = [l for l in lines if l and l not in ("---", "--") and not l.startswith(">")]
    return (lines[0], "\n".join(lines[1:])) if lines else None


def sql_values(stmt):
    """The single-quoted values of one INSERT ... VALUES('a','b',...) tuple (MySQL backslash escapes)."""
    out, i = [], stmt.index("(") + 1
    while i < len(stmt) and stmt[i] != ")":
        if stmt[i] == "'":
            j, buf = i + 1, []
            while stmt[j] != "'":
                if stmt[j] == "\\":
                    buf.append({"n": "\n", "r": "\r", "t": "\t"}.get(stmt[j + 1], stmt[j + 1])); j += 2
                else:
                    buf.append(stmt[j]); j += 1
            out.append("".join(buf)); i = j + 1
        else:
            i += 1
    return out


def from_cms_sql(src, key):
    """A MySQL dump of an iaeweb CMS: key is the news id; title from io_content, html-escaped text from io_content_news."""
    title = text = None
    for m in re.finditer(r"INSERT INTO `io_content` VALUES(\('" + re.escape(key) + r"'.*?\));\n", src):
        title = sql_values(m.group(1))[3]
    for m in re.finditer(r"INSERT INTO `io_content_news` VALUES(\('" + re.escape(key) + r"'.*?\));\n", src, re.S):
        text = strip_html(html.unescape(sql_values(m.group(1))[2]))
    return (title, text) if title and text else None


def from_csv_record(src, key):
    """A CSV with a header and no row-number column: key is the record's number (1 = the first after the header);
    title from title/标题 (or a platform's 反映标题, 信件标题, 留言标题), text from content/内容 (or 反映内容, 信件内容,
    留言内容, the writer's words, never the reply). Fields are split by "|" when the header holds "|" and no comma."""
    csv.field_size_limit(sys.maxsize)
    src = src.lstrip("\ufeff")
    header = src.split("\n", 1)[0]
    delimiter = "|" if "|" in header and "," not in header else ","
    for n, row in enumerate(csv.DictReader(io.StringIO(src), delimiter=delimiter), 1):
        if str(n) == key:
            title = next((row[k] for k in ("title", "标题", "反映标题", "信件标题", "留言标题") if row.get(k)), "")
            text = next((row[k] for k in ("content", "内容", "反映内容", "信件内容", "留言内容") if row.get(k)), "")
            return title.replace("\n", ""), text
    return None


def from_json_item(src, key):
    """A JSON array of records (a Scrapy feed), or an object whose values are the records: key is FIELD=VALUE of one
    record; title from title/标题 (a 提问： in front and an 编号:N behind, the forum's furniture, dropped), text from
    content (or a 12345 platform's 诉求件内容)."""
    field, _, value = key.partition("=")
    data = json.loads(src)
    for rec in (data.values() if isinstance(data, dict) else data):
        if str(rec.get(field, "")).replace("\xa0", " ").strip() == value:
            title = re.sub(r"^\s*提问[：:]", "", (rec.get("title") or rec.get("标题", "")).replace("\xa0", " "))
            title = re.sub(r"\s*编号[:：]\s*\d+\s*$", "", title).strip()
            return title, rec.get("content") or rec.get("诉求件内容", "")
    return None


def from_article_html(src, key):
    """A news article page (or a component holding one): title from the first <h1> with text (else <title>), text from
    the <p> paragraphs holding at least 10 Chinese characters (menus, captions and footers hold fewer)."""
    m = re.search(r"(?is)<title>(.*?)</title>", src)
    page_title = strip_html(m.group(1)).replace("\n", " ").strip() if m else ""
    heads = [strip_html(h).replace("\n", " ").strip() for h in re.findall(r"(?is)<h1\b[^>]*>(.*?)</h1>", src)]
    heads = [h for h in heads if re.search(r"[\u4e00-\u9fff]{4}", h)]
    # the headline is the <h1> the page's <title> repeats (a site's name is an <h1> too); else the first, else <title>
    title = next((h for h in heads if h in page_title), heads[0] if heads else page_title)
    paras = [strip_html(p) for p in re.findall(r"(?is)<p\b[^>]*>(.*?)</p>", src)]
    paras = [re.sub(r"\s*\n\s*", "", p) for p in paras if len(re.findall(r"[\u4e00-\u9fff]", p)) >= 10]
    return (title, "\n".join(paras)) if paras else None


def from_js_templates(src, key):
    """A mini-program page script whose data holds the article as HTML in template literals (`...`): the first
    literal's text is the title, the others the text."""
    parts = [strip_html(p) for p in re.findall(r"`(.*?)`", src, re.S)]
    parts = [p for p in parts if re.search(r"[\u4e00-\u9fff]", p)]
    return (parts[0].replace("\n", " "), "\n".join(parts[1:])) if len(parts) > 1 else None


def from_nd_news(src, key):
    """A news detail page (JSP) with the headline in an element of class ndTitle and the text in the ndIntro block."""
    m = re.search(r'(?is)class="ndTitle"[^>]*>(.*?)</', src)
    body = re.search(r'(?is)<div class="ndIntro">(.*)', src)
    if not (m and body):
        return None
    return strip_html(m.group(1)).strip(), strip_html(body.group(1))


def from_rss_item(src, key):
    """An RSS feed (or a script holding one): key is the item's number (1 = the first <item>); title and text from its
    <title> and <description> (CDATA, html stripped)."""
    items = re.findall(r"(?s)<item>(.*?)</item>", src)
    if not key.isdigit() or not 1 <= int(key) <= len(items):
        return None
    item = items[int(key) - 1]
    def field(name):
        m = re.search(r"(?s)<%s>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</%s>" % (name, name), item)
        return m.group(1) if m else ""
    return strip_html(field("title")).replace("\n", " "), strip_html(field("description"))


def from_json_stream(src, key):
    """JSON records written one after another with no array around them (a Scrapy pipeline appending json.dumps of each
    item): key is FIELD=VALUE of one record; title from title, text from content (a list of paragraphs, one a line)."""
    field, _, value = key.partition("=")
    dec, i = json.JSONDecoder(), 0
    while True:
        while i < len(src) and src[i] in " \t\r\n,":
            i += 1
        if i >= len(src):
            return None
        rec, i = dec.raw_decode(src, i)
        if str(rec.get(field, "")).strip() == value:
            content = rec.get("content") or ""
            text = "\n".join(p.strip() for p in content if p.strip()) if isinstance(content, list) else content
            return rec.get("title", "").strip(), text


def sql_tuples(src, table):
    """The value lists of every row of every INSERT INTO `table` ... VALUES (...),(...); statement (MySQL dump: quoted
    strings with backslash escapes or doubled quotes, unquoted numbers and NULL)."""
    for m in re.finditer(r"INSERT INTO `%s`(?: \([^)]*\))? VALUES\s*" % re.escape(table), src):
        i = m.end()
        while True:
            while src[i] in " \t\r\n,":
                i += 1
            if src[i] != "(":
                break
            i, vals = i + 1, []
            while True:
                while src[i] in " \t\r\n":
                    i += 1
                if src[i] == "'":
                    j, buf = i + 1, []
                    while True:
                        c = src[j]
                        if c == "\\":
                            buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(src[j + 1], src[j + 1])); j += 2
                        elif c == "'" and src[j + 1] == "'":
                            buf.append("'"); j += 2
                        elif c == "'":
                            break
                        else:
                            buf.append(c); j += 1
                    vals.append("".join(buf)); i = j + 1
                else:
                    n = re.compile(r"[^,)]*").match(src, i)
                    vals.append(n.group(0).strip()); i = n.end()
                while src[i] in " \t\r\n":
                    i += 1
                i += 1
                if src[i - 1] == ")":
                    break
            yield vals


def from_xoops_sql(src, key):
    """A MySQL dump of a XOOPS site's article module: key is the text_id of an xoops__art_text row; text from its
    text_body (html stripped), title from its text_title or else the art_title of its article (xoops__art_article)."""
    for t in sql_tuples(src, "xoops__art_text"):
        if t[0] == key:
            title = t[2] or next((a[5] for a in sql_tuples(src, "xoops__art_article") if a[0] == t[1]), "")
            return title.strip(), strip_html(t[3])
    return None


def from_xwlb_json(src, key):
    """A day of 新闻联播 as the CCTV site's JSON (china-data/xwlb assets/YYYY/YYYYMMDD.json: videoList of stories): key is
    the story's num; title from video_title (the site's "[视频]" mark dropped), text from video_detail.content (html
    stripped; the "央视网消息（新闻联播）：" byline kept as the site gives it)."""
    for v in json.loads(src).get("videoList", []):
        if str(v.get("num")) == key:
            title = re.sub(r"^\s*\[视频\]\s*", "", v.get("video_title", ""))
            return title.strip(), strip_html((v.get("video_detail") or {}).get("content") or "")
    return None


EXTRACT = {"csv-row": from_csv_rows, "policy-sql": from_policy_sql, "policy-js": from_policy_js,
           "rn-text": from_rn_text, "html-page": from_html_page, "markdown": from_markdown, "cms-sql": from_cms_sql,
           "csv-record": from_csv_record, "json-item": from_json_item, "article-html": from_article_html,
           "js-templates": from_js_templates, "nd-news": from_nd_news, "rss-item": from_rss_item,
           "json-stream": from_json_stream, "xoops-sql": from_xoops_sql,
           "xwlb-json": from_xwlb_json}


def read_items(path=os.path.join(HERE, "items.tsv")):
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")]
    seen = set()
    for n, r in enumerate(rows, 2):
        if r["id"] in seen:
            raise SystemExit(f"{path}: id {r['id']} given twice")
        seen.add(r["id"])
        if r["format"] not in EXTRACT:
            raise SystemExit(f"{path}: item {r['id']}: unknown format {r['format']!r}")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default=os.path.join(HERE, "texts.jsonl"))
    a = ap.parse_args()
    cache, out = {}, []
    for r in read_items():
        k = (r["repo"], r["commit"], r["path"])
        if k not in cache:
            cache[k] = git_show(a.mirrors, *k)
        got = EXTRACT[r["format"]](cache[k], r["key"])
        if not got or not got[1].strip():
            raise SystemExit(f"item {r['id']}: key {r['key']!r} not found in {r['repo']}:{r['path']}")
        out.append({"id": r["id"], "title": got[0].strip(), "text": got[1].strip()})
    with open(a.out, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} texts from {len({r['repo'] for r in read_items()})} repositories -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
