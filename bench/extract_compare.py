"""Main-content extraction: dutyflow's generic rule vs trafilatura on the fetch fixture pages.

For every page with hand-written expectations (tests/fixtures/fetch/extract/gold.json):
  keep  – expected content lines found as whole lines of the output (block structure kept)
  text  – expected content lines found anywhere in the output (content kept, structure maybe not)
  leak  – chrome strings (nav, related, comments, ads, footers) that made it into the output
and the time per page of each extractor, as a ratio to dutyflow's.

    .venv/bin/python bench/extract_compare.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "fetch"
sys.path.insert(0, str(FIXTURES))
sys.path.insert(0, str(REPO))

from server import FixtureServer  # noqa: E402

from parsers.html import html_to_text  # noqa: E402


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True,
                               output_format="txt") or ""


def main() -> None:
    gold = {k: v for k, v in json.loads((FIXTURES / "extract" / "gold.json").read_text("utf-8")).items()
            if not k.startswith("_")}
    srv = FixtureServer()
    pages = {name: (srv.page_text("/" + name[5:]) if name.startswith("site/")
                    else (FIXTURES / name).read_text("utf-8")) for name in gold}
    srv.server_close()
    extractors = {"dutyflow": html_to_text, "trafilatura": trafilatura_text}
    totals = {name: [0, 0, 0, 0.0] for name in extractors}
    n_keep = sum(len(g["keep"]) for g in gold.values())
    n_drop = sum(len(g["drop"]) for g in gold.values())
    print(f"{'page':28} " + "  ".join(f"{n:>26}" for n in extractors))
    print(f"{'':28} " + "  ".join(f"{'keep text leak':>26}" for _ in extractors))
    for page, g in gold.items():
        cells = []
        for name, fn in extractors.items():
            fn(pages[page])                               # warm-up (imports, caches)
            start = time.perf_counter()
            for _ in range(5):
                out = fn(pages[page])
            totals[name][3] += (time.perf_counter() - start) / 5
            lines = {ln.strip() for ln in out.splitlines()}
            keep = sum(k in lines for k in g["keep"])
            text = sum(k in out for k in g["keep"])
            leak = [d for d in g["drop"] if d in out]
            for i, v in enumerate((keep, text, len(leak))):
                totals[name][i] += v
            cells.append(f"{keep:>2}/{len(g['keep']):<2} {text:>2}/{len(g['keep']):<2} {len(leak):>2}/{len(g['drop']):<2}"
                         + (f" {','.join(leak)[:8]:>8}" if leak else " " * 9))
        print(f"{page:28} " + "  ".join(f"{c:>26}" for c in cells))
    ref = totals["dutyflow"][3]
    for name, (keep, text, leak, secs) in totals.items():
        print(f"{name:12} content lines kept as lines {keep}/{n_keep}, content found {text}/{n_keep}, "
              f"chrome leaked {leak}/{n_drop}, time/page {secs / len(gold) * 1000:.2f} ms "
              f"(x{secs / ref:.1f} of dutyflow)")


if __name__ == "__main__":
    main()
