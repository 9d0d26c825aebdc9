"""What the user named on the command line → documents to process and URLs to fetch.

A source is a file, a folder (searched recursively for .txt/.html/.htm), a URL, a URL-list
file (a .txt/.lst/.urls file whose non-comment lines are all http(s) URLs) or a TOML sources
file; the last three are handed to the crawler as they are.  A
folder that is a raw store (holds manifest.parquet) contributes its fetched documents.
Sources that do not exist are not dropped: they come back in `missing` and the run
records them as failed documents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.process import Input

DOC_SUFFIXES = (".txt", ".html", ".htm")
URL = re.compile(r"^https?://\S+$", re.I)
MANIFEST = "manifest.parquet"


@dataclass
class Plan:
    inputs: list[Input] = field(default_factory=list)
    to_fetch: list[str] = field(default_factory=list)   # URLs, URL-list files, sources files
    missing: list[str] = field(default_factory=list)
    raw_stores: list[Path] = field(default_factory=list)


def is_url(source: str) -> bool:
    return bool(URL.match(source.strip()))


def read_url_list(path: Path) -> list[str] | None:
    """The URLs of a URL-list file, or None when the file is not one."""
    if path.suffix.lower() not in (".txt", ".lst", ".urls", ".list") or path.stat().st_size > 5_000_000:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError):
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if lines and all(URL.match(ln) for ln in lines):
        return lines
    return None


def _folder_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in DOC_SUFFIXES and not _in_store(path, folder):
            yield path


def _in_store(path: Path, root: Path) -> bool:
    """Files inside a raw store's object folder are reached through its manifest."""
    for parent in path.parents:
        if (parent / MANIFEST).exists():
            return True
        if parent == root:
            break
    return False


def plan(sources: Iterable[str]) -> Plan:
    result = Plan()
    for source in sources:
        if is_url(source):
            result.to_fetch.append(source.strip())
            continue
        path = Path(source)
        if path.is_dir():
            if (path / MANIFEST).exists():
                result.raw_stores.append(path)
            for store in sorted(p.parent for p in path.rglob(MANIFEST) if p.parent != path):
                result.raw_stores.append(store)
            result.inputs.extend(Input(str(p), str(p)) for p in _folder_files(path))
        elif path.is_file():
            if path.suffix.lower() == ".toml" or read_url_list(path) is not None:
                result.to_fetch.append(source)
            else:
                result.inputs.append(Input(source, source))
        else:
            result.missing.append(source)
    return result
