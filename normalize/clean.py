"""The cleaning chain for one document: mojibake → pinyin → Traditional→Simplified → width → emoji → noise.

Each step looks at the text the previous one produced and returns `Edit`s; the chain applies
them to a `Tracked` string, so every cleaned character still knows its offset in the input,
and records which repair touched which input span (for the `repairs` column).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable

from normalize import mojibake
from normalize.emoji import emoji_edits
from normalize.noise import noise_edits
from normalize.pinyin import pinyin_edits
from normalize.punct import halfwidth_edits
from normalize.script import t2s_edits
from normalize.spacing import spacing_edits
from normalize.tracked import Edit, Tracked


@dataclass
class Cleaned:
    """The cleaned document and what was done to it, in input offsets."""

    tracked: Tracked
    repairs: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, kind)
    residual: list[tuple[int, int]] = field(default_factory=list)       # garbled, unrepaired
    _index: dict | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.tracked.text

    def repairs_in(self, start: int, end: int) -> list[str]:
        """Repair kinds that touched input `[start, end)`, in chain order, no repeats."""
        if self._index is None:
            self._index = _index_repairs(self.repairs)
        kinds: list[str] = []
        for name, (starts, ends) in self._index.items():
            i = bisect.bisect_left(ends, start + 1) if start < end else len(ends)
            if i < len(starts) and starts[i] < max(end, start + 1):
                kinds.append(name)
        return kinds

    def garbled(self, start: int, end: int) -> bool:
        return any(s < end and e > start for s, e in self.residual)


# noise last: its patterns are written in Simplified, half-width text
def _index_repairs(repairs: list[tuple[int, int, str]]) -> dict[str, tuple[list[int], list[int]]]:
    """Per repair name (in first-seen order), merged input intervals as sorted starts/ends.

    A zero-width repair (a deletion) at offset p counts as covering `[p, p+1)`.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for s, e, kind in repairs:
        name = kind.split(":")[0] if kind.startswith("noise") else kind
        spans.setdefault(name, []).append((s, max(e, s + 1)))
    index = {}
    for name, items in spans.items():
        items.sort()
        merged: list[list[int]] = []
        for s, e in items:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        index[name] = ([m[0] for m in merged], [m[1] for m in merged])
    return index


# emoji before noise: `📮 简历投递：…` is a contact line once its emoji is gone
STEPS: list[Callable[[str], list[Edit]]] = [spacing_edits, pinyin_edits, t2s_edits, halfwidth_edits, emoji_edits, noise_edits]


def clean_document(text: str) -> Cleaned:
    """Run the chain; never raises on odd input (a failing step is skipped and recorded)."""
    tracked = Tracked.of(text)
    result = Cleaned(tracked)
    try:
        report = mojibake.analyze(text)
        tracked = _apply(result, tracked, report.edits)
        result.residual = [(int(s), int(e)) for s, e in report.residual]
    except Exception as exc:  # the repairer is another module's work in progress
        result.repairs.append((0, 0, f"mojibake_failed:{type(exc).__name__}"))
    for step in STEPS:
        tracked = _apply(result, tracked, step(tracked.text))
    result.tracked = tracked
    return result


def _apply(result: Cleaned, tracked: Tracked, edits: list[Edit]) -> Tracked:
    if not edits:
        return tracked
    for e in edits:
        s, t = tracked.span(e.start, e.end) if e.end > e.start else (tracked.origin[e.start],) * 2
        result.repairs.append((s, t, e.kind or "edit"))
    return tracked.apply(edits)


def clean_text(text: str) -> str:
    """Plain text-in/text-out form of the chain."""
    return clean_document(text).text
