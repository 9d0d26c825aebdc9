"""Repair of Chinese byte-slip mojibake (GBK/Big5 slips, double encodings, lost bytes).

Public contract (DESIGN.md): `repair_mojibake(text) -> str` repairs and returns clean
text unchanged.  `analyze(text)` is the richer call the cleaning chain uses: the edits it
would make (each `Edit.kind` starts with `mojibake:`), how sure it is of each, and the
spans it found garbled but could not repair (flagged `residual_garble`).

NOTE: placeholder until issue 4 lands — it detects nothing yet.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from normalize.tracked import Edit, apply_edits


@dataclass
class MojibakeReport:
    edits: list[Edit] = field(default_factory=list)
    confidence: list[float] = field(default_factory=list)
    residual: list[tuple[int, int]] = field(default_factory=list)


def analyze(text: str) -> MojibakeReport:
    """Find garbled spans and their repairs; never touches clean text."""
    return MojibakeReport()


def repair_mojibake(text: str) -> str:
    """Repair byte-slip mojibake in decoded text; clean text comes back unchanged."""
    return apply_edits(text, analyze(text).edits)
