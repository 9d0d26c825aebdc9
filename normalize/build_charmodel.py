"""Regenerate `normalize/data/charlm.json.gz`, the character model mojibake repair scores with.

Why derived, not shipped raw: jieba's dictionary (word → frequency) is already installed and
is a fair sample of modern Chinese vocabulary; counting characters and in-word character
bigrams weighted by word frequency gives a usable character model in a few MB.  OpenCC s2t
adds the same counts for the Traditional spelling of each word, so Traditional text is as
plausible as Simplified.  No corpus or gold text is used (those are what we evaluate on).

Run: .venv/bin/python -m normalize.build_charmodel
"""
from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "charlm.json.gz"
MIN_BIGRAM = 3          # bigram counts below this are dropped (size; they add little)
MIN_WORD = 3            # same for whole words (the word model used to settle close calls)


def _dict_words() -> list[tuple[str, int]]:
    import jieba

    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            words.append((parts[0], int(parts[1])))
    return words


def build() -> dict:
    import opencc

    words = _dict_words()
    conv = opencc.OpenCC("s2t")
    trad = conv.convert("\n".join(w for w, _ in words)).split("\n")
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for (w, f), t in zip(words, trad):
        forms = {w, t} if len(t) == len(w) else {w}
        for form in forms:
            for c in form:
                uni[c] += f
            for a, b in zip(form, form[1:]):
                bi[a + b] += f
    bi = Counter({k: v for k, v in bi.items() if v >= MIN_BIGRAM})
    wf: Counter[str] = Counter()
    for (w, f), t in zip(words, trad):
        if f >= MIN_WORD and all("\u4e00" <= c <= "\u9fff" for c in w):
            wf[w] += f
            if t != w:
                wf[t] += f
    return {"source": "jieba dict.txt + OpenCC s2t", "unigram": dict(uni), "bigram": dict(bi),
            "words": dict(wf)}


def main() -> None:
    model = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(model, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{OUT}: {len(model['unigram'])} chars, {len(model['bigram'])} bigrams, "
          f"{OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
