"""The main Prefect flow: sources → (fetch) → process in batches → dataset → dedupe → report.

The work itself lives in `pipeline/`; this module only wires it into Prefect tasks so that
runs get retries, concurrency, a run history, schedules and artifacts.  Documents are
processed in batches (one task per batch) so that Prefect's per-task overhead stays small
next to the work, and a batch travels back as two Arrow tables rather than thousands of
Python dicts: Prefect walks every task argument looking for futures, and on 60k row dicts
that walk alone took longer than the processing.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, asdict
from pathlib import Path
from typing import Callable

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext, TaskRunContext
from prefect.futures import as_completed

from pipeline.inputs import plan
from pipeline.rawstore import RawStore
from pipeline.process import DocumentResult, Input, blank_document, process_many
from pipeline import dataset
from pipeline.config import load_config
from pipeline.dedupe import CLUSTER_FIELDS, DedupeConfig, clusters_table, dedupe_documents, dedupe_rows
from pipeline.report import summary_markdown, write_report
from pipeline.schema import DOCUMENT_FIELDS, DUTY_FIELDS, dropped_schema

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


@dataclass
class Batch:
    """What a batch of documents gave, as typed tables (base columns, before dedupe)."""

    duties: pa.Table
    documents: pa.Table
    dropped: pa.Table

    @classmethod
    def of(cls, results: list[DocumentResult]) -> "Batch":
        return cls(dataset.to_table([row for r in results for row in r.rows], DUTIES_BASE),
                   dataset.to_table([r.document for r in results], DOCUMENTS_BASE),
                   dataset.to_table([d for r in results for d in r.dropped], dropped_schema()))


DUTIES_BASE = pa.schema(DUTY_FIELDS)
DOCUMENTS_BASE = pa.schema(DOCUMENT_FIELDS)


@task(name="process-batch", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def process_batch(items: list[Input]) -> Batch:
    return Batch.of(process_many(items))


@task(name="fetch", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_sources(sources: list[str], raw_dir: str, max_pages: int | None,
                  max_depth: int) -> tuple[list[Input], list[DocumentResult]]:
    """Crawl URLs, URL lists and sources files into the raw store; return what this crawl got.

    Pages that could not be fetched come back as failed documents (`fetch: <reason>`), so a
    dead link shows in documents.parquet instead of vanishing.
    """
    from pipeline.crawl import crawl

    result = crawl(sources, Path(raw_dir), max_pages=max_pages, max_depth=max_depth)
    store = RawStore(Path(raw_dir))
    return raw_store_work(store, set(store.run_rows(result.run_id)))


def raw_store_work(store, only: set[str] | None = None) -> tuple[list[Input], list[DocumentResult]]:
    """A raw store's documents as inputs, and its fetch failures as failed documents."""
    inputs = [Input(source=doc.source, path=str(doc.path), content_type=doc.content_type or "",
                    http_charset=doc.charset or "", selectors=tuple(doc.selectors or ()))
              for doc in store.documents() if only is None or doc.source in only]
    failed = []
    for row in store.failures():
        if (only is None or row["url"] in only) and (row.get("kind") or "document") == "document":
            failed.append(failed_result(row["url"], f"fetch: {row['error']}"))
    return inputs, failed


@task(name="write-dataset", cache_policy=NO_CACHE)
def write_outputs(batches: list[Batch], out_dir: str, dedupe_settings: dict | None = None) -> RunSummary:
    """Dedupe, then write duties, documents and clusters atomically, then the report."""
    out = Path(out_dir)
    config = DedupeConfig.from_dict(dedupe_settings)
    documents = pa.concat_tables([b.documents for b in batches]).to_pandas()
    order = documents.sort_values("source", kind="stable").index
    documents = documents.loc[order].reset_index(drop=True)
    duties = pa.concat_tables([b.duties for b in batches]).to_pandas()
    rank = {doc_id: i for i, doc_id in enumerate(documents["doc_id"])}
    duties = (duties.assign(_doc=duties["doc_id"].map(rank))
              .sort_values(["_doc", "row_id"], kind="stable").drop(columns="_doc").reset_index(drop=True))
    duties = dedupe_rows(duties, config)
    documents = dedupe_documents(documents, duties, config)
    dataset.write_dataset(duties, documents, out)
    dropped = pa.concat_tables([b.dropped for b in batches]).sort_by(
        [("source", "ascending"), ("char_start", "ascending")])
    dataset.write_atomic(dropped, out / "dropped.parquet")
    clusters = clusters_table(duties)
    dataset.write_atomic(dataset.to_table(clusters, pa.schema(CLUSTER_FIELDS)), out / "dedupe_clusters.parquet")
    frames = (duties, documents, clusters)
    report = write_report(out, frames)
    if TaskRunContext.get() or FlowRunContext.get():
        # only inside a run: called bare (benches, scripts) it would start a local server
        create_markdown_artifact(key="dutyflow-dedupe", markdown=summary_markdown(out, frames),
                                 description="Duplicate duties: headline numbers and the report's path")
    failed = int((documents["status"] == "failed").sum())
    no_rows = int((documents["status"] == "no_rows").sum())
    return RunSummary(len(documents), failed, no_rows, len(duties), 0.0, out_dir, str(report))


def chunks(items: list[Input], size: int) -> list[list[Input]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def failed_result(source: str, error: str) -> DocumentResult:
    doc = blank_document(Input(source, source))
    doc["error"] = error
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
    results: list[DocumentResult] = [failed_result(s, "unreadable: no such file, folder or URL")
                                     for s in work.missing]
    for root in work.raw_stores:
        store_inputs, store_failed = raw_store_work(RawStore(root))
        inputs.extend(store_inputs)
        results.extend(store_failed)
    if work.to_fetch:
        fetched, fetch_failed = fetch_sources(work.to_fetch, raw_dir, max_pages, max_depth)
        inputs.extend(fetched)
        results.extend(fetch_failed)
    total = len(inputs) + len(results)
    logger.info("processing %d documents in batches of %d", total, batch_size)
    futures = [process_batch.submit(chunk) for chunk in chunks(inputs, batch_size)]
    done_batches = [Batch.of(results)]
    done = len(results)
    for future in as_completed(futures):
        batch = future.result()
        done_batches.append(batch)
        done += batch.documents.num_rows
        if progress_hook:
            progress_hook(done, total)
    summary = write_outputs(done_batches, out_dir, settings.get("dedupe"))
    summary.seconds = round(time.perf_counter() - started, 2)
    logger.info("%d documents (%d failed, %d without rows), %d rows → %s in %.1fs",
                summary.documents, summary.failed, summary.no_rows, summary.rows, out_dir,
                summary.seconds)
    return asdict(summary)
