#!/usr/bin/env python3
"""Taxonomy dev set: single-label accuracy and macro-F1 of the taxonomy's best tag on public poverty and CPPCC texts.

The texts (taxonomy-devset/items.tsv, rebuilt into taxonomy-devset/texts.jsonl by taxonomy-devset/rebuild.py) carry one
gold label each: the most specific taxonomy topic the text is about, as its tag names it ("脱贫攻坚/健康扶贫").

Prediction: the top-level tag with the highest score (ties: the first the tagger gives); then, when a child of that
topic is tagged too, the highest-scoring such child (the most specific tag of the winning branch). A text with no tag
predicts "none", which counts as wrong. Scores come from ../shared/eval/topics/score.py (imported): accuracy, macro-F1
over gold labels, per-label P/R/F1. Besides the whole set: macro-F1 with each source repository's texts left out in
turn, macro-F1 on each repository's texts alone (per source: the labels that source's gold holds), and the naive
baseline (each topic's name and its children's names as its only terms; no aliases, contexts or
exclusions) tagged by the same binary.

  python3 Benchmarks/agenda/taxonomy-devset/rebuild.py          # once: texts.jsonl from the mirrors
  python3 Benchmarks/agenda/taxonomy_devset.py [--topics BIN] [--taxonomy FILE] [--json] [--errors]
  python3 Benchmarks/agenda/taxonomy_devset.py --taxonomy NEW.yaml --against OLD.yaml   # a change: per source before/after
  python3 Benchmarks/agenda/taxonomy_devset.py --topics NEWBIN --against FILE --against-topics OLDBIN   # a tagger change

With --against, the texts are tagged with both taxonomies and each source's macro-F1 is shown before and after, with
the texts whose prediction changed: a change that helps one source and hurts another shows here.

BIN defaults to .build/debug/topics; FILE to the binary's default (corpora/taxonomy.yaml).
"""
import argparse, collections, csv, importlib.util, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "taxonomy-devset")
SCORE = os.path.join(HERE, "../../../shared/eval/topics/score.py")


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_items():
    with open(os.path.join(DEV, "items.tsv"), encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def tag(binary, texts, taxonomy=None):
    cmd = [binary, "tag", texts] + (["--taxonomy", taxonomy] if taxonomy else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()[:500]}")
    return {json.loads(l)["id"]: json.loads(l)["tags"] for l in r.stdout.splitlines() if l.strip()}


def predict(tags):
    top = [t for t in tags if "/" not in t["topic"]]
    if not top:
        return "none"
    best = max(top, key=lambda t: t["score"])  # max keeps the first of equal scores
    kids = [t for t in tags if t["topic"].startswith(best["topic"] + "/")]
    return max(kids, key=lambda t: t["score"])["topic"] if kids else best["topic"]


def naive_taxonomy(path):
    """Each topic's name and its children's names as its only terms, written as a taxonomy YAML."""
    import re
    topics, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\s*)- id: (\S+)", line)
        if m:
            cur = {"id": m.group(2), "indent": len(m.group(1)), "name": None}
            topics.append(cur)
        m = re.match(r"^\s*name: (\S+)", line)
        if m and cur and cur["name"] is None:
            cur["name"] = m.group(1)
    out = ["name: naive", "version: 1", "topics:"]
    i = 0
    while i < len(topics):
        t = topics[i]
        kids = []
        j = i + 1
        while j < len(topics) and topics[j]["indent"] > t["indent"]:
            kids.append(topics[j]); j += 1
        out.append(f"  - id: {t['id']}\n    name: {t['name']}\n    terms: [{', '.join([t['name']] + [k['name'] for k in kids])}]")
        if kids:
            out.append("    children:")
            for k in kids:
                out.append(f"      - id: {k['id']}\n        name: {k['name']}\n        terms: [{k['name']}]")
        i = j
    return "\n".join(out) + "\n"


def evaluate(score, items, tags):
    gold = {r["id"]: r["label"] for r in items}
    pred = {i: predict(tags.get(i, [])) for i in gold}
    res = score.classification(gold, pred)
    loso = {}
    for repo in sorted({r["repo"] for r in items}):
        keep = {r["id"]: r["label"] for r in items if r["repo"] != repo}
        loso[repo] = score.classification(keep, {i: pred[i] for i in keep})["macro_f1"]
    return res, loso, pred


def per_source(score, items, pred):
    """Macro-F1 and accuracy of each repository's texts alone."""
    out = {}
    for repo in sorted({r["repo"] for r in items}):
        own = {r["id"]: r["label"] for r in items if r["repo"] == repo}
        m = score.classification(own, {i: pred[i] for i in own})
        out[repo] = {"n": m["n"], "macro_f1": m["macro_f1"], "accuracy": m["accuracy"]}
    return out


def compare(score, items, binary, texts, new, old, old_binary=None):
    """Per-source macro-F1 before (old taxonomy, old binary) and after (new), and every changed prediction."""
    res_old, _, pred_old = evaluate(score, items, tag(old_binary or binary, texts, old))
    res_new, _, pred_new = evaluate(score, items, tag(binary, texts, new))
    src_old, src_new = per_source(score, items, pred_old), per_source(score, items, pred_new)
    print(f"all {res_old['n']}: macro-F1 {res_old['macro_f1']:.3f} -> {res_new['macro_f1']:.3f}   "
          f"accuracy {res_old['accuracy']:.3f} -> {res_new['accuracy']:.3f}")
    for repo in src_old:
        a, b = src_old[repo], src_new[repo]
        mark = "  WORSE" if b["macro_f1"] < a["macro_f1"] - 1e-9 else ("  better" if b["macro_f1"] > a["macro_f1"] + 1e-9 else "")
        print(f"  {repo} ({a['n']})\tmacro-F1 {a['macro_f1']:.3f} -> {b['macro_f1']:.3f}\t"
              f"accuracy {a['accuracy']:.3f} -> {b['accuracy']:.3f}{mark}")
    for r in items:
        i = r["id"]
        if pred_old[i] != pred_new[i]:
            ok = lambda p: "ok" if p == r["label"] else "wrong"
            print(f"  changed {i} [{r['repo']}]: gold {r['label']}: {pred_old[i]} ({ok(pred_old[i])}) -> "
                  f"{pred_new[i]} ({ok(pred_new[i])})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--topics", default=".build/debug/topics")
    ap.add_argument("--taxonomy")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the texts predicted wrong")
    ap.add_argument("--against", metavar="OLD", help="compare with this taxonomy: per-source macro-F1 before/after")
    ap.add_argument("--against-topics", metavar="OLDBIN", help="with --against: tag the 'before' side with this binary")
    a = ap.parse_args()
    texts = os.path.join(DEV, "texts.jsonl")
    if not os.path.exists(texts):
        raise SystemExit(f"{texts}: missing; run taxonomy-devset/rebuild.py first")
    score, items = load_score(), read_items()
    if a.against:
        shipped = a.taxonomy or os.path.join(os.environ.get("TOPICS_DATA", "corpora"), "taxonomy.yaml")
        compare(score, items, a.topics, texts, shipped, a.against, a.against_topics)
        return
    res, loso, pred = evaluate(score, items, tag(a.topics, texts, a.taxonomy))
    shipped = a.taxonomy or os.path.join(os.environ.get("TOPICS_DATA", "corpora"), "taxonomy.yaml")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
        f.write(naive_taxonomy(shipped))
    try:
        nres, nloso, _ = evaluate(score, items, tag(a.topics, texts, f.name))
    finally:
        os.unlink(f.name)
    if a.json:
        print(json.dumps({"taxonomy": res, "leave_one_source_out": loso, "per_source": per_source(score, items, pred),
                          "naive": nres, "naive_leave_one_source_out": nloso},
                         ensure_ascii=False, indent=1))
        return
    srcs = collections.Counter(r["repo"] for r in items)
    print(f"{res['n']} texts from {len(srcs)} repositories, {len(res['per_label'])} labels")
    print(f"taxonomy: accuracy {res['accuracy']:.3f}  macro-F1 {res['macro_f1']:.3f}   "
          f"naive: accuracy {nres['accuracy']:.3f}  macro-F1 {nres['macro_f1']:.3f}")
    print("label\tn\tP\tR\tF1\tnaive F1")
    for lab, m in res["per_label"].items():
        print(f"{lab}\t{m['support']}\t{m['precision']:.3f}\t{m['recall']:.3f}\t{m['f1']:.3f}\t{nres['per_label'][lab]['f1']:.3f}")
    print("leave one source out (macro-F1 without that repository's texts):")
    for repo in sorted(loso):
        print(f"  -{repo} ({srcs[repo]})\t{loso[repo]:.3f}\tnaive {nloso[repo]:.3f}")
    vals = list(loso.values())
    print(f"  spread {min(vals):.3f}..{max(vals):.3f}")
    print("per source (macro-F1 and accuracy on that repository's texts alone):")
    for repo, m in per_source(score, items, pred).items():
        print(f"  {repo} ({m['n']})\t{m['macro_f1']:.3f}\t{m['accuracy']:.3f}")
    if a.errors:
        for r in items:
            if pred[r["id"]] != r["label"]:
                print(f"  wrong {r['id']}: gold {r['label']}, predicted {pred[r['id']]}")


if __name__ == "__main__":
    main()
