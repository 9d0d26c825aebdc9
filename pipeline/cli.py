"""`dutyflow` command line (being built: see issue 2)."""
from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("dutyflow: not wired yet")
