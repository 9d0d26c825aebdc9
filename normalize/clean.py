"""The cleaning chain for one document: mojibake → pinyin → Traditional→Simplified → width → noise.

Each step looks at the text the previous one produced and returns `Edit`s; the chain applies
them to a `Tracked` string, so every cleaned character still knows its offset in the input,
and records which repair touched which input span (for the `repairs` column).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from normalize import mojibake
from normalize.noise import noise_edits
from normalize.pinyin import pinyin_edits
from normalize.punct import halfwidth_edits
from normalize.script import t2s_edits
from normalize.tracked import Edit, Tracked


@dataclass
class Cleaned:
    """The cleaned document and what was done to it, in input offsets."""

    tracked: Tracked
    repairs: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, kind)
    residual: list[tuple[int, int]] = field(default_factory=list)       # garbled, unrepaired

    @property
    def text(self) -> str:
        return self.tracked.text

    def repairs_in(self, start: int, end: int) -> list[str]:
        """Repair kinds that touched input `[start, end)`, in chain order, no repeats."""
        kinds: list[str] = []
        for s, e, kind in self.repairs:
            if s < end and (e > start or (s == e and start <= s < end)):
                name = kind.split(":")[0] if kind.startswith("noise") else kind
                if name not in kinds:
                    kinds.append(name)
        return kinds

    def garbled(self, start: int, end: int) -> bool:
        return any(s < end and e > start for s, e in self.residual)


# noise last: its patterns are written in Simplified, half-width text
STEPS: list[Callable[[str], list[Edit]]] = [pinyin_edits, t2s_edits, halfwidth_edits, noise_edits]


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
