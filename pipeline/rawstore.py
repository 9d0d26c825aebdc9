"""The immutable raw store: fetched bytes, content-addressed, plus `manifest.parquet`.

    raw/objects/ab/abcdef…   the bytes, named by their sha256, written once (temp + rename)
    raw/manifest.parquet     one row per fetch attempt (explicit schema, atomic replace)
    raw/journal.jsonl        rows not yet compacted into the manifest (append + fsync)
    raw/run.json             the current crawl run, so a killed crawl resumes rather than restarts
    raw/tmp/                 bodies being downloaded; leftovers of a killed run are deleted
    raw/.lock                flock held by the crawl writing to the store (freed by the kernel
                             even on SIGKILL), so two crawls never interleave journal and compaction

Every finished fetch is appended to the journal at once, so a SIGKILL loses at most the
requests in flight; `compact()` folds the journal into the manifest (written to a temp file,
then `os.replace`), ordered by (run_id, url) so that the same crawl always gives the same
manifest whatever the order in which requests finished.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.atomic import fsync_dir, replacing

MANIFEST = "manifest.parquet"
JOURNAL = "journal.jsonl"
RUN = "run.json"

SCHEMA = pa.schema([
    pa.field("url", pa.string(), nullable=False),        # as requested (start URL or link)
    pa.field("final_url", pa.string()),                  # after redirects
    pa.field("status", pa.int16()),                      # last HTTP status; null: no response
    pa.field("fetched_at", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("sha256", pa.string()),                     # stored bytes; null: nothing stored
    pa.field("bytes", pa.int64()),
    pa.field("content_type", pa.string()),               # media type, without parameters
    pa.field("charset", pa.string()),                    # charset declared in the HTTP header
    pa.field("etag", pa.string()),
    pa.field("last_modified", pa.string()),
    pa.field("error", pa.string()),                      # null on success
    pa.field("attempts", pa.int16()),
    pa.field("depth", pa.int16()),
    pa.field("kind", pa.string()),                       # document | listing
    pa.field("selectors", pa.list_(pa.string())),        # main-content CSS selectors of the site
    pa.field("run_id", pa.string(), nullable=False),
])
COLUMNS = SCHEMA.names
OK_STATUSES = (200, 203, 304)


class RawStoreBusy(RuntimeError):
    """Another crawl is writing to this raw store."""


@dataclass(frozen=True)
class RawDoc:
    """A successfully fetched document: where its bytes are and what the server said."""

    source: str
    final_url: str
    path: Path
    content_type: str | None
    charset: str | None
    selectors: tuple[str, ...]
    sha256: str
    fetched_at: datetime
    status: int


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()




class RawStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.tmp = self.root / "tmp"
        self.manifest_path = self.root / MANIFEST
        self.journal_path = self.root / JOURNAL

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive use of the store for one crawl; RawStoreBusy if another holds it."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RawStoreBusy(f"another crawl is writing to {self.root}") from None
            yield
        finally:
            os.close(fd)

    # ---- bytes -------------------------------------------------------------------------
    def object_path(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def new_tmp(self) -> Path:
        """A fresh temp file path inside the store (same file system, so rename is atomic)."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix="body-")
        os.close(fd)
        return Path(name)

    def commit_object(self, tmp_path: Path, sha256: str) -> Path:
        """Move a fully written temp file to its content address; a copy already there wins."""
        target = self.object_path(sha256)
        if target.exists():
            tmp_path.unlink(missing_ok=True)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
        fsync_dir(target.parent)
        return target

    def put_bytes(self, data: bytes) -> tuple[str, Path]:
        sha = hashlib.sha256(data).hexdigest()
        if self.object_path(sha).exists():
            return sha, self.object_path(sha)
        tmp = self.new_tmp()
        tmp.write_bytes(data)
        return sha, self.commit_object(tmp, sha)

    def clean_tmp(self) -> int:
        """Delete half-downloaded bodies left by a killed crawl; returns how many."""
        if not self.tmp.is_dir():
            return 0
        n = 0
        for path in self.tmp.iterdir():
            path.unlink(missing_ok=True)
            n += 1
        return n

    # ---- rows --------------------------------------------------------------------------
    def record(self, row: dict) -> None:
        """Append one fetch row to the journal and make it durable before returning."""
        self.root.mkdir(parents=True, exist_ok=True)
        full = {name: row.get(name) for name in COLUMNS}
        if isinstance(full["fetched_at"], datetime):
            full["fetched_at"] = full["fetched_at"].isoformat()
        line = (json.dumps(full, ensure_ascii=False) + "\n").encode("utf-8")
        self._repair_journal_tail()
        fd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _repair_journal_tail(self) -> None:
        """A SIGKILL during a write can leave a partial last line: cut it before appending."""
        if getattr(self, "_tail_checked", False):
            return
        self._tail_checked = True
        try:
            with open(self.journal_path, "rb+") as fh:
                data = fh.read()
                if data and not data.endswith(b"\n"):
                    fh.truncate(data.rfind(b"\n") + 1)
        except FileNotFoundError:
            pass

    def _journal_rows(self) -> list[dict]:
        rows = []
        try:
            text = self.journal_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return rows
        for line in text.splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue                 # the torn last line of a killed run
            if isinstance(row, dict) and row.get("url") and row.get("run_id"):
                row["fetched_at"] = datetime.fromisoformat(row["fetched_at"])
                rows.append(row)
        return rows

    def _manifest_rows(self) -> list[dict]:
        if not self.manifest_path.exists():
            return []
        return pq.read_table(self.manifest_path).to_pylist()

    def rows(self) -> list[dict]:
        """All fetch rows, manifest first then journal: later rows are newer."""
        return self._manifest_rows() + self._journal_rows()

    def compact(self) -> Path:
        """Fold the journal into manifest.parquet atomically; then drop the journal."""
        self.root.mkdir(parents=True, exist_ok=True)
        rows = self.rows()
        seen: dict[tuple, dict] = {}
        for row in rows:                 # a row replayed after a crash replaces its twin
            seen[(row["run_id"], row["url"])] = row
        ordered = sorted(seen.values(), key=lambda r: (r["run_id"], r["url"]))
        for row in ordered:
            if isinstance(row.get("selectors"), tuple):
                row["selectors"] = list(row["selectors"])
        table = pa.Table.from_pylist(ordered, schema=SCHEMA)
        with replacing(self.manifest_path, durable=True) as tmp:
            pq.write_table(table, tmp)
        self.journal_path.unlink(missing_ok=True)
        return self.manifest_path

    # ---- views -------------------------------------------------------------------------
    def latest_ok(self) -> dict[str, dict]:
        """Per URL, the newest row whose bytes are in the store (for conditional GET)."""
        best: dict[str, dict] = {}
        for row in self.rows():
            if row.get("sha256") and row.get("status") in OK_STATUSES and not row.get("error"):
                best[row["url"]] = row
        return best

    def documents(self) -> Iterator[RawDoc]:
        """Latest stored version of each URL kept as a document (listing pages left out)."""
        for url, row in sorted(self.latest_ok().items()):
            if (row.get("kind") or "document") != "document":
                continue
            path = self.object_path(row["sha256"])
            if not path.exists():
                continue
            yield RawDoc(source=url, final_url=row.get("final_url") or url, path=path,
                         content_type=row.get("content_type"), charset=row.get("charset"),
                         selectors=tuple(row.get("selectors") or ()), sha256=row["sha256"],
                         fetched_at=row["fetched_at"], status=row["status"])

    def failures(self) -> Iterator[dict]:
        """Per URL, the newest row when it is an error and no good version exists."""
        good = self.latest_ok()
        latest: dict[str, dict] = {}
        for row in self.rows():
            latest[row["url"]] = row
        for url, row in sorted(latest.items()):
            if row.get("error") and url not in good:
                yield row

    # ---- runs --------------------------------------------------------------------------
    def begin_run(self, key: str) -> tuple[str, bool]:
        """(run_id, resumed): resume an unfinished run of the same crawl, else start a new one."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / RUN
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            state = {}
        self.clean_tmp()
        if state.get("key") == key and not state.get("finished"):
            return state["run_id"], True
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        run_id = f"{stamp}-{uuid.uuid4().hex[:8]}"
        self._write_run({"run_id": run_id, "key": key, "finished": False})
        return run_id, False

    def finish_run(self, run_id: str) -> None:
        self.compact()
        path = self.root / RUN
        state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if state.get("run_id") == run_id:
            state["finished"] = True
            self._write_run(state)

    def _write_run(self, state: dict) -> None:
        with replacing(self.root / RUN) as tmp:
            tmp.write_text(json.dumps(state), encoding="utf-8")

    def run_rows(self, run_id: str) -> dict[str, dict]:
        return {row["url"]: row for row in self.rows() if row["run_id"] == run_id}
