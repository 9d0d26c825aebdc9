"""How much of `bench/mojibake.py`'s figure is the sample: one damage type over several seeds.

The main benchmark draws 400 sentences per type with one seed; a byte-slip figure near the
95% target moves by a point or more between draws.  This runs the same damage and the same
judge for each seed (dutyflow only) and reports each draw, the pooled share and its 95%
Wilson interval, so a claim about the target rests on thousands of sentences, not one draw.

Run: .venv/bin/python bench/mojibake_seeds.py [--type gbk_slip] [--seeds 1,2,3,5,20261124]
     [--per-seed 2000]
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mojibake as bench  # noqa: E402  (bench/mojibake.py: damage, judge, clean set)

from normalize.mojibake import repair_mojibake  # noqa: E402


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a share k/n."""
    if not n:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--type", default="gbk_slip", choices=sorted(bench.DAMAGE))
    ap.add_argument("--seeds", default="1,2,3,5,20261124")
    ap.add_argument("--per-seed", type=int, default=2000)
    args = ap.parse_args(argv)
    if not bench.GOLD.exists():
        print(f"no gold set at {bench.GOLD}", file=sys.stderr)
        return 2
    clean = bench.clean_sentences()
    damage = bench.DAMAGE[args.type]
    total = ok_all = exact_all = 0
    print(f"{'seed':>10s} {'n':>6s} {'except-lost':>11s} {'exact':>7s} {'sec':>6s}")
    for seed in (int(x) for x in args.seeds.split(",")):
        cases = bench.draw(clean, damage, random.Random(seed), args.per_seed)
        t0 = time.perf_counter()
        ok = exact = 0
        for s, dmg, lost, gone in cases:
            a, b, _, _ = bench.judge(s, repair_mojibake(dmg), lost, gone)
            ok += a
            exact += b
        n = len(cases)
        print(f"{seed:>10d} {n:6d} {ok / n:11.1%} {exact / n:7.1%} {time.perf_counter() - t0:6.1f}")
        total, ok_all, exact_all = total + n, ok_all + ok, exact_all + exact
    lo, hi = wilson(ok_all, total)
    print(f"{'pooled':>10s} {total:6d} {ok_all / total:11.1%} {exact_all / total:7.1%}")
    print(f"{args.type}: except-lost {ok_all / total:.1%} over {total} damaged sentences, "
          f"95% interval {lo:.1%}-{hi:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
