"""Decoded document text → duty records (role, section, item).  Being built (issues 2, 3)."""
from __future__ import annotations

from parsers.records import DutyRecord


def extract(text: str) -> list[DutyRecord]:
    """All duty records of one document's decoded text."""
    return []
