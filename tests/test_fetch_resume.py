"""A crawl killed with SIGKILL mid-way, run again, ends with the store an uninterrupted crawl gives."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(FIXTURES))

from helpers import comparable, fast_config, objects, write_sources  # noqa: E402
from server import ARTICLES, FixtureServer  # noqa: E402

from pipeline.crawl import crawl  # noqa: E402
from pipeline.rawstore import RawStore  # noqa: E402

CHILD = """
import sys
sys.path.insert(0, {fixtures!r})
from pathlib import Path
from helpers import fast_config
from pipeline.crawl import crawl
crawl([], Path({raw!r}), sources_file=Path({sources!r}), config=fast_config(host_concurrency=1))
"""


def _journal_articles(raw: Path) -> list[str]:
    try:
        lines = (raw / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in lines:
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "/zhize/1" in row["url"]:
            out.append(row["url"])
    return out


def test_sigkill_then_rerun_equals_an_uninterrupted_crawl(tmp_path):
    srv = FixtureServer().start()
    try:
        sources = write_sources(tmp_path, srv.base)
        crawl([], tmp_path / "reference", sources_file=sources, config=fast_config(host_concurrency=1))

        srv.hits.clear()
        srv.page_delay = 0.15            # slow enough to kill the child between two articles
        killed = tmp_path / "killed"
        code = CHILD.format(fixtures=str(FIXTURES), raw=str(killed), sources=str(sources))
        child = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
        deadline = time.monotonic() + 60
        while len(_journal_articles(killed)) < 3 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        assert child.poll() is None, "the crawl finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        done_before = set(_journal_articles(killed))
        assert 3 <= len(done_before) < len(ARTICLES)

        srv.page_delay = 0.0
        srv.hits.clear()
        result = crawl([], killed, sources_file=sources, config=fast_config(host_concurrency=1))
    finally:
        srv.stop()

    assert result.resumed >= len(done_before)
    refetched = [h["path"] for h in srv.hits if h["path"].startswith("/zhize/1")]
    assert len(refetched) == len(ARTICLES) - len(done_before)      # nothing done is fetched twice
    assert not {srv.url(p) for p in refetched} & done_before
    assert comparable(killed) == comparable(tmp_path / "reference")
    assert objects(killed) == objects(tmp_path / "reference")
    assert not any((killed / "tmp").iterdir())
    assert not (killed / "journal.jsonl").exists()
    assert [d.sha256 for d in RawStore(killed).documents()] == \
        [d.sha256 for d in RawStore(tmp_path / "reference").documents()]


def test_torn_journal_line_is_ignored_and_cut(tmp_path):
    store = RawStore(tmp_path)
    row = {"url": "http://h.test/a", "run_id": "r1", "fetched_at": "2026-01-01T00:00:00+00:00",
           "status": 200, "sha256": "ab" * 32, "kind": "document"}
    store.record(row)
    with open(tmp_path / "journal.jsonl", "ab") as fh:     # what a SIGKILL mid-write leaves
        fh.write(b'{"url": "http://h.test/b", "run_')
    assert [r["url"] for r in RawStore(tmp_path).rows()] == ["http://h.test/a"]
    fresh = RawStore(tmp_path)
    fresh.record({**row, "url": "http://h.test/c"})
    assert [r["url"] for r in fresh.rows()] == ["http://h.test/a", "http://h.test/c"]
    fresh.compact()
    assert not (tmp_path / "journal.jsonl").exists()
    assert [r["url"] for r in RawStore(tmp_path).rows()] == ["http://h.test/a", "http://h.test/c"]


def test_objects_are_content_addressed_and_written_once(tmp_path):
    store = RawStore(tmp_path)
    sha, path = store.put_bytes("岗位职责".encode())
    again, same = store.put_bytes("岗位职责".encode())
    assert sha == again and path == same and path.parent.name == sha[:2]
    assert path.read_bytes() == "岗位职责".encode()
    assert not any((tmp_path / "tmp").iterdir())


def test_a_second_crawl_into_a_busy_store_is_refused(tmp_path):
    from pipeline.rawstore import RawStoreBusy

    with RawStore(tmp_path).lock():
        with pytest.raises(RawStoreBusy, match="another crawl"):
            crawl(["http://127.0.0.1:9/x"], tmp_path, config=fast_config())
    assert not (tmp_path / "manifest.parquet").exists()
