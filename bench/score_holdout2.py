"""Score the pipeline on the second held-out set (tests/fixtures/holdout2): untuned generalisation.

    .venv/bin/python bench/score_holdout2.py [--docs DIR] [--gold DIR] [--json REPORT] [--rows ROWS.jsonl] [--diff]

Why a second set: the first held-out set was used to tune the rules, so its score no longer
says how the rules do on pages nobody looked at.  This one is the fresh measure.  The
machinery is bench/score_holdout.py's (the real per-document `pipeline.process.process_input`,
no Prefect; rows written to a Parquet in a temporary folder and scored by
../shared/eval/score.py); only the folders differ.  Prints per-document duty and
all-sections F1 with the decoded encodings, then the totals; with --diff, per document the
gold rows nothing matched (`-`) and the predicted rows that matched no gold row (`+`).
Skips politely (exit 0) when the scorer is absent.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOLDOUT2 = REPO / "tests" / "fixtures" / "holdout2"


def _first_bench():
    spec = importlib.util.spec_from_file_location("score_holdout", REPO / "bench" / "score_holdout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_bench = _first_bench()
run_pipeline = _bench.run_pipeline
score = _bench.score
unmatched = _bench.unmatched
print_diff = _bench.print_diff
SCORER = _bench.SCORER


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=HOLDOUT2 / "docs")
    ap.add_argument("--gold", type=Path, default=HOLDOUT2 / "gold")
    ap.add_argument("--json", type=Path, default=None, help="also write the scorer's report here")
    ap.add_argument("--rows", type=Path, default=None, help="also write the predicted rows (JSONL)")
    ap.add_argument("--diff", action="store_true", help="list unmatched gold and predicted rows")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"skipped: scorer not found at {SCORER}")
        return 0
    rows, documents = run_pipeline(args.docs)
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({**row, "source": Path(row["source"]).name},
                                    ensure_ascii=False) + "\n")
    report = score(rows, args.docs, args.gold)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.diff:
        print_diff(rows, args.gold)
        print()
    print(f"{'document':<34} {'encoding':<9} {'gold':>4} {'pred':>4} {'duty F1':>8} {'all F1':>7}")
    for name, entry in report["documents"].items():
        enc = documents.get(name, {}).get("encoding") or "-"
        a = entry["all_sections"]
        print(f"{name:<34} {enc:<9} {a['gold']:>4} {a['predicted']:>4} "
              f"{entry['duty']['f1']:>8.3f} {a['f1']:>7.3f}")
    d, a = report["duty"], report["all_sections"]
    print(f"holdout2 duty: P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} "
          f"(gold {d['gold']}, predicted {d['predicted']}, matched {d['matched']})")
    print(f"holdout2 all sections: P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
          f"(gold {a['gold']}, predicted {a['predicted']}, matched {a['matched']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
