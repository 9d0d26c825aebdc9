"""Character bigram model: how plausible is a string as Chinese text?

Mojibake repair compares candidate decodings of a span; the one real Chinese would produce
scores far higher than byte-shifted garbage.  Counts come from `data/charlm.json.gz`
(built by `normalize/build_charmodel.py` from jieba's dictionary, Simplified + Traditional).
Smoothing is Witten-Bell (bigram backs off to unigram); characters outside the model get
fixed class scores so punctuation and ASCII neither win nor lose comparisons by accident.
"""
from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "charlm.json.gz"

# Class log-probabilities for characters the dictionary has no counts for.
LOGP_ASCII_ALNUM = -7.0
LOGP_PUNCT = -4.0
LOGP_SPACE = -3.0
LOGP_UNSEEN = -18.0     # CJK/PUA/replacement chars never seen in any dictionary word
LOGP_HOLE = -8.0        # U+FFFD: a real character was there; score it like a typical one
LOGP_SYMBOL = -14.0     # other symbols: rare in running text, common in shifted garbage
PUNCT = set("，。、；：？！（）《》〈〉「」『』【】〔〕…—–‘’“”·．～％＋－／＝＃＠＆＊")


def _is_punct(c: str) -> bool:
    return (ord(c) < 0x80 and not c.isalnum()) or c in PUNCT


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


class CharLM:
    """Witten-Bell smoothed character bigram model with class scores for non-Han text."""

    def __init__(self, unigram: dict[str, int], bigram: dict[str, int],
                 words: dict[str, int] | None = None):
        # Only Han characters are scored from counts; letters, digits and symbols in the
        # dictionary (AT&T, B超) would otherwise make ASCII look rare and garbage look fine.
        unigram = {c: n for c, n in unigram.items() if is_han(c)}
        bigram = {ab: n for ab, n in bigram.items() if is_han(ab[0]) and is_han(ab[1])}
        total = sum(unigram.values())
        v = len(unigram)
        self.uni: dict[str, float] = {c: math.log((n + 0.5) / (total + 0.5 * v))
                                      for c, n in unigram.items()}
        left: dict[str, int] = {}
        types: dict[str, int] = {}
        for ab, n in bigram.items():
            a = ab[0]
            left[a] = left.get(a, 0) + n
            types[a] = types.get(a, 0) + 1
        self._left = left
        self._types = types
        self._bi = bigram
        self._cache: dict[str, float] = {}
        words = words or {}
        wtotal = sum(words.values()) or 1
        self.words: dict[str, float] = {w: math.log(n / wtotal) for w, n in words.items()}
        self._wfloor = math.log(0.5 / wtotal)
        self._wcache: dict[str, float] = {}

    def logp1(self, c: str) -> float:
        """Unigram log-probability (class score outside the model)."""
        lp = self.uni.get(c)
        if lp is not None:
            return lp
        if c.isspace():
            return LOGP_SPACE
        if c.isascii() and c.isalnum():
            return LOGP_ASCII_ALNUM
        if _is_punct(c):
            return LOGP_PUNCT
        if c == "\ufffd":
            return LOGP_HOLE
        if is_han(c) or 0xE000 <= ord(c) <= 0xF8FF:
            return LOGP_UNSEEN
        return LOGP_SYMBOL

    def logp2(self, a: str, b: str) -> float:
        """log P(b | a), Witten-Bell: bigram counts interpolated with the unigram."""
        key = a + b
        lp = self._cache.get(key)
        if lp is not None:
            return lp
        pb = self.logp1(b)
        n_a = self._left.get(a)
        if n_a is None or b not in self.uni:
            lp = pb
        else:
            t = self._types[a]
            lp = math.log((self._bi.get(key, 0) + t * math.exp(pb)) / (n_a + t))
        if len(self._cache) < 2_000_000:
            self._cache[key] = lp
        return lp

    def wscore(self, text: str) -> float:
        """Log-probability of `text` under the best segmentation into dictionary words
        (unigram word model, as jieba segments).  Settles what character bigrams cannot:
        客户投诉 (two words) beats 客户头端 even though 户头 is a word and 户投 is not."""
        hit = self._wcache.get(text)
        if hit is not None:
            return hit
        n = len(text)
        best = [0.0] * (n + 1)
        words = self.words
        for j in range(1, n + 1):
            c = text[j - 1]
            lp = words.get(c)
            if lp is None:
                lp = self.logp1(c)
                if is_han(c):
                    lp = min(lp, self._wfloor) - 2.0
            b = best[j - 1] + lp
            for size in (2, 3, 4):
                if size > j:
                    break
                w = words.get(text[j - size:j])
                if w is not None and best[j - size] + w > b:
                    b = best[j - size] + w
            best[j] = b
        if len(self._wcache) > 500_000:
            self._wcache.clear()
        self._wcache[text] = best[n]
        return best[n]

    def score(self, text: str, prev: str = "") -> float:
        """Total log-probability of `text` (first char conditioned on `prev` if given)."""
        total = 0.0
        p = prev
        for c in text:
            total += self.logp2(p, c) if p else self.logp1(c)
            p = c
        return total


@lru_cache(maxsize=1)
def load() -> CharLM:
    """The shipped model (loaded once per process)."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return CharLM(data["unigram"], data["bigram"], data.get("words"))
