#!/usr/bin/env python3
"""Taxonomy precision on the shared labelled messages (Teddy 2020 sample 附件2, dev half).

The shipped taxonomy's top-level topics carry the messages' 一级分类 under other names; each
message is predicted as its best-scoring top-level topic (no tag: "none", which counts as wrong).
Per topic: precision, recall, F1 of that single prediction, and precision of every tag given
(a message may get several top-level tags; a tag is right when it is the message's label).

  python3 Benchmarks/agenda/taxonomy_eval.py .build/release/topics [--taxonomy FILE] [--json]

Scores with the same definitions as ../shared/eval/topics/score.py (macro-F1 over gold labels).
"""
import collections, json, subprocess, sys, os

GOLD = os.path.join(os.path.dirname(__file__), "../../../shared/corpora/topics/teddy2020_msgs.dev.jsonl")
# Taxonomy top-level name → the label set's name.
MAP = {"城乡建设": "城乡建设", "劳动和社会保障": "劳动和社会保障", "教育文体": "教育文体", "卫生健康": "卫生计生",
       "交通运输": "交通运输", "商贸旅游": "商贸旅游", "生态环境": "环境保护"}


def main():
    binary = sys.argv[1]
    extra = []
    if "--taxonomy" in sys.argv:
        extra = ["--taxonomy", sys.argv[sys.argv.index("--taxonomy") + 1]]
    gold = {}
    with open(GOLD, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            gold[r["id"]] = r["label"]
    out = subprocess.run([binary, "tag", GOLD] + extra, capture_output=True, text=True, check=True).stdout
    pred, given = {}, collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line)
        top = [t for t in r["tags"] if "/" not in t["topic"] and t["topic"] in MAP]
        top.sort(key=lambda t: -t["score"])
        pred[r["id"]] = MAP[top[0]["topic"]] if top else "none"
        given[r["id"]] = [MAP[t["topic"]] for t in top]
    labels = sorted(set(gold.values()))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    tag_right, tag_all = collections.Counter(), collections.Counter()
    for i, g in gold.items():
        p = pred.get(i, "none")
        if p == g: tp[g] += 1
        else:
            fn[g] += 1
            if p != "none": fp[p] += 1
        for t in given.get(i, []):
            tag_all[t] += 1
            tag_right[t] += t == g
    rows, f1s = [], []
    for l in labels:
        p = tp[l] / (tp[l] + fp[l]) if tp[l] + fp[l] else 0.0
        r = tp[l] / (tp[l] + fn[l]) if tp[l] + fn[l] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        rows.append((l, p, r, f, tag_right[l], tag_all[l]))
    acc = sum(tp.values()) / len(gold)
    macro = sum(f1s) / len(f1s)
    untagged = sum(1 for i in gold if pred.get(i, "none") == "none")
    if "--json" in sys.argv:
        print(json.dumps({"accuracy": acc, "macro_f1": macro, "untagged": untagged,
                          "per_label": {l: {"precision": p, "recall": r, "f1": f, "tag_precision": (a / b if b else None)}
                                        for l, p, r, f, a, b in rows}}, ensure_ascii=False, indent=1))
        return
    print(f"{len(gold)} messages, {untagged} without a top-level tag; accuracy {acc:.3f}, macro-F1 {macro:.3f}")
    print("label\tprecision\trecall\tF1\ttags right/given")
    for l, p, r, f, a, b in rows:
        print(f"{l}\t{p:.3f}\t{r:.3f}\t{f:.3f}\t{a}/{b}")


if __name__ == "__main__":
    main()
