"""The main Prefect flow: sources → (fetch) → process in batches → dataset → dedupe → report.

The work itself lives in `pipeline/`; this module only wires it into Prefect tasks so that
runs get retries, concurrency, a run history, schedules and artifacts.  Documents are
processed in batches (one task per batch) so that Prefect's per-task overhead stays small
next to the work.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, asdict
from pathlib import Path
from typing import Callable

import pandas as pd
import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from pipeline.inputs import plan
from pipeline.process import DocumentResult, Input, process_many
from pipeline import dataset
from pipeline.config import load_config
from pipeline.dedupe import CLUSTER_FIELDS, DedupeConfig, clusters_table, dedupe_documents, dedupe_rows
from pipeline.report import summary_markdown, write_report
from pipeline.schema import DOCUMENT_FIELDS, DUTY_FIELDS

# The CLI sets this to drive its progress bar; called with (documents_done, documents_total).
progress_hook: Callable[[int, int], None] | None = None


@dataclass
class RunSummary:
    documents: int
    failed: int
    no_rows: int
    rows: int
    seconds: float
    out_dir: str
    report: str | None = None


@task(name="process-batch", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def process_batch(items: list[Input]) -> list[DocumentResult]:
    return process_many(items)


@task(name="fetch", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_sources(urls: list[str], raw_dir: str, max_pages: int | None, max_depth: int) -> list[Input]:
    """Crawl URLs into the raw store; return the store's documents as inputs."""
    from pipeline.crawl import crawl
    from pipeline.rawstore import RawStore

    crawl(urls, Path(raw_dir), max_pages=max_pages, max_depth=max_depth)
    return raw_store_inputs(Path(raw_dir), set(urls))


def raw_store_inputs(raw_dir: Path, only: set[str] | None = None) -> list[Input]:
    from pipeline.rawstore import RawStore

    inputs = []
    for doc in RawStore(raw_dir).documents():
        inputs.append(Input(source=doc.source, path=str(doc.path), content_type=doc.content_type or "",
                            http_charset=doc.charset or "", selectors=tuple(doc.selectors or ())))
    return inputs


@task(name="write-dataset", cache_policy=NO_CACHE)
def write_outputs(results: list[DocumentResult], out_dir: str, dedupe_settings: dict | None = None) -> RunSummary:
    """Dedupe, then write duties, documents and clusters atomically, then the report."""
    out = Path(out_dir)
    config = DedupeConfig.from_dict(dedupe_settings)
    duties = pd.DataFrame([row for r in results for row in r.rows],
                          columns=[f.name for f in DUTY_FIELDS])
    documents = pd.DataFrame([r.document for r in results],
                             columns=[f.name for f in DOCUMENT_FIELDS])
    duties = dedupe_rows(duties, config)
    documents = dedupe_documents(documents, duties, config)
    dataset.write_dataset(duties, documents, out)
    dataset.write_atomic(dataset.to_table(clusters_table(duties), pa.schema(CLUSTER_FIELDS)),
                         out / "dedupe_clusters.parquet")
    report = write_report(out)
    failed = int((documents["status"] == "failed").sum())
    no_rows = int((documents["status"] == "no_rows").sum())
    return RunSummary(len(documents), failed, no_rows, len(duties), 0.0, out_dir, str(report))


def batches(items: list[Input], size: int) -> list[list[Input]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def missing_result(source: str) -> DocumentResult:
    from pipeline.process import _blank

    doc = _blank(Input(source, source))
    doc["error"] = "unreadable: no such file, folder or URL"
    return DocumentResult(doc)


@flow(name="dutyflow-run", log_prints=True)
def run_flow(sources: list[str] | None = None, out_dir: str = "data/clean", raw_dir: str = "data/raw",
             batch_size: int = 20, max_pages: int | None = None, max_depth: int = 2,
             config_path: str | None = None) -> dict:
    """Process `sources` (files, folders, URLs, URL lists; default data/raw) into `out_dir`."""
    logger = get_run_logger()
    started = time.perf_counter()
    settings = load_config(config_path)
    work = plan(sources or [raw_dir])
    inputs = list(work.inputs)
    for store in work.raw_stores:
        inputs.extend(raw_store_inputs(store))
    if work.urls:
        inputs.extend(fetch_sources(work.urls, raw_dir, max_pages, max_depth))
    results: list[DocumentResult] = [missing_result(s) for s in work.missing]
    total = len(inputs) + len(results)
    logger.info("processing %d documents in batches of %d", total, batch_size)
    futures = [process_batch.submit(batch) for batch in batches(inputs, batch_size)]
    done = len(results)
    for future in as_completed(futures):
        batch_results = future.result()
        results.extend(batch_results)
        done += len(batch_results)
        if progress_hook:
            progress_hook(done, total)
    results.sort(key=lambda r: r.document["source"])
    summary = write_outputs(results, out_dir, settings.get("dedupe"))
    summary.seconds = round(time.perf_counter() - started, 2)
    create_markdown_artifact(key="dutyflow-dedupe", markdown=summary_markdown(Path(out_dir)),
                             description="Duplicate duties: headline numbers and the report's path")
    logger.info("%d documents (%d failed, %d without rows), %d rows → %s in %.1fs",
                summary.documents, summary.failed, summary.no_rows, summary.rows, out_dir,
                summary.seconds)
    return asdict(summary)
