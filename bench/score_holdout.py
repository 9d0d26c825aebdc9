"""Score the pipeline on a held-out set (tests/fixtures/holdout*): how well it generalises.

    .venv/bin/python bench/score_holdout.py [--set holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|...|holdout14] [--docs DIR] [--gold DIR]
        [--json REPORT] [--rows ROWS.jsonl] [--diff]

Sets: `holdout` (default; sixteen pages, since used to tune the rules), `holdout2` (twelve
pages, since used to tune the rules too) and `holdout3` (fourteen pages of new industries, page
types, encodings and issue-4 damage, written before the pipeline ran on them).  --docs/--gold
override the set's folders.  Runs the real per-document function (`pipeline.process.process_input`, no Prefect)
over every document, writes source/role/section/duty/char_start to a Parquet in a temporary
folder, and scores it with ../shared/eval/score.py.  Prints the scorer's per-document duty
table, then per-document gold/predicted counts, duty and all-sections F1 and the decoded
encodings, then the totals.  With --diff, also lists per document the gold rows nothing matched
(`-`) and the predicted rows that matched no gold row (`+`), paired the way the scorer pairs
them, so a failure can be read as "input pattern → what came out → what should have".
Skips politely (exit 0) when the scorer is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FIXTURES = REPO / "tests" / "fixtures"
SETS = {"holdout": FIXTURES / "holdout", "holdout2": FIXTURES / "holdout2",
        "holdout3": FIXTURES / "holdout3", "holdout4": FIXTURES / "holdout4",
        "holdout5": FIXTURES / "holdout5", "holdout6": FIXTURES / "holdout6",
        "holdout7": FIXTURES / "holdout7", "holdout8": FIXTURES / "holdout8",
        "holdout9": FIXTURES / "holdout9", "holdout10": FIXTURES / "holdout10",
        "holdout11": FIXTURES / "holdout11", "holdout12": FIXTURES / "holdout12",
        "holdout13": FIXTURES / "holdout13", "holdout14": FIXTURES / "holdout14"}
HOLDOUT = SETS["holdout"]
SCORER = REPO.parent / "shared" / "eval" / "score.py"


def run_pipeline(docs: Path) -> tuple[list[dict], dict[str, dict]]:
    """(rows, documents by file name) from process_input over every file in `docs`."""
    from pipeline.process import Input, process_input

    rows: list[dict] = []
    documents: dict[str, dict] = {}
    for path in sorted(p for p in docs.iterdir() if p.is_file()):
        result = process_input(Input(str(path), str(path)))
        documents[path.name] = result.document
        for row in result.rows:
            rows.append({"source": str(path), "role": row["role"], "section": row["section"],
                         "duty": row["duty"], "char_start": row["char_start"]})
    return rows, documents


def score(rows: list[dict], docs: Path, gold: Path, scorer: Path = SCORER,
          echo: bool = False) -> dict | None:
    """The scorer's JSON report for `rows` against `gold`; None when the scorer is absent."""
    if not scorer.exists():
        return None
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory(prefix="holdout_") as tmp:
        parquet, report = Path(tmp) / "duties.parquet", Path(tmp) / "report.json"
        schema = pa.schema([("source", pa.string()), ("role", pa.string()),
                            ("section", pa.string()), ("duty", pa.string()),
                            ("char_start", pa.int64())])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), parquet)
        done = subprocess.run([sys.executable, str(scorer), str(parquet), "--gold", str(gold),
                               "--corpus", str(docs), "--json", str(report)],
                              capture_output=True, text=True, check=False)
        if echo:
            print(done.stdout, end="")
        if done.returncode != 0 or not report.exists():
            raise RuntimeError(f"scorer failed: {done.stderr.strip()[-500:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def _scorer_module(scorer: Path = SCORER):
    import importlib.util

    spec = importlib.util.spec_from_file_location("holdout_scorer", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unmatched(gold_rows: list[dict], pred_rows: list[dict], scorer: Path = SCORER
              ) -> tuple[list[dict], list[dict]]:
    """(gold rows left unmatched, predicted rows left unmatched), per section, paired like
    the scorer: identical texts first, then best fuzzy pairs above its threshold."""
    sc = _scorer_module(scorer)
    missed, extra = [], []
    sections = {r["section"] for r in gold_rows} | {r["section"] for r in pred_rows}
    for section in sorted(sections):
        g = [r for r in gold_rows if r["section"] == section]
        p = [r for r in pred_rows if r["section"] == section]
        cands = []
        for i, gr in enumerate(g):
            for j, pr in enumerate(p):
                if sc.same_role(gr["role"], pr["role"]):
                    s = sc.similarity(sc.squeeze(gr["duty"]), sc.squeeze(pr["duty"]))
                    if s >= sc.THRESHOLD:
                        cands.append((s, i, j))
        used_g, used_p = set(), set()
        for _, i, j in sorted(cands, reverse=True):
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
        missed += [r for i, r in enumerate(g) if i not in used_g]
        extra += [r for j, r in enumerate(p) if j not in used_p]
    return missed, extra


def print_diff(rows: list[dict], gold: Path) -> None:
    for path in sorted(gold.glob("*.jsonl")):
        gold_rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if not gold_rows:
            continue
        doc = gold_rows[0]["doc"]
        pred = [r for r in rows if Path(r["source"]).name == doc]
        missed, extra = unmatched(gold_rows, pred)
        if not missed and not extra:
            continue
        print(f"--- {doc}")
        for r in missed:
            print(f"  - [{r['section']}] {r['role']} | {r['duty']}")
        for r in extra:
            print(f"  + [{r['section']}] {r['role']} | {r['duty']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="holdout", help="which held-out set")
    ap.add_argument("--docs", type=Path, default=None, help="documents (default: the set's docs/)")
    ap.add_argument("--gold", type=Path, default=None, help="gold rows (default: the set's gold/)")
    ap.add_argument("--json", type=Path, default=None, help="also write the scorer's report here")
    ap.add_argument("--rows", type=Path, default=None, help="also write the predicted rows (JSONL)")
    ap.add_argument("--diff", action="store_true", help="list unmatched gold and predicted rows")
    args = ap.parse_args(argv)
    docs = args.docs or SETS[args.set] / "docs"
    gold = args.gold or SETS[args.set] / "gold"
    if not SCORER.exists():
        print(f"skipped: scorer not found at {SCORER}")
        return 0
    rows, documents = run_pipeline(docs)
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({**row, "source": Path(row["source"]).name},
                                    ensure_ascii=False) + "\n")
    report = score(rows, docs, gold, echo=True)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.diff:
        print()
        print_diff(rows, gold)
    print()
    print(f"{'document':<40} {'encoding':<10} {'gold':>4} {'pred':>4} {'duty F1':>8} {'all F1':>7}")
    for name, entry in report["documents"].items():
        enc = documents.get(name, {}).get("encoding") or "-"
        a = entry["all_sections"]
        print(f"{name:<40} {enc:<10} {a['gold']:>4} {a['predicted']:>4} "
              f"{entry['duty']['f1']:>8.3f} {a['f1']:>7.3f}")
    d, a = report["duty"], report["all_sections"]
    print(f"{args.set} duty: P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} "
          f"(gold {d['gold']}, predicted {d['predicted']}, matched {d['matched']})")
    print(f"{args.set} all sections: P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} "
          f"(gold {a['gold']}, predicted {a['predicted']}, matched {a['matched']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
