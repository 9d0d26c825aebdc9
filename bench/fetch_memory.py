"""Memory of fetching a gzip bomb and a huge page: dutyflow's capped streaming vs a naive fetch.

The fixture server (tests/fixtures/fetch/server.py) serves
  /faults/bomb  – BOMB_MB MB of HTML-looking spaces, gzip-compressed (a few hundred KB on the wire)
  /faults/huge  – HUGE_MB MB of HTML, no Content-Length (the cap must act mid-stream)
Each fetch runs in a fresh child process that reports its Python-heap peak (tracemalloc) and
its RSS growth (peak RSS minus RSS just before the fetch).  The reference is the naive
`httpx.get(url).content` in the same run, which holds (and, for the bomb, inflates) the whole
body; the ratio dutyflow/reference is what to watch.  dutyflow runs with its default caps
(10 MB on the wire, 20 MB decompressed): both faults end as manifest errors.

    .venv/bin/python bench/fetch_memory.py [--bomb-mb 200] [--huge-mb 64]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "fetch"))
sys.path.insert(0, str(REPO))


def child(mode: str, url: str, raw: str) -> None:
    import asyncio
    import gc
    import resource
    import tracemalloc

    import httpx
    import psutil

    from pipeline.fetch import Fetcher, FetchConfig
    from pipeline.rawstore import RawStore

    gc.collect()
    rss0 = psutil.Process().memory_info().rss
    tracemalloc.start()
    if mode == "naive":
        body = httpx.get(url, timeout=60).content
        outcome = f"{len(body)} bytes in memory"
        del body
    else:
        async def run():
            async with Fetcher(RawStore(Path(raw)), FetchConfig(delay=0)) as f:
                return await f.fetch(url)
        result = asyncio.run(run())
        outcome = result.error or f"{result.bytes} bytes stored"
    peak = tracemalloc.get_traced_memory()[1]
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"heap_peak": peak, "rss_growth": max(0, maxrss - rss0), "outcome": outcome}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bomb-mb", type=int, default=200)
    parser.add_argument("--huge-mb", type=int, default=64)
    args = parser.parse_args()

    from server import FixtureServer

    srv = FixtureServer(bomb_mb=args.bomb_mb, huge_mb=args.huge_mb)
    wire = len(srv.bomb())
    srv.start()
    print(f"bomb: {wire / 1024:.0f} KB gzip → {args.bomb_mb} MB; huge page: {args.huge_mb} MB, no Content-Length")
    mb = lambda n: f"{n / 2**20:8.1f} MB"
    try:
        for fault in ("bomb", "huge"):
            results = {}
            for mode in ("dutyflow", "naive"):
                with tempfile.TemporaryDirectory() as raw:
                    out = subprocess.run([sys.executable, __file__, "--child", mode, srv.url(f"/faults/{fault}"), raw],
                                         capture_output=True, text=True, check=True, cwd=REPO)
                results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
            for mode, r in results.items():
                print(f"{fault:5} {mode:9} heap peak {mb(r['heap_peak'])}  RSS growth {mb(r['rss_growth'])}  → {r['outcome']}")
            d, n = results["dutyflow"], results["naive"]
            print(f"{fault:5} ratio dutyflow/naive: heap {d['heap_peak'] / max(1, n['heap_peak']):.3f}, "
                  f"RSS {d['rss_growth'] / max(1, n['rss_growth']):.3f}")
    finally:
        srv.stop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
