"""`dutyflow` — the command line.

    dutyflow run [SOURCE ...] [--out DIR]        process files, folders, URLs, URL lists
    dutyflow crawl SOURCE ... [--raw DIR]        fetch pages into the raw store only
    dutyflow inspect FILE                        show a document beside the rows it gives
    dutyflow report [--out DIR]                  rebuild the dedupe report from a dataset
    dutyflow serve [SOURCE ...] --cron "..."     run on a schedule (needs a Prefect server)

`run` and `serve` go through the Prefect flow in `flows/run.py`; with no PREFECT_API_URL
set, Prefect starts its embedded local API for the run, so there is nothing to start first.
"""
from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import time
from pathlib import Path


def _quiet_prefect() -> None:
    """Keep Prefect's INFO chatter off the terminal unless the user asked for it."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("threads", "processes", "dask"), default="threads",
                   help="where tasks run (default: threads on this machine)")
    p.add_argument("--workers", type=int, default=None, help="parallel workers (default 2)")
    p.add_argument("--dask-address", default=None,
                   help="scheduler of an existing Dask cluster, e.g. tcp://host:8786")
    p.add_argument("--batch-size", type=int, default=20, help="documents per task")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dutyflow", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process documents into the Parquet dataset")
    run.add_argument("sources", nargs="*", help="files, folders, URLs or URL-list files (default data/raw)")
    run.add_argument("--out", default="data/clean", help="output folder (default data/clean)")
    run.add_argument("--raw", default="data/raw", help="raw store for fetched pages (default data/raw)")
    run.add_argument("--max-pages", type=int, default=None)
    run.add_argument("--max-depth", type=int, default=2)
    run.add_argument("--config", default=None, help="settings TOML (default ./dutyflow.toml if present)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_engine_options(run)

    crawl = sub.add_parser("crawl", help="fetch pages into the raw store")
    crawl.add_argument("sources", nargs="*", help="URLs, URL-list files or a TOML sources file")
    crawl.add_argument("--raw", default="data/raw")
    crawl.add_argument("--max-pages", type=int, default=None)
    crawl.add_argument("--max-depth", type=int, default=2)
    crawl.add_argument("--sources", dest="sources_file", default=None, help="TOML sources file")

    inspect = sub.add_parser("inspect", help="show a document's text beside the rows it gives")
    inspect.add_argument("file")

    report = sub.add_parser("report", help="rebuild the dedupe report from a dataset")
    report.add_argument("--out", default="data/clean")

    serve = sub.add_parser("serve", help="run the flow on a schedule (needs `prefect server start`)")
    serve.add_argument("sources", nargs="*")
    serve.add_argument("--out", default="data/clean")
    serve.add_argument("--raw", default="data/raw")
    serve.add_argument("--cron", default="0 3 * * *", help="cron schedule (default daily 03:00)")
    serve.add_argument("--name", default="dutyflow-scheduled")
    serve.add_argument("--config", default=None, help="settings TOML")
    return parser


def main(argv: list[str] | None = None) -> int:
    # a crash inside a C extension (an HTML parser on a page nobody foresaw) kills the process
    # without a Python exception: at least print where it happened, so it can be reported
    if not faulthandler.is_enabled():
        faulthandler.enable()
    args = build_parser().parse_args(argv)
    handler = {"run": cmd_run, "crawl": cmd_crawl, "inspect": cmd_inspect,
               "report": cmd_report, "serve": cmd_serve}[args.command]
    return handler(args)


def cmd_run(args: argparse.Namespace) -> int:
    _quiet_prefect()
    from flows import run as run_module
    from flows.engines import task_runner

    started = time.perf_counter()
    progress = None if args.no_progress or not sys.stderr.isatty() else _progress_bar()
    if progress is not None:
        bar, task_id = progress
        bar.start()
        run_module.progress_hook = lambda done, total: bar.update(task_id, completed=done, total=total)
    try:
        flow = run_module.run_flow.with_options(
            task_runner=task_runner(args.engine, args.workers, args.dask_address))
        summary = flow(sources=args.sources or None, out_dir=args.out, raw_dir=args.raw,
                       batch_size=args.batch_size, max_pages=args.max_pages,
                       max_depth=args.max_depth, config_path=args.config)
    finally:
        if progress is not None:
            progress[0].stop()
        run_module.progress_hook = None
    seconds = time.perf_counter() - started
    print(f"dutyflow: {summary['documents']} documents read, {summary['failed']} failed, "
          f"{summary['no_rows']} without rows, {summary['rows']} rows written to "
          f"{Path(args.out) / 'duties.parquet'} in {seconds:.1f}s")
    if summary.get("report"):
        print(f"dutyflow: dedupe report {summary['report']}")
    if summary["failed"]:
        print(f"dutyflow: see {Path(args.out) / 'documents.parquet'} (status, error) for the failures")
    return 0


def _progress_bar():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   transient=False)
    return bar, bar.add_task("documents", total=None)


def cmd_crawl(args: argparse.Namespace) -> int:
    from pipeline.crawl import crawl
    from pipeline.rawstore import RawStoreBusy
    from pipeline.sources import SourcesError

    if not args.sources and not args.sources_file:
        print("dutyflow crawl: name at least one URL, URL list or --sources FILE", file=sys.stderr)
        return 2
    try:
        result = crawl(args.sources, Path(args.raw), max_pages=args.max_pages, max_depth=args.max_depth,
                       sources_file=Path(args.sources_file) if args.sources_file else None)
    except (RawStoreBusy, SourcesError) as exc:
        print(f"dutyflow crawl: {exc}", file=sys.stderr)
        return 1
    print(f"dutyflow: {result}")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from parsers import duties
    from parsers.inspect import render
    from pipeline.process import decoded_text

    text, error = decoded_text(Path(args.file))
    if error:
        print(f"dutyflow: {args.file}: {error}", file=sys.stderr)
        return 1
    records, dropped = duties.extract_with_drops(text)     # one segmentation, both views
    print(render(text, records, dropped=dropped))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report

    path = write_report(Path(args.out))
    print(f"dutyflow: report written to {path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.run import run_flow

    run_flow.serve(name=args.name, cron=args.cron,
                   parameters={"sources": args.sources or None, "out_dir": args.out, "raw_dir": args.raw,
                               "config_path": args.config})
    return 0


if __name__ == "__main__":
    sys.exit(main())
