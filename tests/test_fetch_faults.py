"""Every fault the web throws ends as a manifest row: a clear error, or a successful retry."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
sys.path.insert(0, str(FIXTURES))

from helpers import fast_config, manifest_rows  # noqa: E402
from server import ARTICLES, FixtureServer  # noqa: E402

from normalize.encoding import decode  # noqa: E402
from pipeline.crawl import crawl  # noqa: E402
from pipeline.rawstore import RawStore  # noqa: E402
from pipeline.retry import RetryPolicy  # noqa: E402

# fault path → what its manifest row's error must say (None: a retry succeeded)
FAULTS = {
    "/faults/slow": "timeout: read",
    "/faults/reset": None,
    "/faults/reset-always": "connection reset",
    "/faults/flaky": None,
    "/faults/ratelimited": None,
    "/faults/ratelimited-long": "Retry-After 86400s is longer than allowed",
    "/faults/loop-a": "redirect loop",
    "/faults/ftp": "redirect to unsupported scheme",
    "/faults/moved": None,
    "/faults/bomb": "too large: decompressed body exceeds",
    "/faults/huge": "too large: body exceeds",
    "/faults/truncated": "truncated body",
    "/faults/binary": "binary content served as text/html",
    "/faults/pdf": "unsupported content type: application/pdf",
    "/faults/gone": "http 404",
    "/faults/to-private": "robots.txt disallows redirect target",
}
# what the successful ones serve after the fault
SERVES = {"/faults/reset": "/zhize/102.html", "/faults/flaky": "/zhize/103.html",
          "/faults/ratelimited": "/zhize/104.html", "/faults/moved": "/zhize/105.html"}


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    srv = FixtureServer(slow_seconds=2.0, bomb_mb=64, huge_mb=24).start()
    srv.bomb()                  # built before the crawl: building it is not the fault under test
    raw = tmp_path_factory.mktemp("raw")
    try:
        result = crawl([srv.url(p) for p in FAULTS], raw, max_depth=0, config=fast_config())
        yield srv, raw, result
    finally:
        srv.stop()


def _rows(raw: Path) -> dict[str, dict]:
    return {"/" + r["url"].split("/", 3)[3]: r for r in manifest_rows(raw)}


def test_the_crawl_finishes_with_one_row_per_fault(faulty_crawl):
    srv, raw, result = faulty_crawl
    rows = _rows(raw)
    assert set(rows) == set(FAULTS)
    assert result.failed == sum(1 for e in FAULTS.values() if e) - 1     # to-private counts as robots
    assert result.skipped_robots == 1
    assert result.fetched == sum(1 for e in FAULTS.values() if e is None)
    assert not (raw / "tmp").exists() or not any((raw / "tmp").iterdir())   # no half-written bodies
    assert not (raw / "journal.jsonl").exists()


@pytest.mark.parametrize("path,expected", sorted(FAULTS.items()))
def test_fault_row(faulty_crawl, path, expected):
    srv, raw, _ = faulty_crawl
    row = _rows(raw)[path]
    if expected is None:
        assert row["error"] is None and row["status"] == 200 and row["sha256"]
        stored = RawStore(raw).object_path(row["sha256"]).read_bytes()
        assert decode(stored, row["charset"], is_html=True).text == srv.page_text(SERVES[path])
    else:
        assert expected in row["error"], row["error"]
        assert row["sha256"] is None                   # nothing kept from a failed fetch


def test_retries_happen_only_where_they_can_help(faulty_crawl):
    srv, raw, _ = faulty_crawl
    rows = _rows(raw)
    hits = srv.paths_hit()
    attempts = fast_config().retry.attempts
    for path in ("/faults/reset", "/faults/flaky", "/faults/ratelimited"):
        assert rows[path]["attempts"] == 2 and hits.count(path) == 2, path
    for path in ("/faults/slow", "/faults/reset-always", "/faults/truncated"):
        assert rows[path]["attempts"] == attempts and hits.count(path) == attempts, path
        assert f"after {attempts} attempts" in rows[path]["error"]
    for path in ("/faults/gone", "/faults/binary", "/faults/pdf", "/faults/bomb", "/faults/huge",
                 "/faults/ratelimited-long"):
        assert hits.count(path) == 1, path              # other 4xx and hopeless bodies: no retry


def test_retry_after_is_waited_for(faulty_crawl):
    srv, _, _ = faulty_crawl
    times = [h["t"] for h in srv.hits if h["path"] == "/faults/ratelimited"]
    assert len(times) == 2 and times[1] - times[0] >= 0.9       # Retry-After: 1


def test_redirect_records_final_url(faulty_crawl):
    srv, raw, _ = faulty_crawl
    row = _rows(raw)["/faults/moved"]
    assert row["final_url"] == srv.url("/zhize/105.html")
    (doc,) = [d for d in RawStore(raw).documents() if d.source.endswith("/faults/moved")]
    assert doc.final_url == srv.url("/zhize/105.html")


def test_redirect_into_a_disallowed_path_is_not_followed(faulty_crawl):
    srv, raw, _ = faulty_crawl
    assert "/private/admin.html" not in srv.paths_hit()
    assert _rows(raw)["/faults/to-private"]["kind"] == "robots"


def test_total_deadline_per_attempt_stops_a_trickling_server(tmp_path):
    srv = FixtureServer().start()
    try:
        config = fast_config(total_timeout=0.5, read_timeout=1.0,
                             retry=RetryPolicy(attempts=1, base=0.01))
        result = crawl([srv.url("/faults/trickle")], tmp_path, max_depth=0, config=config)
    finally:
        srv.stop()
    (row,) = manifest_rows(tmp_path)
    assert row["error"] == "timeout: total time per attempt exceeded" and result.failed == 1


def test_unreachable_host_is_a_row_not_a_crash(tmp_path):
    import socket
    with socket.socket() as s:          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = crawl([f"http://127.0.0.1:{port}/zhize/1.html"], tmp_path, config=fast_config())
    (row,) = manifest_rows(tmp_path)
    assert row["kind"] == "robots" and "robots.txt unreachable" in row["error"]
    assert result.failed == 1 and result.skipped_robots == 0


def test_https_fetch_works_and_a_redirect_to_plain_http_is_refused(tmp_path):
    plain = FixtureServer().start()
    tls = FixtureServer()
    ca = tls.use_tls(tmp_path)
    tls.plain_port = plain.server_address[1]
    tls.start()
    try:
        result = crawl([tls.url("/zhize/101.html"), tls.url("/faults/downgrade")], tmp_path / "raw",
                       max_depth=0, config=fast_config(ca_file=str(ca)))
    finally:
        tls.stop()
        plain.stop()
    rows = _rows(tmp_path / "raw")
    assert rows["/zhize/101.html"]["error"] is None and rows["/zhize/101.html"]["sha256"]
    assert "redirect downgrades https to http" in rows["/faults/downgrade"]["error"]
    assert plain.paths_hit() == []                      # the http target was never requested
    assert result.fetched == 1 and result.failed == 1


def test_untrusted_certificate_is_a_clear_error_without_retries(tmp_path):
    tls = FixtureServer()
    tls.use_tls(tmp_path)
    tls.start()
    try:
        result = crawl([tls.url("/zhize/101.html")], tmp_path / "raw", max_depth=0, config=fast_config())
    finally:
        tls.stop()
    (row,) = manifest_rows(tmp_path / "raw")
    assert "CERTIFICATE_VERIFY_FAILED" in row["error"] and "tls:" in row["error"]
    assert row["kind"] == "robots" and "robots.txt unreachable" in row["error"]
    assert result.failed == 1 and result.skipped_robots == 0 and tls.paths_hit() == []


def test_waiting_for_a_polite_slot_does_not_count_against_the_deadline(tmp_path):
    srv = FixtureServer().start()
    try:
        # a deadline roomy enough for one local request on a loaded machine (0.5 s failed
        # once while two benchmarks ran), still well under the queueing time
        config = fast_config(delay=0.4, host_concurrency=1, total_timeout=1.2,
                             retry=RetryPolicy(attempts=1, base=0.01))
        result = crawl([srv.url(p) for p in ARTICLES], tmp_path, max_depth=0, config=config)
    finally:
        srv.stop()
    # the last request queues ~2.4 s for its turn, twice the per-request deadline
    assert result.fetched == len(ARTICLES) and result.failed == 0, result.errors
