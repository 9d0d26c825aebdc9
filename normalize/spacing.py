"""Letter-spaced text: `焊 前 清 理 坡 口 ２ ０ ｍ ｍ` → `焊前清理坡口２０ｍｍ`.

OCR and some PDF extractors put a space between every character of a line.  Rows built from
such a line keep `2 0 m m` and role headings (`第 一 条   焊 工 岗 位 职 责`) are not seen as
headings.  A line is letter-spaced when nearly all of its characters stand alone between
single spaces and most of them are Han; in such a line the single spaces go and a wider gap
(the extractor's word gap) becomes one space.  Ordinary text never qualifies: English words,
`使用 Office 办公`, phrases separated by spaces (`运行值班 倒闸操作`), columns padded with runs
of spaces and a lone spaced pair (`姓 名`) all have tokens longer than one character or too
few of them.  Once a document has several clearly letter-spaced lines, its short spaced lines
(`岗 位 职 责`) are taken as letter-spaced too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.tracked import Edit, apply_edits

_SPACE = " \u00a0\u3000"
_TOKEN = re.compile(f"[^{_SPACE}\t\r\n]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

MIN_TOKENS = 4          # a line needs this many spaced characters on its own
MIN_HAN = 3             # ... this many of them Han
MIN_HAN_PAIRS = 3       # ... and this many one-space gaps with a Han character on both sides
STRONG_TOKENS = 6       # a line this long and clean is evidence for the whole document
STRONG_LINES = 2        # this many strong lines make short spaced lines in the document count


@dataclass(frozen=True)
class _Line:
    """One line's non-space tokens as (start, end) in document offsets."""

    tokens: list[tuple[int, int]]


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line([(m.start() + pos, m.end() + pos) for m in _TOKEN.finditer(raw)]))
        pos += len(raw) + 1
    return out


def _gap_ok(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Tokens `a`, `b` are neighbours on the line separated only by spaces (no tab)."""
    return all(ch in _SPACE for ch in text[a[1]:b[0]])


@dataclass(frozen=True)
class _Score:
    tokens: int          # non-space tokens on the line
    han: int             # single-character tokens that are Han
    han_pairs: int       # one-space gaps between two single Han characters
    single_share: float  # share of tokens that are one character
    one_share: float     # share of gaps that are exactly one space


def _is_han(text: str, tok: tuple[int, int]) -> bool:
    return tok[1] - tok[0] == 1 and _HAN.match(text[tok[0]]) is not None


def _score(text: str, line: _Line) -> _Score:
    toks = line.tokens
    n = len(toks)
    if n < 2:
        return _Score(n, 0, 0, 0.0, 0.0)
    singles = sum(1 for t in toks if t[1] - t[0] == 1)
    han = sum(1 for t in toks if _is_han(text, t))
    gaps = list(zip(toks, toks[1:]))
    if not all(_gap_ok(text, a, b) for a, b in gaps):   # a tab: columns, not spacing
        return _Score(n, han, 0, 0.0, 0.0)
    one = [(a, b) for a, b in gaps if b[0] - a[1] == 1]
    pairs = sum(1 for a, b in one if _is_han(text, a) and _is_han(text, b))
    return _Score(n, han, pairs, singles / n, len(one) / len(gaps))


def _is_spaced(text: str, line: _Line, lenient: bool) -> bool:
    sc = _score(text, line)
    if sc.tokens < 2 or sc.han == 0:
        return False
    if lenient and sc.single_share == 1.0 and sc.one_share == 1.0:
        return True
    if sc.tokens < MIN_TOKENS or sc.han < MIN_HAN or sc.han_pairs < MIN_HAN_PAIRS:
        return False
    # most characters stand alone, mostly Han, mostly one space apart
    return sc.single_share >= 0.75 and sc.han * 2 >= sc.tokens * sc.single_share and sc.one_share >= 0.6


def _is_strong(text: str, line: _Line) -> bool:
    sc = _score(text, line)
    return (sc.tokens >= STRONG_TOKENS and sc.han_pairs >= STRONG_TOKENS - 2
            and sc.single_share >= 0.9 and sc.one_share >= 0.8)


def spaced_lines(text: str) -> list[int]:
    """Indexes (0-based, by `\\n`) of the lines taken as letter-spaced."""
    lines = _lines(text)
    lenient = sum(1 for ln in lines if _is_strong(text, ln)) >= STRONG_LINES
    return [i for i, ln in enumerate(lines) if _is_spaced(text, ln, lenient)]


def spacing_edits(text: str) -> list[Edit]:
    """Edits closing up letter-spaced lines: one space goes, a wider gap becomes one space.

    A one-space gap between two tokens of several characters each (two words the extractor
    left whole) is kept.
    """
    lines = _lines(text)
    lenient = sum(1 for ln in lines if _is_strong(text, ln)) >= STRONG_LINES
    edits: list[Edit] = []
    for ln in lines:
        if not _is_spaced(text, ln, lenient):
            continue
        for a, b in zip(ln.tokens, ln.tokens[1:]):
            width = b[0] - a[1]
            if width == 1:
                if a[1] - a[0] > 1 and b[1] - b[0] > 1:
                    continue
                edits.append(Edit(a[1], b[0], "", "spacing"))
            elif text[a[1]:b[0]] != " ":
                edits.append(Edit(a[1], b[0], " ", "spacing"))
    return edits


def close_spacing(text: str) -> str:
    """Plain text-in/text-out form of `spacing_edits`."""
    return apply_edits(text, spacing_edits(text))
