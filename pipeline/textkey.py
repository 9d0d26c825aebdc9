"""Fold duty text to a key for exact-duplicate grouping and to tokens for shingling.

Two copies of one duty rarely match byte for byte: one site prints Traditional, one uses
ASCII commas, one keeps an inline pinyin note (`職責(zé)`), one adds spaces.  `fold` removes
exactly those differences and nothing else: NFKC, inline pinyin notes, a leftover list marker, Traditional →
Simplified (OpenCC t2s), lower case, and every character that is not a letter or digit
(punctuation, symbols, spaces, controls) dropped.  Letters and digits stay, so `2年以上` and `3年以上` keep different keys.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

# A pinyin note right after a Han character: 職責(zé), 經(jīng).  Tone-marked letters only
# appear in pinyin, and the length cap keeps English words in brackets out.
_PINYIN_NOTE = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6}[)）]")

# A list marker the segmenter left at the start: 1、 2. (3) （四） ⑤ 一、
_MARKER = re.compile(
    r"^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[\u2460-\u2473\u2776-\u277f]"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.)）](?!\d))\s*")

# Separator used to convert many strings with one OpenCC call; OpenCC leaves it alone.
_SEP = "\n"


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Everything that is not a letter or digit: punctuation, symbols, spaces, controls, marks.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _pre(text: str) -> str:
    text = unicodedata.normalize("NFKC", _MARKER.sub("", text, count=1))
    return _PINYIN_NOTE.sub("", text)


def _post(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def fold(text: str) -> str:
    """The exact-duplicate key of one duty text ('' for text with no letters or digits)."""
    if not text:
        return ""
    return _post(_t2s().convert(_pre(text)))


def fold_many(texts: Sequence[str]) -> list[str]:
    """`fold` for many texts; one OpenCC call per batch keeps a million rows in seconds."""
    pre = [_pre(t or "").replace(_SEP, " ") for t in texts]
    out: list[str] = []
    conv = _t2s()
    step = 20_000
    for i in range(0, len(pre), step):
        batch = pre[i:i + step]
        converted = conv.convert(_SEP.join(batch)).split(_SEP)
        if len(converted) != len(batch):        # never seen; stay correct if it happens
            converted = [conv.convert(t) for t in batch]
        out.extend(_post(t) for t in converted)
    return out


_TOKEN_CACHE: dict[str, str] = {}


def fold_tokens(tokens: Iterable[str]) -> list[str]:
    """Tokens with the same folding as `fold`; tokens that fold to nothing are dropped.

    Tokens come from the already Simplified `duty`, so only the cheap steps are applied.
    A corpus has few distinct tokens: the cache makes every occurrence share one string.
    """
    cache = _TOKEN_CACHE
    out = []
    for tok in tokens:
        t = cache.get(tok)
        if t is None:
            t = _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", tok).lower())
            if len(cache) < 2_000_000:
                cache[tok] = t
        if t:
            out.append(t)
    return out
