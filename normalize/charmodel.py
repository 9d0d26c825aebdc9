"""Character bigram model: how plausible is a string as Chinese text?

Mojibake repair compares candidate decodings of a span; the one real Chinese would produce
scores far higher than byte-shifted garbage.  Counts come from `data/charlm.txt.gz`
(built by `normalize/build_charmodel.py` from jieba's dictionary, Simplified + Traditional).
Smoothing is Witten-Bell (bigram backs off to unigram); characters outside the model get
fixed class scores so punctuation and ASCII neither win nor lose comparisons by accident.
"""
from __future__ import annotations

import gzip
import math
from functools import cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "charlm.txt.gz"

# Class log-probabilities for characters the dictionary has no counts for.
LOGP_ASCII_ALNUM = -7.0
LOGP_PUNCT = -4.0
LOGP_SPACE = -3.0
LOGP_IDEOGRAPHIC_SPACE = -7.0   # U+3000: a layout filler, far rarer in running text than 。
LOGP_UNSEEN = -18.0     # CJK/PUA/replacement chars never seen in any dictionary word
LOGP_HOLE = -8.0        # U+FFFD: a real character was there; score it like a typical one
LOGP_SYMBOL = -14.0     # other symbols: rare in running text, common in shifted garbage
# Rough shares of the common marks in Chinese running text: ties between candidate
# punctuation marks (a lost byte inside ，vs ；) go to the common one.  The brackets
# 〔〕〖〗〈〉『』 are rare in running text (document numbers, nested quotes) but are what
# 、 or 。 becomes when it loses its trail byte (、餐 → 〔褪): they score like rare marks.
# So do the full-width symbols (＃＠＆＊…): UTF-8 ：；， (EF BC xx) that lost their last byte
# could be any of them, and scored like ， they split the choice with the real mark.
PUNCT_LOGP = {"，": -3.0, "。": -3.8, "、": -4.2, "；": -5.5, "：": -5.5, "（": -5.8, "）": -5.8,
              "“": -6.0, "”": -6.0, "！": -7.0, "？": -7.0, "《": -6.5, "》": -6.5, "…": -7.5,
              "—": -7.5, "·": -8.0, ",": -4.0, ".": -4.5, "?": -6.0, ":": -5.0, ";": -5.5,
              "(": -5.5, ")": -5.5, **dict.fromkeys("〔〕〖〗〈〉『』", -10.0),
              **dict.fromkeys("．～％＋－／＝＃＠＆＊", -9.0)}
PUNCT = set("，。、；：？！（）《》〈〉「」『』【】〔〕…—–‘’“”·．～％＋－／＝＃＠＆＊")


def _is_punct(c: str) -> bool:
    return (ord(c) < 0x80 and not c.isalnum()) or c in PUNCT


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


class CharLM:
    """Witten-Bell smoothed character bigram model with class scores for non-Han text."""

    def __init__(self, unigram: dict[str, int], bigram: dict[str, int], left: dict[str, int],
                 types: dict[str, int], words: dict[str, int]):
        """Tables as `build_charmodel` writes them (Han only; `left`/`types`: per first
        character, the total count and the number of distinct followers)."""
        total = sum(unigram.values())
        v = len(unigram)
        self.uni: dict[str, float] = {c: math.log((n + 0.5) / (total + 0.5 * v))
                                      for c, n in unigram.items()}
        self._left = left
        self._types = types
        self._bi = bigram
        self._cache: dict[str, float] = {}
        self._words = words
        wtotal = sum(words.values()) or 1
        self._wlogtotal = math.log(wtotal)
        self._wfloor = math.log(0.5 / wtotal)
        self._wcache: dict[str, float] = {}
        self.wcache = self._wcache      # read-only view for hot loops (same dict)
        self._wlp: dict[str, float] = {w: math.log(f) - self._wlogtotal
                                       for w, f in words.items() if len(w) > 1}
        self._w1: dict[str, float] = {}
        # first two (three) characters of the 3-4 (4) character words: `wscore` looks a
        # longer word up only after such a start
        self._long_prefix2 = frozenset(w[:2] for w in self._wlp if 3 <= len(w) <= 4)
        self._long_prefix3 = frozenset(w[:3] for w in self._wlp if len(w) == 4)
        self.fill_cache: dict = {}      # per-model memo for mojibake's hole filling
        self.trad_only: frozenset[str] = frozenset()    # 裏 (Simplified writes 里)
        self.simp_only: frozenset[str] = frozenset()    # 里 (Traditional writes 裏/裡)
        self.no_end: frozenset[str] = frozenset()       # 的 和 在: words a line never ends on

    @property
    def left(self) -> dict[str, int]:
        """First characters of bigrams -> their total count."""
        return self._left

    @cached_property
    def followers(self) -> dict[str, frozenset[str]]:
        """First character -> the characters seen after it (built on first use, ~0.1 s):
        lets a caller rank many candidates after one character without scoring each."""
        out: dict[str, set[str]] = {}
        for ab in self._bi:
            out.setdefault(ab[0], set()).add(ab[1])
        return {a: frozenset(bs) for a, bs in out.items()}

    @cached_property
    def preceders(self) -> dict[str, frozenset[str]]:
        """Second character -> the characters seen before it (the mirror of `followers`)."""
        out: dict[str, set[str]] = {}
        for ab in self._bi:
            out.setdefault(ab[1], set()).add(ab[0])
        return {b: frozenset(as_) for b, as_ in out.items()}

    def script(self, text: str) -> str:
        """'s' or 't' when `text` clearly uses one script, '' when it cannot tell."""
        s = sum(1 for c in text if c in self.simp_only)
        t = sum(1 for c in text if c in self.trad_only)
        if s >= 2 * t + 1:
            return "s"
        if t >= 2 * s + 1:
            return "t"
        return ""

    @classmethod
    def from_counts(cls, unigram: dict[str, int], bigram: dict[str, int],
                    words: dict[str, int] | None = None) -> "CharLM":
        """A model from raw counts (tests and experiments)."""
        left: dict[str, int] = {}
        types: dict[str, int] = {}
        for ab, n in bigram.items():
            left[ab[0]] = left.get(ab[0], 0) + n
            types[ab[0]] = types.get(ab[0], 0) + 1
        return cls(unigram, bigram, left, types, words or {})

    def _single(self, c: str) -> float:
        """Word-model score of one character standing alone."""
        f = self._words.get(c)
        if f is not None:
            return math.log(f) - self._wlogtotal
        lp = self.logp1(c)
        return min(lp, self._wfloor) - 2.0 if is_han(c) else lp

    def wlogp(self, w: str) -> float | None:
        """log P(word) under the word unigram model, None if not a dictionary word."""
        n = self._words.get(w)
        return None if n is None else math.log(n) - self._wlogtotal

    def logp1(self, c: str) -> float:
        """Unigram log-probability (class score outside the model)."""
        lp = self.uni.get(c)
        if lp is not None:
            return lp
        if c == "\u3000":
            return LOGP_IDEOGRAPHIC_SPACE
        if c.isspace():
            return LOGP_SPACE
        if c.isascii() and c.isalnum():
            return LOGP_ASCII_ALNUM
        if _is_punct(c):
            return PUNCT_LOGP.get(c, LOGP_PUNCT)
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
        # Forward over start positions: a 3- or 4-character word is looked up only when its
        # first two characters begin one (most pairs do not), so most positions cost one
        # lookup for the pair instead of three.  best[j] is the same maximum over the same
        # sums as a backward pass (word ending at j), so the value is identical.
        n = len(text)
        best = [-math.inf] * (n + 1)
        best[0] = 0.0
        wlp = self._wlp
        w1 = self._w1
        long2 = self._long_prefix2
        long3 = self._long_prefix3
        for i in range(n):
            bi = best[i]
            c = text[i]
            lp = w1.get(c)
            if lp is None:
                lp = w1[c] = self._single(c)
            v = bi + lp
            if v > best[i + 1]:
                best[i + 1] = v
            if i + 2 > n:
                continue
            s2 = text[i:i + 2]
            w = wlp.get(s2)
            if w is not None and bi + w > best[i + 2]:
                best[i + 2] = bi + w
            if i + 3 > n or s2 not in long2:
                continue
            s3 = text[i:i + 3]
            w = wlp.get(s3)
            if w is not None and bi + w > best[i + 3]:
                best[i + 3] = bi + w
            if i + 4 > n or s3 not in long3:
                continue
            w = wlp.get(text[i:i + 4])
            if w is not None and bi + w > best[i + 4]:
                best[i + 4] = bi + w
        if len(self._wcache) > 500_000:
            self._wcache.clear()
        self._wcache[text] = best[n]
        return best[n]

    def score(self, text: str, prev: str = "") -> float:
        """Total log-probability of `text` (first char conditioned on `prev` if given)."""
        total = 0.0
        p = prev
        cached = self._cache.get        # logp2's memo, read inline (a hot loop in repair)
        for c in text:
            if p:
                lp = cached(p + c)
                total += lp if lp is not None else self.logp2(p, c)
            else:
                total += self.logp1(c)
            p = c
        return total


def parse(text: str) -> dict[str, dict[str, int]]:
    """Tables from the `build_charmodel.dumps` format."""
    out: dict[str, dict[str, int]] = {}
    for line in text.splitlines():
        if not line:
            continue
        name, _, body = line.partition("\t")
        items = body.split("\0") if body else []
        out[name] = dict(zip(items[0::2], map(int, items[1::2])))
    return out


@lru_cache(maxsize=1)
def load() -> CharLM:
    """The shipped model (loaded once per process, ~0.5 s)."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        t = parse(fh.read())
    lm = CharLM(t["unigram"], t["bigram"], t["left"], t["types"], t["words"])
    lm.trad_only = frozenset(t.get("trad_only", ()))
    lm.simp_only = frozenset(t.get("simp_only", ()))
    lm.no_end = frozenset(t.get("no_end", ()))
    return lm
