"""Held-out scores with an older parsers/html.py swapped in, everything else as checked out.

Why: the segmenter changes while the extractor does; comparing two extractor versions on the
same tree shows what the extractor alone changed.

    .venv/bin/python bench/holdout_html_ab.py [REV]      # default REV: 977c2e3~1 (before the
                                                         # keep-every-block rewrite)

Prints per HTML document duty F1 and all-sections F1 with REV's html_to_text and with the
working tree's, then the totals of each.  Text documents do not go through the extractor.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    rev = argv[0] if argv else "977c2e3~1"
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:parsers/html.py"],
                            capture_output=True, text=True, check=True).stdout
    bench = _load("holdout_bench", REPO / "bench" / "score_holdout.py")
    import pipeline.process as process

    current = process.extract_html
    with tempfile.TemporaryDirectory() as tmp:
        old_path = Path(tmp) / "old_html.py"
        old_path.write_text(source, encoding="utf-8")
        old = _load("old_html", old_path)
    reports = {}
    from parsers.html import Extraction

    def text_only(fn):
        return lambda html, selectors=None: Extraction(fn(html, selectors))

    for label, fn in ((rev, text_only(old.html_to_text)), ("working tree", current)):
        process.extract_html = fn
        rows, _ = bench.run_pipeline(bench.HOLDOUT / "docs")
        with contextlib.redirect_stdout(io.StringIO()):
            reports[label] = bench.score(rows, bench.HOLDOUT / "docs", bench.HOLDOUT / "gold")
    process.extract_html = current
    if any(r is None for r in reports.values()):
        print("skipped: scorer not found")
        return 0
    (a_label, a), (b_label, b) = reports.items()
    print(f"{'document':<40} {'duty F1':>8} {'->':>2} {'':>6} {'all F1':>7} {'->':>2}")
    for name in a["documents"]:
        if not name.startswith("h"):
            continue
        da, db = a["documents"][name], b["documents"][name]
        print(f"{name:<40} {da['duty']['f1']:>8.3f} -> {db['duty']['f1']:.3f} "
              f"{da['all_sections']['f1']:>7.3f} -> {db['all_sections']['f1']:.3f}")
    for label, rep in reports.items():
        print(f"{label:>14}: duty F1 {rep['duty']['f1']:.3f}, all sections F1 {rep['all_sections']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
