"""The record that segmentation hands to the dataset writer: one duty row, before ids."""
from __future__ import annotations

from dataclasses import dataclass, field

SECTIONS = ("duty", "summary", "requirement", "authority", "other")


@dataclass
class DutyRecord:
    """One item of a role's list, cleaned, with where it came from.

    `char_start`/`char_end` are offsets in the document's decoded text (for HTML, the text
    extracted from it).  `repairs` names every fix applied to the item (`pinyin`,
    `t2s`, `mojibake:gbk_slip`, ...); `flags` marks doubts (`residual_garble`,
    `truncated`, ...) so analysts can filter.
    """

    role: str
    role_raw: str
    section: str
    seq: int
    duty: str
    duty_raw: str
    char_start: int
    char_end: int
    role_canonical: str = ""
    group: str = ""
    tokens: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
