"""Real Prefect flow runs, end to end, on the bundled samples (one local API per session)."""
from __future__ import annotations

import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import SAMPLES
from flows.engines import task_runner
from flows.run import run_flow
from pipeline.schema import dropped_schema, duties_schema

pytestmark = pytest.mark.flow


def _check_dataset(out):
    duties = pq.read_table(out / "duties.parquet")
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert duties.schema.equals(duties_schema(), check_metadata=False)
    assert {d["source"] for d in docs} == {str(p) for p in SAMPLES.iterdir() if p.is_file()}
    assert {d["encoding"] for d in docs} == {"utf-8", "gb18030", "cp950"}
    assert all(d["status"] == "ok" for d in docs), [(d["source"], d["error"]) for d in docs]
    rows = duties.to_pylist()
    assert sum(d["n_rows"] for d in docs) == len(rows) > 0
    dropped = pq.read_table(out / "dropped.parquet")
    assert dropped.schema.equals(dropped_schema(), check_metadata=False)
    assert sum(d["n_dropped"] for d in docs) == dropped.num_rows
    assert all(r["reason"] and r["char_end"] >= r["char_start"] for r in dropped.to_pylist())
    # Traditional sources come out Simplified, with the original kept in duty_raw
    big5 = [r for r in rows if r["source"].endswith("03_parts_big5.txt")]
    assert big5 and all("負" not in r["duty"] for r in big5)
    assert any("負" in r["duty_raw"] for r in big5)
    return rows, docs


def test_flow_processes_samples(prefect_api, tmp_path):
    summary = run_flow(sources=[str(SAMPLES), str(tmp_path / "missing.txt")], out_dir=str(tmp_path))
    rows, docs = _check_dataset_with_missing(tmp_path)
    assert summary["documents"] == len(docs) and summary["rows"] == len(rows)
    assert summary["failed"] == 1


def _check_dataset_with_missing(out):
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    missing = [d for d in docs if d["status"] == "failed"]
    assert len(missing) == 1 and missing[0]["error"].startswith("unreadable")
    rows = pq.read_table(out / "duties.parquet").to_pylist()
    return rows, docs


def test_flow_on_dask_gives_the_same_rows(prefect_api, tmp_path):
    threads, dask = tmp_path / "threads", tmp_path / "dask"
    run_flow(sources=[str(SAMPLES)], out_dir=str(threads))
    run_flow.with_options(task_runner=task_runner("dask", workers=2))(
        sources=[str(SAMPLES)], out_dir=str(dask), batch_size=2)
    a, _ = _check_dataset(threads)
    b, _ = _check_dataset(dask)
    key = lambda r: (r["row_id"], r["role"], r["section"], r["duty"])  # noqa: E731
    assert sorted(map(key, a)) == sorted(map(key, b))


def test_cli_run_writes_both_files(prefect_api, tmp_path):
    env = dict(os.environ, PREFECT_API_URL=prefect_api)
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(SAMPLES), "--out", str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "documents read, 0 failed" in proc.stdout
    _check_dataset(tmp_path)


def test_flow_fetches_urls_and_records_dead_links(prefect_api, tmp_path):
    import sys

    sys.path.insert(0, str(SAMPLES.parents[2] / "tests" / "fixtures" / "fetch"))
    from helpers import write_sources
    from server import ARTICLES, FixtureServer

    srv = FixtureServer().start()
    try:
        sources = write_sources(tmp_path, srv.base)
        dead = srv.base + "/zhize/999.html"  # a document URL by the site's pattern, but a 404
        summary = run_flow(sources=[str(sources), dead], out_dir=str(tmp_path / "clean"),
                           raw_dir=str(tmp_path / "raw"))
    finally:
        srv.stop()
    docs = pq.read_table(tmp_path / "clean" / "documents.parquet").to_pylist()
    ok = [d for d in docs if d["status"] == "ok"]
    assert sorted(d["source"].split(srv.base)[1] for d in ok) == sorted(ARTICLES)
    failed = [d for d in docs if d["status"] == "failed"]
    assert [d["source"] for d in failed] == [dead] and failed[0]["error"].startswith("fetch: ")
    rows = pq.read_table(tmp_path / "clean" / "duties.parquet").to_pylist()
    assert summary["rows"] == len(rows) > 0 and {r["source"] for r in rows} <= {d["source"] for d in ok}


def test_each_run_publishes_the_dedupe_artifact(prefect_api, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.utilities.asyncutils import run_coro_as_sync

    summary = run_flow(sources=[str(SAMPLES)], out_dir=str(tmp_path))

    async def read():
        async with get_client() as client:
            return await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["dutyflow-dedupe"])))

    latest = max(run_coro_as_sync(read()), key=lambda a: a.created)
    assert f"| duty rows | {summary['rows']:,} |" in latest.data
    assert str((tmp_path / "dedupe_report.html").resolve()) in latest.data
