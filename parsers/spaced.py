"""Tables whose columns are aligned with runs of spaces (a PDF or a report dumped to text).

`序号  岗位名称    岗位职责          任职要求` over rows whose cells start under their header
words: the column of a piece of text is where it starts on the screen (a Han character is two
cells wide), so a cell's wrapped continuation line, indented under its column with the other
cells empty, stays in its column.  A page break inside the table (blank lines and a
`第 2 页 共 2 页` footer) does not end it.  This module only finds the cells; what the
columns mean is read by parsers/pieces.py like a drawn table's.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

_RUN = re.compile(r"\S+(?: \S+)*")            # a cell's text: words parted by single spaces
_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
_GRID = re.compile(r"[│┃║|｜\t]")
# a page footer or header inside the table: `第 2 页 共 2 页`, `- 3 -`, `2/5`, `Page 2 of 3`
_PAGE = re.compile(r"^\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d+\s*/\s*\d+"
                   r"|(?:Page|PAGE)\s*\d+(?:\s*(?:of|/)\s*\d+)?)\s*$")


def width(text: str) -> int:
    """Display width: East Asian wide and full-width characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _runs(line: str) -> list[tuple[int, int, int, int]]:
    """(start, end, display start, display end) of each run of text parted by 2+ spaces."""
    out = []
    col, at = 0, 0
    for m in _RUN.finditer(line):
        col += width(line[at:m.start()])
        w = width(m.group())
        out.append((m.start(), m.end(), col, col + w))
        col += w
        at = m.end()
    return out


def _columns(header: str, rule: str | None) -> list[int] | None:
    runs = _runs(header)
    if len(runs) < 3:
        return None
    starts = [r[2] for r in runs]
    if rule is not None and _RULE.match(rule):
        dashes = [r[2] for r in _runs(rule)]
        if len(dashes) == len(starts):
            starts = dashes         # the rule under the header draws the columns exactly
    return starts


def _cells(line: str, cols: list[int]) -> list[tuple[int, int]] | None:
    """The line's cells under the columns (empty cells as (x, x)), or None when its text does
    not sit in the columns (prose, a note, a sign-off)."""
    runs = _runs(line)
    if not runs:
        return None
    spans: list[list[int] | None] = [None] * len(cols)
    for s, e, ds, de in runs:
        k = max((i for i, c in enumerate(cols) if c <= ds + 1), default=None)
        if k is None:
            return None
        if k + 1 < len(cols) and de > cols[k + 1] + 1:
            return None             # spills over the next column: not a row of this table
        if spans[k] is None:
            spans[k] = [s, e]
        else:
            spans[k][1] = e
    out = []
    at = 0
    for sp in spans:
        if sp is None:
            out.append((at, at))
        else:
            out.append((sp[0], sp[1]))
            at = sp[1]
    return out


def spaced_tables(lines: list[str], is_header: Callable[[list[str]], bool]) -> dict[int, list[tuple[int, int]]]:
    """Line index → cell spans for the lines of space-aligned tables whose header `is_header`
    accepts (given its cell texts).  The header line maps to its own cells; a dash rule under it
    is left out (the caller reads it as a rule); a blank line or page footer inside the table
    maps to `[]`."""
    out: dict[int, list[tuple[int, int]]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) > 160 or "  " not in line.strip() or _GRID.search(line):
            i += 1
            continue
        rule = lines[i + 1] if i + 1 < len(lines) else None
        cols = _columns(line, rule)
        if cols is None or not is_header([line[s:e] for s, e, _, _ in _runs(line)]):
            i += 1
            continue
        head = _cells(line, cols)
        if head is None:
            i += 1
            continue
        out[i] = head
        j = i + 2 if rule is not None and _RULE.match(rule) else i + 1
        rows = 0
        while j < len(lines):
            cells = _cells(lines[j], cols) if lines[j].strip() and not _PAGE.match(lines[j]) else None
            if cells is not None:
                out[j] = cells
                rows += 1
                j += 1
                continue
            # blank lines and page footers: the table goes on if a row follows them
            k = j
            while k < len(lines) and (not lines[k].strip() or _PAGE.match(lines[k])):
                k += 1
            if k == j or k >= len(lines) or _cells(lines[k], cols) is None:
                break
            for g in range(j, k):
                out[g] = []
            j = k
        if not rows:
            del out[i]
        i = j
    return out


# ---- two posts side by side: a page laid out in two columns, flattened line by line --------
# `菇房管理员            包装工` over `岗位职责：      岗位职责：` and `1、…      1、…`: each line
# holds the left column's text, a run of spaces, then the right column's.  Read in order, the
# right post's lines would interleave with the left's under no role; read column by column,
# each post keeps its own heading, sections and items.

def _split_at(line: str, col: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """(left span, right span) of a line cut at display column `col` (either may be None), or
    None when a run of text crosses the cut (the line is not in the two columns)."""
    left: list[int] | None = None
    right: list[int] | None = None
    for s, e, ds, de in _runs(line):
        if ds >= col - 2:
            right = [s, e] if right is None else [right[0], e]
        elif de <= col:
            if right is not None:
                return None
            left = [s, e] if left is None else [left[0], e]
        else:
            return None
    return (tuple(left) if left else None, tuple(right) if right else None)


def two_columns(lines: list[str], is_title: Callable[[str], bool]) -> dict[int, list[tuple[int, int, int]]]:
    """Blocks of lines laid out in two columns under a heading line that names two posts.

    The heading line holds exactly two runs of text parted by a wide gap, both accepted by
    `is_title`; the block goes on while the next lines split at the right title's column
    (no run of text crosses it) and ends with the last line that has text in the right column
    (one column may run longer than the other); at least two lines hold text on both sides.  Returns the heading line's index → its segments in reading order
    (line index, start, end): the left column top to bottom, then the right one; the other
    lines of the block map to `[]`."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        runs = _runs(line) if 0 < len(line) <= 160 and "  " in line.strip() and not _GRID.search(line) else []
        if len(runs) != 2 or runs[1][2] < 12 or runs[1][2] - runs[0][3] < 4 \
                or not all(is_title(line[s:e]) for s, e, _, _ in runs):
            i += 1
            continue
        col = runs[1][2]
        splits = [((runs[0][0], runs[0][1]), (runs[1][0], runs[1][1]))]
        last_right = 0
        j = i + 1
        while j < len(lines) and lines[j].strip() and not _GRID.search(lines[j]):
            cut = _split_at(lines[j], col)
            if cut is None:
                break
            splits.append(cut)
            if cut[1] is not None:
                last_right = j - i      # a column may run longer than the other
            j += 1
        if sum(1 for a, b in splits[1:last_right + 1] if a is not None and b is not None) < 2:
            i += 1
            continue
        splits = splits[:last_right + 1]
        segs = [(i + k, *sp[0]) for k, sp in enumerate(splits) if sp[0] is not None] \
            + [(i + k, *sp[1]) for k, sp in enumerate(splits) if sp[1] is not None]
        out[i] = segs
        for k in range(1, len(splits)):
            out[i + k] = []
        i += len(splits)
    return out
