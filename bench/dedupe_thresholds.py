"""Precision/recall of near-duplicate clustering on the hand-labelled pairs.

    .venv/bin/python bench/dedupe_thresholds.py            # the grid
    .venv/bin/python bench/dedupe_thresholds.py --quick    # the default config only

Every config clusters all gold rows (../shared/gold, shaped like duties.parquet) with
`dedupe_rows`; a labelled pair counts as predicted duplicate when both rows end in the same
`dup_cluster` (so chaining through third rows counts, as it does in the dataset).
Pairs: tests/fixtures/dedupe/pairs.jsonl (see the README beside it for the labelling rule).
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from dedupe_gold import GOLD, gold_frame, load_pairs, resolve  # noqa: E402
from pipeline.dedupe import DedupeConfig, dedupe_rows  # noqa: E402


def pair_scores(frame, pairs, config: DedupeConfig) -> dict:
    out = dedupe_rows(frame, config)
    cluster = dict(zip(zip(out["prefix"], out["gold_line"]), out["dup_cluster"]))
    tp = fp = fn = tn = 0
    for p in pairs:
        a, b = resolve(p["a"]), resolve(p["b"])
        same = cluster[(a["prefix"], a["gold_line"])] == cluster[(b["prefix"], b["gold_line"])]
        if p["dup"]:
            tp, fn = tp + same, fn + (not same)
        else:
            fp, tn = fp + same, tn + (not same)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
            "f1": f1, "clusters": int(out["dup_cluster"].nunique()),
            "largest": int(out["cluster_size"].max())}


def grid(quick: bool) -> list[DedupeConfig]:
    if quick:
        return [DedupeConfig()]
    configs = []
    for unit, shingle in (("token", 1), ("token", 2), ("token", 3), ("char", 2), ("char", 3)):
        for j in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
            configs.append(DedupeConfig(unit=unit, shingle=shingle, jaccard=j))
    for j in (0.3, 0.4, 0.5):
        configs.append(DedupeConfig(jaccard=j, linkage="single"))
    for num_perm in (32, 64, 256):
        configs.append(DedupeConfig(num_perm=num_perm))
    return configs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"no gold rows at {GOLD}")
        return 1
    logging.getLogger("jieba").setLevel(logging.WARNING)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    frame = gold_frame()
    pairs = load_pairs()
    n_dup = sum(p["dup"] for p in pairs)
    print(f"{len(frame)} gold rows, {len(pairs)} labelled pairs ({n_dup} dup, "
          f"{len(pairs) - n_dup} not); default = {DedupeConfig()}")
    print(f"{'unit':6} {'k':>2} {'jacc':>5} {'link':>6} {'perm':>5} {'prec':>6} {'recall':>6} {'f1':>6} "
          f"{'tp':>4} {'fp':>4} {'fn':>4} {'clusters':>8} {'largest':>7} {'sec':>5}")
    for cfg in grid(args.quick):
        t = time.perf_counter()
        s = pair_scores(frame, pairs, cfg)
        dt = time.perf_counter() - t
        mark = "  <- default" if cfg == DedupeConfig() else ""
        print(f"{cfg.unit:6} {cfg.shingle:>2} {cfg.jaccard:>5.2f} {cfg.linkage:>6} {cfg.num_perm:>5} "
              f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>4} "
              f"{s['fp']:>4} {s['fn']:>4} {s['clusters']:>8} {s['largest']:>7} {dt:>5.2f}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
