#!/usr/bin/env python3
"""Hot issues of `topics agenda` on the Teddy 2020 hot archive, for reading and timing.

  python3 Benchmarks/agenda/hot_issues.py .build/release/topics [--top 10] [--members]

Runs the agenda on ../shared/corpora/topics/teddy2020_hot.jsonl (wall time printed), then lists
the top hot issues (rank, heat, documents, people, likes, time range, place, description) and,
with --members, every member's title, for judging by reading whether each is one concrete matter.
Also prints how many of the 丽发新城 mixing-plant messages (title or text naming both 丽发 and 搅拌)
the best-holding hot issue has.
"""
import json, os, shutil, subprocess, sys, tempfile, time

ARCHIVE = os.path.join(os.path.dirname(__file__), "../../../shared/corpora/topics/teddy2020_hot.jsonl")


def main():
    binary = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 10
    docs = {}
    with open(ARCHIVE, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            docs[r["id"]] = r
    out = tempfile.mkdtemp(prefix="agenda-")
    try:
        start = time.monotonic()
        subprocess.run([binary, "agenda", ARCHIVE, "-o", out], check=True)
        print(f"agenda: {time.monotonic() - start:.2f} s wall")
        issues = [json.loads(l) for l in open(os.path.join(out, "hot_issues.jsonl"), encoding="utf-8")]
    finally:
        shutil.rmtree(out, ignore_errors=True)
    plant = {i for i, r in docs.items() if "丽发" in r["title"] + r["text"] and "搅拌" in r["title"] + r["text"]}
    best = max(issues, key=lambda h: len(plant & set(h["members"])))
    inside = len(plant & set(best["members"]))
    print(f"{len(issues)} hot issues; mixing plant: {inside} of {len(plant)} messages in hot issue #{best['rank']} "
          f"({best['documents']} documents, {best['documents'] - inside} others)")
    for h in issues[:top]:
        flag = " [one or two authors]" if h["few_authors"] else ""
        print(f"#{h['rank']}\theat {h['heat']}\t{h['documents']} docs\t{h['people']} people\t{h['likes']} likes\t"
              f"{h['date_from']}…{h['date_to']}\t{h['place']}\t{h['description']}{flag}")
        if "--members" in sys.argv:
            for m in h["members"]:
                print(f"\t\t{m}\t{docs[m]['user']}\t{docs[m]['date'][:10]}\t{docs[m]['title']}")


if __name__ == "__main__":
    main()
