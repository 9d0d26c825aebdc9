"""What Prefect orchestration costs on top of the work, on N copies of the corpus.

    python bench/flow_overhead.py [--copies 10] [--engine threads|processes|dask]

Reference: the same documents processed by `pipeline.process.process_many` and written by
the same dedupe + writer code, in this process, with no Prefect.  Reports the flow's wall
time and peak memory as ratios of the reference, with the local API's start-up shown apart.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT))
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--engine", default="threads")
    args = parser.parse_args(argv)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

    from flows.engines import task_runner
    from flows.run import Batch, run_flow, write_outputs
    from pipeline.inputs import plan
    from pipeline.process import process_many

    work = Path(tempfile.mkdtemp(prefix="dutyflow-bench-"))
    docs = work / "docs"
    docs.mkdir()
    for n in range(args.copies):
        for path in sorted(Path(args.corpus).glob("*.txt")):
            shutil.copy(path, docs / f"{n:03d}_{path.name}")
    size = sum(p.stat().st_size for p in docs.iterdir())

    t = time.perf_counter()
    batch = Batch.of(process_many(plan([str(docs)]).inputs))
    write_outputs.fn([batch], str(work / "reference"))
    reference = time.perf_counter() - t
    ref_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    from prefect.testing.utilities import prefect_test_harness

    t = time.perf_counter()
    with prefect_test_harness(server_startup_timeout=120):
        startup = time.perf_counter() - t
        t = time.perf_counter()
        flow = run_flow.with_options(task_runner=task_runner(args.engine))
        summary = flow(sources=[str(docs)], out_dir=str(work / "flow"))
        flowed = time.perf_counter() - t
    flow_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{summary['documents']} documents, {size / 1e6:.1f} MB, {summary['rows']:,} rows, engine {args.engine}")
    print(f"reference (no Prefect)   {reference:7.1f} s   1.00×   peak RSS {ref_rss / 1024:7.0f} MiB")
    print(f"flow run                 {flowed:7.1f} s   {flowed / reference:4.2f}×   peak RSS {flow_rss / 1024:7.0f} MiB (process peak so far)")
    print(f"local API start-up       {startup:7.1f} s   (once per session; a served deployment pays it once)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
