"""Traditional → Simplified (OpenCC `t2s`) as edits, so offsets into the source survive.

OpenCC converts phrases, and a phrase can change length; each line is converted on its own
and, where the length holds (nearly always), only the characters that changed become edits.
"""
from __future__ import annotations

from functools import lru_cache

from normalize.tracked import Edit


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text) if text else text


def t2s_edits(text: str) -> list[Edit]:
    """Edits turning Traditional characters into Simplified, line by line."""
    if not _maybe_traditional(text):
        return []
    conv = _converter()
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        new = conv.convert(line)
        if new != line:
            if len(new) == len(line):
                run_start = None
                for i, (a, b) in enumerate(zip(line, new)):
                    if a != b and run_start is None:
                        run_start = i
                    elif a == b and run_start is not None:
                        edits.append(Edit(pos + run_start, pos + i, new[run_start:i], "t2s"))
                        run_start = None
                if run_start is not None:
                    edits.append(Edit(pos + run_start, pos + len(line), new[run_start:], "t2s"))
            else:
                edits.append(Edit(pos, pos + len(line), new, "t2s"))
        pos += len(line)
    return edits


def _maybe_traditional(text: str) -> bool:
    """Cheap test: does converting change anything at all?"""
    return _converter().convert(text) != text
