"""Text that remembers where each character came from.

Every cleaning step (mojibake repair, pinyin removal, noise removal, script conversion)
rewrites spans of text.  Rows must still point back into the document's decoded text
(`char_start`/`char_end` in the dataset), so cleaning works on a `Tracked` string: the
cleaned text plus, for every character, its offset in the original.  Steps return
`Edit`s; `Tracked.apply` rebuilds the text and the offset map in one pass.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `new`; `kind` names the fix for the `repairs` column."""

    start: int
    end: int
    new: str
    kind: str = ""


@dataclass(frozen=True)
class Tracked:
    """`text` with `origin[i]` = offset in the original text of `text[i]`.

    `origin` has one extra entry at the end (the original offset just past the last
    character), so that `origin[end]` is valid for any slice end.
    """

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str, base: int = 0) -> "Tracked":
        return cls(text, tuple(range(base, base + len(text) + 1)))

    def __len__(self) -> int:
        return len(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned slice `[start:end)`."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> "Tracked":
        return Tracked(self.text[start:end], self.origin[start:end + 1])

    def apply(self, edits: Iterable[Edit]) -> "Tracked":
        """Apply non-overlapping edits (any order); overlapping later ones are dropped."""
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return self
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        for e in ordered:
            if e.start < pos or e.end > len(self.text) or e.start > e.end:
                continue
            parts.append(self.text[pos:e.start])
            origin.extend(self.origin[pos:e.start])
            old_len = e.end - e.start
            if len(e.new) == old_len:
                origin.extend(self.origin[e.start:e.end])
            else:
                anchor = self.origin[e.start] if e.start < len(self.text) else self.origin[-1]
                origin.extend([anchor] * len(e.new))
            parts.append(e.new)
            pos = e.end
        parts.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        return Tracked("".join(parts), tuple(origin))


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Plain-string form of `Tracked.apply`, for the text-in/text-out public functions."""
    return Tracked.of(text).apply(edits).text
