"""CSV-shaped text (a spreadsheet export saved as .txt): a header row naming a post column
and section columns, then one post a record, cells quoted where they hold commas or
line breaks.

Read by its header (the csv dialect: `,` between cells, `"` around a cell, `""` for a
quote inside one), so a quoted cell's lines stay one cell and a record's cells keep their
column: the post cell names the role, a section column (`岗位职责`, `任职要求`) gives its
section and its items (split at list numbers, else at `；`), other columns (department,
date, number) are chrome.  Offsets are kept, so every item still points at its text.
"""
from __future__ import annotations

import re

from parsers import roles as R
from parsers import sections as S
from parsers.lists import find_markers

# a post column's header (`岗位名称`, `职位`, `招聘岗位`)
_ROLE_COLUMN = re.compile(r"^(?:(?:招聘|招录|招考|报考|拟聘|聘用)?(?:职位|岗位|职务)(?:名称)?|职缺|工种|职位名|岗位名)$")
Spec = tuple[str, str, int, int, bool, bool]       # kind, value, start, end, line_start, carries on


def _cells(text: str, start: int) -> tuple[list[tuple[int, int]], int] | None:
    """The cells of the record starting at `start` (spans without quotes) and where the next
    record starts, or None when a quote never closes."""
    cells: list[tuple[int, int]] = []
    i, n = start, len(text)
    while True:
        if i < n and text[i] == '"':
            j = i + 1
            while True:
                k = text.find('"', j)
                if k < 0:
                    return None
                if text.startswith('""', k):
                    j = k + 2
                    continue
                break
            cells.append((i + 1, k))
            i = k + 1
            while i < n and text[i] in " \t":
                i += 1
        else:
            j = i
            while j < n and text[j] not in ",\n":
                j += 1
            cells.append((i, j))
            i = j
        if i < n and text[i] == ",":
            i += 1
            continue
        if i < n and text[i] == "\n":
            i += 1
        elif i < n:
            return None               # text after a closing quote: not CSV
        return cells, i


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _items(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """A section cell's items as (start, end, carries the item above on): one a list number,
    a line without one carrying the item on; a cell with no numbers split at `；`."""
    out: list[tuple[int, int, bool]] = []
    expected: dict[str, int] = {}
    numbered = False
    pos = a
    for line in text[a:b].split("\n"):
        ls, le = _strip(text, pos, pos + len(line))
        pos += len(line) + 1
        if ls >= le:
            continue
        marks = find_markers(text[ls:le], expected)
        if marks:
            numbered = True
            if marks[0].start > 0:
                out.append((ls, ls + marks[0].start, bool(out)))
            for x, mk in enumerate(marks):
                end = ls + marks[x + 1].start if x + 1 < len(marks) else le
                out.append((ls + mk.end, end, False))
        else:
            out.append((ls, le, bool(out) and numbered))
    if numbered:
        return out
    split: list[tuple[int, int, bool]] = []
    for s, e, _ in out:
        at = s
        for m in re.finditer(r"[；;]", text[s:e]):
            split.append((at, s + m.start(), False))
            at = s + m.end()
        split.append((at, e, False))
    return [(s, e, c) for s, e, c in (( *_strip(text, s, e), c) for s, e, c in split) if s < e]


def csv_table(lines: list[str], widths: list[int]) -> dict[int, list[Spec]]:
    """Lines of a CSV table of posts: line index → piece specs, every record's pieces on its
    first line (offsets from that line's start), its other lines empty.  {} when the text
    has no CSV header naming a post column and a section column."""
    text = "".join(ln + "\n" for ln in lines)
    starts = [0]
    for w in widths:
        starts.append(starts[-1] + w)
    # offsets in `text` (each line + "\n") → offsets in the document (each line + its break)
    line_at = [0]
    for ln in lines:
        line_at.append(line_at[-1] + len(ln) + 1)
    out: dict[int, list[Spec]] = {}
    i = 0
    while i < len(lines):
        head = lines[i]
        if head.count(",") < 2 or '"' in head:
            i += 1
            continue
        names = [re.sub(r"\s+", "", c) for c in head.split(",")]
        role_col = next((k for k, c in enumerate(names) if _ROLE_COLUMN.match(c)), None)
        sect_cols = {k: S.heading_section(c) for k, c in enumerate(names) if k != role_col}
        sect_cols = {k: ("requirement" if v == "duty?" and re.search(r"要求|条件|资格", names[k]) else v)
                     for k, v in sect_cols.items() if v and v != "other"}
        if role_col is None or not sect_cols:
            i += 1
            continue
        records: list[tuple[int, list[tuple[int, int]]]] = []
        at = line_at[i + 1]
        while at < len(text) and text[at] != "\n":
            got = _cells(text, at)
            if got is None or len(got[0]) != len(names):
                break
            records.append((at, got[0]))
            at = got[1]
        if not records:
            i += 1
            continue
        out[i] = [("chrome", "CSV header (the table's column names)", 0, len(head.rstrip()), True, False)]

        def line_of(off: int) -> int:
            lo, hi = 0, len(lines)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if line_at[mid] <= off:
                    lo = mid
                else:
                    hi = mid - 1
            return lo

        last = i
        for rs, cells in records:
            first = line_of(rs)
            base = starts[first]

            def doc(off: int) -> int:
                n = line_of(off)
                return starts[n] + (off - line_at[n]) - base

            specs: list[Spec] = []
            a, b = _strip(text, *cells[role_col])
            name = text[a:b].replace("\n", "")
            specs.append(("role", R.tidy_role(name) if R.plausible_role(name, 20) else "", doc(a), doc(b), True, False))
            for k, (ca, cb) in enumerate(cells):
                if k == role_col:
                    continue
                a, b = _strip(text, ca, cb)
                if a >= b:
                    continue
                if k not in sect_cols:
                    specs.append(("chrome", "CSV cell: a fact about the post (number, department, date)",
                                  doc(a), doc(b), False, False))
                    continue
                specs.append(("sect", sect_cols[k], doc(a), doc(a), False, False))
                for s, e, cont in _items(text, a, b):
                    specs.append(("text" if cont else "item", "", doc(s), doc(e), False, cont))
            end_line = line_of(max(cb for _, cb in cells))
            for n in range(first, end_line + 1):
                out[n] = []
            out[first] = specs
            last = end_line
        end = len(lines[last].rstrip())
        out[last] = out.get(last, []) + [("role", "", end, end, False, False)]     # no role runs on after it
        i = last + 1
    return out
