"""Dedupe speed and memory on synthetic duties, at several sizes up to one million rows.

    .venv/bin/python bench/dedupe.py                          # 125k, 250k, 500k, 1M rows
    .venv/bin/python bench/dedupe.py --sizes 20000 40000      # quick look

Rows are made from the gold duties (../shared/gold) by paraphrase-like edits on their jieba
tokens (delete, replace, insert, swap, truncate), plus exact copies, punctuation changes and
Traditional re-publication, so the mix of exact, near and distinct rows resembles a crawl of
copied template sites.  Each size runs `dedupe_rows` in a fresh child process; the child
reports wall time and its peak RSS (ru_maxrss) before and after the dedupe.  The smallest
size is the reference: `time×` and `mem×` are ratios to it, next to the row ratio `rows×`,
so linear growth shows as mem× ≈ rows× (or less: fixed costs are shared).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def _rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def base_duties() -> tuple[list[list[str]], list[str]]:
    """Distinct gold duties as token lists, and their Traditional forms (OpenCC s2t)."""
    import jieba
    import opencc

    jieba.setLogLevel(logging.WARNING)
    from dedupe_gold import gold_rows

    texts = list(dict.fromkeys(r["duty"] for r in gold_rows()))
    s2t = opencc.OpenCC("s2t")
    return [jieba.lcut(t) for t in texts], [s2t.convert(t) for t in texts]


def synthetic(n: int, seed: int = 42):
    """n duties-shaped rows built by paraphrase-like edits of the gold duties."""
    import pandas as pd

    bases, trad = base_duties()
    vocab = sorted({t for toks in bases for t in toks if len(t) > 1})
    rng = random.Random(seed)
    n_docs = max(1, n // 40)
    duty, tokens, docs = [], [], []
    for i in range(n):
        b = rng.randrange(len(bases))
        toks = list(bases[b])
        roll = rng.random()
        if roll < 0.25:                                  # exact copy
            text = "".join(toks)
        elif roll < 0.32:                                # Traditional re-publication
            text = trad[b]
        elif roll < 0.40:                                # punctuation / spacing variant
            text = "".join(toks).replace("，", ",").replace("、", " ") + "。"
        else:                                            # 1–3 paraphrase-like edits
            for _ in range(rng.randint(1, 3)):
                op = rng.random()
                if len(toks) > 2 and op < 0.25:
                    del toks[rng.randrange(len(toks))]
                elif op < 0.5:
                    toks[rng.randrange(len(toks))] = rng.choice(vocab)
                elif op < 0.7:
                    toks.insert(rng.randrange(len(toks) + 1), rng.choice(vocab))
                elif len(toks) > 1 and op < 0.85:
                    j = rng.randrange(len(toks) - 1)
                    toks[j], toks[j + 1] = toks[j + 1], toks[j]
                elif len(toks) > 4:
                    toks = toks[: max(2, int(len(toks) * rng.uniform(0.6, 0.9)))]
            if rng.random() < 0.15:                      # a brand-new duty-like text
                toks = [rng.choice(vocab) for _ in range(rng.randint(4, 14))]
            text = "".join(toks)
        duty.append(text)
        tokens.append(toks)
        docs.append(f"doc{rng.randrange(n_docs)}")
    return pd.DataFrame({"row_id": [f"r{i}" for i in range(n)], "doc_id": docs,
                         "role": "", "duty": duty, "tokens": tokens,
                         "flags": [[] for _ in range(n)]})


def child(n: int) -> None:
    """Run one size and print a JSON line (called in a fresh process)."""
    from pipeline.dedupe import DedupeConfig, dedupe_rows

    t0 = time.perf_counter()
    frame = synthetic(n)
    gen_s = time.perf_counter() - t0
    rss_before = _rss_mib()
    peak_before = _peak_mib()
    t1 = time.perf_counter()
    out = dedupe_rows(frame, DedupeConfig())
    dedupe_s = time.perf_counter() - t1
    print(json.dumps({
        "rows": n, "gen_s": gen_s, "dedupe_s": dedupe_s, "rows_per_s": n / dedupe_s,
        "rss_before_mib": rss_before, "peak_before_mib": peak_before,
        "peak_mib": _peak_mib(), "exact_groups": int(out["dup_exact"].nunique()),
        "clusters": int(out["dup_cluster"].nunique()),
        "largest": int(out["cluster_size"].max()),
    }))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[125_000, 250_000, 500_000, 1_000_000])
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    results = []
    print(f"{'rows':>9} {'rows/s':>9} {'dedupe s':>9} {'peak MiB':>9} {'dedupe MiB':>10} "
          f"{'B/row':>6} {'rows×':>6} {'time×':>6} {'mem×':>6} {'clusters':>9} {'largest':>7}")
    for n in sorted(args.sizes):
        proc = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True,
                              text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        if proc.returncode != 0:
            print(proc.stderr[-2000:])
            return 1
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        # memory the dedupe added on top of the process holding its input
        r["dedupe_mib"] = max(r["peak_mib"] - r["rss_before_mib"], 0.0)
        results.append(r)
        ref = results[0]
        print(f"{r['rows']:>9} {r['rows_per_s']:>9.0f} {r['dedupe_s']:>9.1f} {r['peak_mib']:>9.0f} "
              f"{r['dedupe_mib']:>10.0f} {r['dedupe_mib'] * 2**20 / r['rows']:>6.0f} "
              f"{r['rows'] / ref['rows']:>6.1f} {r['dedupe_s'] / ref['dedupe_s']:>6.1f} "
              f"{r['dedupe_mib'] / max(ref['dedupe_mib'], 1e-9):>6.1f} {r['clusters']:>9} "
              f"{r['largest']:>7}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
