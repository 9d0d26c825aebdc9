"""List every mojibake repair and residual span dutyflow finds in ../shared/corpus.

For the closing note of issue 4: each `?`-garbled span with its repair, the gold rows on
those lines found verbatim after repair, and analyze() time per document (compare with the
time `dutyflow run ../shared/corpus --out /tmp/x` reports for the whole pipeline).  Run: .venv/bin/python bench/mojibake_corpus.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import opencc

from normalize.charmodel import load
from normalize.mojibake import _plain_question, analyze
from normalize.tracked import apply_edits

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GOLD = CORPUS.parent / "gold"
_ANNOT = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_T2S = opencc.OpenCC("t2s")


def _norm(s: str) -> str:
    """Roughly what the rest of the cleaning chain does: pinyin out, Simplified, full-width
    punctuation — enough to look a gold row up in a repaired line."""
    s = _T2S.convert(_ANNOT.sub("", s))
    return s.translate(str.maketrans(",;:()?!", "，；：（）？！"))


def gold_check(path: Path, text: str, repaired: str) -> None:
    """Gold rows marked uncertain (the garbled ones): found verbatim in the repaired line?"""
    gold = GOLD / (path.stem + ".jsonl")
    if not gold.exists():
        return
    before, after = text.split("\n"), repaired.split("\n")
    ok = total = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("uncertain"):
            continue
        n = row["line"] - 1
        if n >= len(after) or "?" not in before[n]:
            continue
        total += 1
        hit = row["duty"] in _norm(after[n])
        ok += hit
        if not hit:
            print(f"  gold miss line {n + 1}: want {row['duty']!r}\n"
                  f"                    got  {_norm(after[n])[:90]!r}")
    if total:
        print(f"  gold rows on `?` lines found verbatim after repair: {ok}/{total}")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    t0 = time.perf_counter()
    load()
    load_t = time.perf_counter() - t0
    total_t, total_chars = 0.0, 0
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        rep = analyze(text)
        dt = time.perf_counter() - t0
        total_t += dt
        total_chars += len(text)
        qspans = [m.start() for m in re.finditer(r"[?\ufffd]", text)
                  if any(0x3400 <= ord(c) <= 0x9fff or ord(c) >= 0xe000
                         for c in text[max(0, m.start() - 1):m.start() + 2])]
        covered = set()
        print(f"== {path.name}: {len(text)} chars, {len(rep.edits)} edits, "
              f"{len(rep.residual)} residual, analyze {dt * 1000:.0f} ms")
        for ed, conf in zip(rep.edits, rep.confidence):
            covered.update(range(ed.start, ed.end))
            print(f"  {ed.kind:24s} {ed.start:6d} {text[ed.start:ed.end]!r:28} -> {ed.new!r} "
                  f"conf={conf:.2f}")
        for s, e in rep.residual:
            covered.update(range(s, e))
            print(f"  residual                 {s:6d} {text[max(0, s - 3):e + 3]!r}")
        gold_check(path, text, apply_edits(text, rep.edits))
        missed = [q for q in qspans if q not in covered]
        for q in missed:
            if text[q] == "?" and _plain_question(load(), text, q):
                print(f"  question mark, clean text   {q:6d} {text[max(0, q - 4):q + 5]!r}")
            else:
                print(f"  NOT HANDLED (? next to Han) {q:6d} {text[max(0, q - 4):q + 5]!r}")
    print(f"analyze() total {total_t:.2f} s over {total_chars} chars "
          f"(+ model load {load_t:.2f} s once per process)")


if __name__ == "__main__":
    main()
