"""Which lines would the letter-spacing step close up, on text that is (mostly) not spaced?

Runs `normalize.spacing.spacing_edits` over ../shared/corpus/*.txt and the held-out docs
(decoded as the pipeline decodes them) and prints every line it edits, before → after, plus a
count per set.  On clean text every edited line is a false positive; the only letter-spaced
document in these sets is holdout9/f06.  holdout6 and holdout8 are never read.

Two probes on the corpus lines follow: the same lines with a space between jieba words
(word-spaced text, which must mostly stay: lines flagged are listed) and the same lines
letter-spaced (every character apart, a source space widened to three), which must close up
back to the line as written (lines not restored are listed).  Last, the step's time as a
share of the whole cleaning chain on the corpus.

    .venv/bin/python bench/spacing_scan.py
"""
from __future__ import annotations

import logging
import re
import sys
import time
from pathlib import Path

import jieba

from normalize.clean import clean_document
from normalize.spacing import PUNCT, spaced_lines, spacing_edits
from normalize.tracked import apply_edits
from pipeline.process import decoded_text

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SETS = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout7", "holdout9", "holdout10"]


def _docs() -> list[tuple[str, Path]]:
    out = [("corpus", p) for p in sorted(CORPUS.glob("*.txt"))]
    for name in SETS:
        out += [(name, p) for p in sorted((REPO / "tests" / "fixtures" / name / "docs").glob("*"))]
    return out


def main() -> int:
    counts: dict[str, list[int]] = {}
    for set_name, path in _docs():
        text, _ = decoded_text(path)
        lines = text.split("\n")
        edited = spaced_lines(text)
        after = apply_edits(text, spacing_edits(text)).split("\n")
        c = counts.setdefault(set_name, [0, 0, 0])
        c[0] += 1
        c[1] += len(lines)
        c[2] += len(edited)
        for i in edited:
            print(f"{set_name}/{path.name}:{i + 1}: {lines[i].strip()!r} -> {after[i].strip()!r}")
    print()
    for name, (docs, lines, edited) in counts.items():
        print(f"{name:10s} docs {docs:3d} lines {lines:6d} edited {edited:4d}")
    probes()
    cost()
    return 0


def cost() -> None:
    """Time of the step against the whole cleaning chain it is part of, same texts, same run."""
    texts = [decoded_text(p)[0] for p in sorted(CORPUS.glob("*.txt"))]
    started = time.perf_counter()
    for text in texts:
        spacing_edits(text)
    step = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        clean_document(text)
    chain = time.perf_counter() - started
    print(f"corpus: spacing step {step:.3f}s, whole clean chain {chain:.3f}s, ratio {step / chain:.3f}")


def probes() -> None:
    jieba.setLogLevel(logging.WARNING)
    flagged = restored = total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [re.sub(r"\s+", " ", ln.strip()) for ln in decoded_text(path)[0].split("\n")]
        lines = [ln for ln in lines if ln]
        words = [" ".join(w for w in jieba.cut(ln) if w.strip()) for ln in lines]
        for i in spaced_lines("\n".join(words)):
            flagged += 1
            print(f"word-spaced flagged: {words[i]!r}")
        letters = "\n".join("   ".join(" ".join(w) for w in ln.split(" ")) for ln in lines)
        back = apply_edits(letters, spacing_edits(letters)).split("\n")
        for want, got in zip(lines, back):
            total += 1
            if want == got:
                restored += 1
            else:
                print(f"letter-spaced not restored: {want!r} -> {got!r}")
    print(f"corpus lines {total}: word-spaced flagged {flagged}; letter-spaced restored {restored}")
    alone()


def _space_letters(word: str, punct_too: bool) -> str:
    """`word` with a space between its characters (OCR style: also around punctuation, or not)."""
    out = word[:1]
    for x, y in zip(word, word[1:]):
        if punct_too or not (PUNCT.fullmatch(x) or PUNCT.fullmatch(y)):
            out += " "
        out += y
    return out


def alone() -> None:
    """Each corpus line with at least 4 Han, letter-spaced on its own (no document context)."""
    ok = total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        for ln in decoded_text(path)[0].split("\n"):
            ln = " ".join(ln.split())
            if len(re.findall(r"[\u4e00-\u9fff]", ln)) < 4:
                continue
            for punct_too in (True, False):
                spaced = "   ".join(_space_letters(w, punct_too) for w in ln.split(" "))
                total += 1
                ok += apply_edits(spaced, spacing_edits(spaced)) == ln
    print(f"corpus lines letter-spaced one at a time (punctuation spaced / stuck): restored {ok}/{total}")


if __name__ == "__main__":
    sys.exit(main())
