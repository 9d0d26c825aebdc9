"""`dutyflow inspect FILE`: the document's lines beside the rows they gave.

Each input line is printed with its number; under it, every row that starts on that line:
section, role, group, seq and the cleaned item text, so a reader sees why a line went where;
and every block that gave no row, with the reason (`✗ no role: …`), so nothing vanishes unseen.
"""
from __future__ import annotations

import bisect

from parsers.duties import Dropped, extract_with_drops
from parsers.records import DutyRecord


def render(text: str, records: list[DutyRecord], width: int = 100,
           dropped: list[Dropped] | None = None) -> str:
    """`dropped` defaults to what segmenting `text` again leaves out (shown as `✗ reason`)."""
    if dropped is None:
        dropped = extract_with_drops(text)[1]
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    by_line: dict[int, list[DutyRecord]] = {}
    for rec in records:
        n = max(1, bisect.bisect_right(starts, rec.char_start))
        by_line.setdefault(n, []).append(rec)
    drops_by_line: dict[int, list[Dropped]] = {}
    for d in dropped:
        drops_by_line.setdefault(max(1, bisect.bisect_right(starts, d.char_start)), []).append(d)
    out: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        shown = line if len(line) <= width else line[:width] + f"… (+{len(line) - width})"
        out.append(f"{n:5d} | {shown}")
        for rec in by_line.get(n, ()):
            group = f" [{rec.group}]" if rec.group else ""
            flags = f" {{{','.join(rec.flags)}}}" if rec.flags else ""
            out.append(f"      └ {rec.section:<11} {rec.role or '-'}{group} #{rec.seq}: {rec.duty}{flags}")
        for d in drops_by_line.get(n, ()):
            shown = d.text if len(d.text) <= 40 else d.text[:40] + "…"
            out.append(f"      ✗ {d.reason}: {shown}")
    rows = len(records)
    out.append(f"-- {rows} row{'s' if rows != 1 else ''}")
    return "\n".join(out)
