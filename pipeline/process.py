"""One document's bytes → its documents.parquet row and its duties.parquet rows.

Pure apart from reading a file: decode → (HTML → text) → extract.  It never raises for bad
input: whatever goes wrong is caught and becomes `status="failed"` with the stage and the
reason in `error`, so one bad file cannot stop a run and never silently disappears.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

from normalize.encoding import UndecodableError, decode
from parsers import duties as duty_parser
from parsers.html import extract as extract_html, page_title

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp")


@dataclass(frozen=True)
class Input:
    """One document to process: where it came from and how to get its bytes."""

    source: str                     # URL or path as given by the user
    path: str                       # local file holding the bytes
    content_type: str = ""          # HTTP content type, if fetched
    http_charset: str = ""          # HTTP declared charset, if fetched
    selectors: tuple[str, ...] = () # CSS selectors for the main content, if configured


@dataclass
class DocumentResult:
    document: dict
    rows: list[dict] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)   # blocks that gave no row, and why


def doc_id_for(source: str) -> str:
    """Stable id of a document: the same source keeps its id across runs."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def is_html(data: bytes, source: str, content_type: str = "") -> bool:
    if "html" in content_type.lower():
        return True
    if source.lower().split("?")[0].endswith(HTML_SUFFIXES):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:256]


def process_input(item: Input) -> DocumentResult:
    """Read, decode and segment one input; failures become a failed document row."""
    started = time.perf_counter()
    doc = blank_document(item)
    try:
        data = Path(item.path).read_bytes()
    except OSError as exc:
        doc["error"] = f"unreadable: {exc.strerror or exc}"
        return DocumentResult(_finish(doc, started))
    return process_bytes(data, item, doc, started)


def process_bytes(data: bytes, item: Input, doc: dict | None = None,
                  started: float | None = None) -> DocumentResult:
    started = time.perf_counter() if started is None else started
    doc = doc if doc is not None else blank_document(item)
    got = document_text(data, item, doc)
    if got is None:
        return DocumentResult(_finish(doc, started))
    text, html_drops = got
    # blocks HTML extraction left out (chrome, link lists, …) are not in `text`: -1 offsets
    left_out = [{"doc_id": doc["doc_id"], "source": item.source, "char_start": -1,
                 "char_end": -1, "text": d.text, "reason": d.reason} for d in html_drops]
    try:
        records, drops = duty_parser.extract_with_drops(text)
    except Exception as exc:  # a segmentation bug must not end the run
        doc["error"] = f"segment: {type(exc).__name__}: {exc}"
        return DocumentResult(_finish(doc, started))
    rows = []
    for n, rec in enumerate(records, 1):
        row = asdict(rec)
        row["row_id"] = f"{doc['doc_id']}-{n:05d}"
        row["doc_id"] = doc["doc_id"]
        row["source"] = item.source
        rows.append(row)
    dropped = left_out + [{"doc_id": doc["doc_id"], "source": item.source,
                           "char_start": d.char_start, "char_end": d.char_end, "text": d.text,
                           "reason": d.reason} for d in drops]
    doc["n_rows"] = len(rows)
    doc["n_dropped"] = len(dropped)
    doc["status"] = "ok" if rows else "no_rows"
    return DocumentResult(_finish(doc, started), rows, dropped)


def document_text(data: bytes, item: Input, doc: dict) -> tuple[str, list] | None:
    """(the text rows point into: decoded, and for HTML extracted; the blocks extraction
    left out, `parsers.html.DroppedBlock`, so they can be recorded).  Fills `doc`'s fields;
    on failure sets `doc["error"]` and returns None."""
    doc.update({"content_sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
    html = is_html(data, item.source, item.content_type)
    doc["kind"] = "html" if html else "text"
    try:
        decoded = decode(data, item.http_charset or None, is_html=html)
    except UndecodableError as exc:
        doc["error"] = f"undecodable: {exc}"
        return None
    doc.update({"encoding": decoded.encoding, "encoding_method": decoded.method,
                "declared_charset": decoded.declared or None})
    try:
        if html:
            doc["title"] = page_title(decoded.text) or None
            extraction = extract_html(decoded.text, item.selectors or None)
            text, dropped = extraction.text, list(extraction.dropped)
        else:
            text, dropped = decoded.text, []
            doc["title"] = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]
    except Exception as exc:  # a parser bug must not end the run
        doc["error"] = f"html: {type(exc).__name__}: {exc}"
        return None
    if not text.strip():
        doc["error"] = "empty: no text after decoding" + (" and extraction" if html else "")
        return None
    return text, dropped


def decoded_text(path: Path) -> tuple[str, str | None]:
    """(text, error) of a local file, exactly as the pipeline sees it (for `dutyflow inspect`)."""
    item = Input(str(path), str(path))
    doc = blank_document(item)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return "", f"unreadable: {exc.strerror or exc}"
    got = document_text(data, item, doc)
    return (got[0] if got else ""), doc["error"]


def blank_document(item: Input) -> dict:
    """A document row that says 'failed' until processing proves otherwise."""
    return {"doc_id": doc_id_for(item.source), "source": item.source, "content_sha256": None,
            "bytes": None, "kind": None, "encoding": None, "encoding_method": None,
            "declared_charset": None, "title": None, "status": "failed", "error": None,
            "n_rows": 0, "n_dropped": 0, "seconds": None}


def _finish(doc: dict, started: float) -> dict:
    doc["seconds"] = round(time.perf_counter() - started, 4)
    return doc


def process_many(items: Sequence[Input]) -> list[DocumentResult]:
    """Process a batch (the unit of work a flow task gets)."""
    return [process_input(item) for item in items]
