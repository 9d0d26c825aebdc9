"""Letter-spaced text: `焊 前 清 理 坡 口 ２ ０ ｍ ｍ` → `焊前清理坡口２０ｍｍ`.

OCR and some PDF extractors put a space between every character of a line.  Rows built from
such a line keep `2 0 m m` and role headings (`第 一 条   焊 工 岗 位 职 责`) are not seen as
headings.  A line is letter-spaced when nearly all of its tokens are lone characters (perhaps
with punctuation stuck on: `录，每`), at least a third of them Han, with several Han-Han letter
gaps in a row.  The letter gap is the narrowest gap of the line: one space (`\u3000` and
`&nbsp;` count), or two on a long clean line (pdftotext).  In such a line letter gaps go and a
wider gap (the extractor's word gap) becomes one space.  Ordinary text never qualifies:
English words, `使用 Office 办公`, phrases separated by spaces (`运行值班 倒闸操作`), columns
padded with runs of spaces or tabs, spaced pairs in columns (`序 号  姓 名`) and a lone spaced
pair (`姓 名`).  Once a document has two long, clean letter-spaced lines, its other spaced
lines (`职 责`, `2 0 2 5 - 0 3 - 0 1`) are taken as letter-spaced too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.tracked import Edit, apply_edits

_SPACE = " \u00a0\u3000"
_TOKEN = re.compile(f"[^{_SPACE}\t\r\n]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# OCR often leaves punctuation stuck to its neighbours: `录，每` is two spaced letters
PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                    r"!-/:-@\[-`{-~“”‘’—…·]+")

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
    han: int             # Han characters standing alone (in letter tokens)
    width: int           # the letter gap: the narrowest gap on the line, in spaces
    han_pairs: int       # letter gaps between two lone Han characters
    single_share: float  # share of tokens that are letters
    letter_share: float  # share of gaps that are letter gaps
    chain: int = 0       # most tokens in a row joined by letter gaps


def _is_letter(text: str, tok: tuple[int, int]) -> bool:
    """One character, perhaps with punctuation stuck on (`、`, `录，每`, `（第`): no word in it."""
    if tok[1] - tok[0] == 1:
        return True
    return all(len(piece) <= 1 for piece in PUNCT.split(text[tok[0]:tok[1]]))


def _han_count(text: str, tok: tuple[int, int]) -> int:
    return len(_HAN.findall(text, tok[0], tok[1]))


def _han_pair(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Lone Han characters on both sides of the gap between `a` and `b`."""
    return (_HAN.match(text[a[1] - 1]) is not None and _HAN.match(text[b[0]]) is not None
            and _is_letter(text, a) and _is_letter(text, b))


def _score(text: str, line: _Line) -> _Score:
    toks = line.tokens
    n = len(toks)
    if n < 2:
        return _Score(n, 0, 0, 0, 0.0, 0.0)
    letters = [t for t in toks if _is_letter(text, t)]
    singles = len(letters)
    han = sum(_han_count(text, t) for t in letters)
    gaps = list(zip(toks, toks[1:]))
    if not all(_gap_ok(text, a, b) for a, b in gaps):   # a tab: columns, not spacing
        return _Score(n, han, 0, 0, 0.0, 0.0)
    width = min(b[0] - a[1] for a, b in gaps)
    letter = [(a, b) for a, b in gaps if b[0] - a[1] == width]
    pairs = sum(1 for a, b in letter if _han_pair(text, a, b))
    chain = run = 1
    for a, b in gaps:
        run = run + 1 if b[0] - a[1] == width else 1
        chain = max(chain, run)
    return _Score(n, han, width, pairs, singles / n, len(letter) / len(gaps), chain)


def _is_strong(sc: _Score) -> bool:
    """Long, clean letter spacing: evidence that the whole document is spaced."""
    return (sc.width in (1, 2) and sc.tokens >= STRONG_TOKENS and sc.han_pairs >= STRONG_TOKENS - 2
            and sc.chain >= 4
            and sc.single_share >= 0.9 and sc.letter_share >= 0.8)


def _is_spaced(sc: _Score, lenient: bool) -> bool:
    if sc.tokens < 2 or sc.width not in (1, 2):
        return False
    if lenient and sc.single_share >= 0.9 and sc.letter_share >= 0.5:
        return True     # the document is spaced: its dates, codes and short lines are too
    if sc.han == 0:
        return False
    if sc.width == 2:   # two-space spacing (pdftotext -layout) only when long and clean
        return _is_strong(sc)
    if sc.tokens < MIN_TOKENS or sc.han < MIN_HAN or sc.han_pairs < MIN_HAN_PAIRS:
        return False
    if sc.chain < 3:    # spaced pairs in columns (`序 号  姓 名  性 别`): a table, not spacing
        return False
    # most characters stand alone, a good part of them Han, mostly one space apart
    return sc.single_share >= 0.75 and sc.han * 3 >= sc.tokens and sc.letter_share >= 0.6


def _spaced(text: str) -> list[tuple[int, _Line, _Score]]:
    lines = _lines(text)
    scores = [_score(text, ln) for ln in lines]
    lenient = sum(1 for sc in scores if _is_strong(sc)) >= STRONG_LINES
    return [(i, ln, sc) for i, (ln, sc) in enumerate(zip(lines, scores)) if _is_spaced(sc, lenient)]


def spaced_lines(text: str) -> list[int]:
    """Indexes (0-based, by `\\n`) of the lines taken as letter-spaced."""
    return [i for i, _, _ in _spaced(text)]


def spacing_edits(text: str) -> list[Edit]:
    """Edits closing up letter-spaced lines: a letter gap goes, a wider gap becomes one space.

    A letter gap between two tokens of several characters each (two words the extractor
    left whole) is kept.
    """
    edits: list[Edit] = []
    for _, ln, sc in _spaced(text):
        for a, b in zip(ln.tokens, ln.tokens[1:]):
            width = b[0] - a[1]
            if width == sc.width:
                if not _is_letter(text, a) and not _is_letter(text, b):
                    continue
                edits.append(Edit(a[1], b[0], "", "spacing"))
            else:
                edits.append(Edit(a[1], b[0], " ", "spacing"))
    return edits


def close_spacing(text: str) -> str:
    """Plain text-in/text-out form of `spacing_edits`."""
    return apply_edits(text, spacing_edits(text))
