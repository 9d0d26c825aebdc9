"""A table of posts flattened to lines with single spaces between cells (a notice's annex
copied out of a PDF or Word table): a header line of column names (`岗位代码 岗位名称 招聘人数
岗位职责 资格条件`), then each row on a line that opens with its short cells (code, post,
head count) and runs on over the next lines as its long cells wrap.

Read by its header: the section columns must be the last ones, so a row's text after its
short cells holds one cell per section column, parted by the spaces left inside its lines
(a wrap adds none).  Only a row with exactly that many spaces is read that way.  The post
cell names the role; a duty cell is split at `；`; short cells are chrome.
"""
from __future__ import annotations

import re

from parsers import roles as R
from parsers import sections as S
from parsers.lists import find_markers

_ROLE_COLUMN = re.compile(r"^(?:(?:招聘|招录|招考|报考|拟聘|聘用)?(?:职位|岗位|职务)(?:名称)?|职缺|工种|职位名|岗位名)$")
# a short cell: a code, a number, a head count (`3`, `3人`, `若干`, `A01`)
_SHORT = re.compile(r"^(?:[A-Za-z0-9\-]{1,8}|\d{1,3}\s*[人名]?|若干)$")
# what ends a table's last row: a blank line, an annex or note, a numbered heading
_AFTER = re.compile(r"^\s*(?:附件|附表|注[:：]|备注|说明[:：]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])")
Spec = tuple[str, str, int, int, bool, bool]


def _header(line: str) -> tuple[int, int, dict[int, str]] | None:
    """(column count, post column, section columns) of a space-separated header line."""
    names = line.split()
    if len(names) < 3 or any(len(n) > 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", n) for n in names):
        return None
    role_col = next((k for k, n in enumerate(names) if _ROLE_COLUMN.match(n)), None)
    sects: dict[int, str] = {}
    for k, n in enumerate(names):
        sec = S.heading_section(n)
        if sec == "duty?":
            sec = "requirement" if re.search(r"资格|条件|任职要求", n) else "duty"
        if sec and sec != "other" and k != role_col:
            sects[k] = sec
    if role_col is None or not sects or role_col > min(sects):
        return None
    if sorted(sects) != list(range(min(sects), len(names))):
        return None               # a column after the section columns: cells cannot be told apart
    return len(names), role_col, sects


def flat_table(lines: list[str], widths: list[int]) -> dict[int, list[Spec]]:
    """Lines of a flattened table of posts: line index → piece specs (offsets from the
    row's first line), a row's other lines empty.  {} when there is none."""
    out: dict[int, list[Spec]] = {}
    starts = [0]
    for w in widths:
        starts.append(starts[-1] + w)
    i = 0
    while i < len(lines):
        head = _header(lines[i])
        if head is None:
            i += 1
            continue
        ncols, role_col, sects = head
        first_sect = min(sects)

        def row_start(line: str) -> list[re.Match] | None:
            toks = list(re.finditer(r"\S+", line))
            if len(toks) <= first_sect:
                return None
            short = [t.group() for k, t in enumerate(toks[:first_sect]) if k != role_col]
            if not all(_SHORT.match(s) for s in short) or not R.plausible_role(toks[role_col].group(), 20):
                return None
            return toks

        rows: list[tuple[int, int]] = []          # (first line, last line)
        j = i + 1
        while j < len(lines) and lines[j].strip():
            if row_start(lines[j]):
                rows.append((j, j))
            elif rows and not _AFTER.match(lines[j]) and j - rows[-1][0] < 10:
                rows[-1] = (rows[-1][0], j)
            else:
                break
            j += 1
        if not rows:
            i += 1
            continue
        out[i] = [("chrome", "table header of posts (flattened to one line)", *_whole(lines[i]), True, False)]
        for a, b in rows:
            toks = row_start(lines[a])
            specs: list[Spec] = []
            for k, t in enumerate(toks[:first_sect]):
                if k == role_col:
                    specs.append(("role", R.tidy_role(t.group()), t.start(), t.end(), True, False))
                else:
                    specs.append(("chrome", "table cell: a fact about the post (code, head count)",
                                  t.start(), t.end(), False, False))
            # the long cells' text: (row offset, char) over the row's lines, wraps adding nothing
            chars: list[tuple[int, str]] = []
            for n in range(a, b + 1):
                s0 = toks[first_sect].start() if n == a else 0
                body = lines[n].rstrip()
                base = starts[n] - starts[a]
                lead = len(body) - len(body.lstrip()) if n > a else s0
                chars.extend((base + p, body[p]) for p in range(max(s0, lead), len(body)))
                chars.append((-1, "\n"))          # a wrap: no cell break
            text = "".join(c for _, c in chars)
            gaps = [m for m in re.finditer(r"[ \t\u3000]+", text)]
            cells = []
            if len(gaps) == len(sects) - 1:
                at = 0
                for g in gaps:
                    cells.append((at, g.start()))
                    at = g.end()
                cells.append((at, len(text)))
            else:
                cells = [(0, len(text))] + [(len(text), len(text))] * (len(sects) - 1)
            for (cs, ce), k in zip(cells, sorted(sects)):
                if cs >= ce:
                    continue
                first = next((chars[p][0] for p in range(cs, ce) if chars[p][0] >= 0), None)
                if first is None:
                    continue
                specs.append(("sect", sects[k], first, first, False, False))
                for s, e in _items(text, cs, ce, sects[k]):
                    for m, (ps, pe) in enumerate(_line_parts(chars, s, e)):
                        specs.append(("item" if m == 0 else "text", "", ps, pe, False, m > 0))
            for n in range(a, b + 1):
                out[n] = []
            out[a] = specs
        last = rows[-1][1]
        end = len(lines[last].rstrip())
        out[last] = out.get(last, []) + [("role", "", end, end, False, False)]
        i = j
    return out


def _items(text: str, cs: int, ce: int, section: str) -> list[tuple[int, int]]:
    """A cell's items: at list numbers if it has them, else at `；`."""
    cell = text[cs:ce]
    marks = find_markers(cell, {})
    if marks:
        return [(cs + mk.end, cs + (marks[x + 1].start if x + 1 < len(marks) else len(cell)))
                for x, mk in enumerate(marks)]
    out, at = [], cs
    for m in re.finditer(r"[；;]", cell):
        out.append((at, cs + m.start()))
        at = cs + m.end()
    out.append((at, ce))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _line_parts(chars: list[tuple[int, str]], s: int, e: int) -> list[tuple[int, int]]:
    """The spans (row offsets) of text[s:e] on each line it runs over."""
    parts: list[tuple[int, int]] = []
    run: list[int] = []
    for p in range(s, e):
        off, c = chars[p]
        if off < 0:
            if run:
                parts.append((run[0], run[-1] + 1))
            run = []
        elif not c.isspace():
            run.append(off)
    if run:
        parts.append((run[0], run[-1] + 1))
    return parts


def _whole(line: str) -> tuple[int, int]:
    return len(line) - len(line.lstrip()), len(line.rstrip())
