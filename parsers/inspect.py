"""`dutyflow inspect FILE`: the document's lines beside the rows they gave.

Each input line is printed with its number; under it, every row that starts on that line:
section, role, group, seq and the cleaned item text, so a reader sees why a line went where.
"""
from __future__ import annotations

import bisect

from parsers.records import DutyRecord


def render(text: str, records: list[DutyRecord], width: int = 100) -> str:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    by_line: dict[int, list[DutyRecord]] = {}
    for rec in records:
        n = max(1, bisect.bisect_right(starts, rec.char_start))
        by_line.setdefault(n, []).append(rec)
    out: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        shown = line if len(line) <= width else line[:width] + f"… (+{len(line) - width})"
        out.append(f"{n:5d} | {shown}")
        for rec in by_line.get(n, ()):
            group = f" [{rec.group}]" if rec.group else ""
            flags = f" {{{','.join(rec.flags)}}}" if rec.flags else ""
            out.append(f"      └ {rec.section:<11} {rec.role or '-'}{group} #{rec.seq}: {rec.duty}{flags}")
    rows = len(records)
    out.append(f"-- {rows} row{'s' if rows != 1 else ''}")
    return "\n".join(out)
