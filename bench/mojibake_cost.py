"""What mojibake repair costs per document, against the document work it is part of.

    python bench/mojibake_cost.py [FOLDER ...] [--repeat N]

For each document of ../shared/corpus (or the folders given): best-of-N seconds of
`mojibake.analyze` and of decode + extract (which includes analyze), the share, and how
many repairs and flags analyze reported, so clean and damaged documents can be told apart.
The totals line is the figure `bench/stages.py` prints for the whole corpus.  Reference
measured in the same run: `jieba.lcut` over the same text.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stages import DEFAULT, best_of, page_text, start_jieba  # noqa: E402

from normalize.encoding import decode  # noqa: E402
from normalize.mojibake import analyze  # noqa: E402
from parsers.duties import extract  # noqa: E402
from parsers.html import html_to_text  # noqa: E402
from pipeline.inputs import plan  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=[str(DEFAULT)])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    jieba = start_jieba()
    rows = []
    for item in plan(args.folders).inputs:
        data = Path(item.path).read_bytes()
        html, text = page_text(data, item.source)

        def work(data=data, html=html, source=item.source):
            text = decode(data, is_html=html).text
            return extract(html_to_text(text) if html else text)

        work()                                        # warm-up: models, dictionaries
        rep = analyze(text)
        t_an = best_of(args.repeat, lambda: analyze(text))
        t_doc = best_of(args.repeat, work)
        t_ref = best_of(args.repeat, lambda: jieba.lcut(text))
        rows.append((Path(item.path).name, len(text), len(rep.edits), len(rep.residual),
                     t_an, t_doc, t_ref))
    print(f"{'document':<28} {'chars':>7} {'edits':>5} {'flags':>5} {'analyze s':>9} "
          f"{'doc s':>7} {'share':>6} {'analyze/ref':>11}")
    for name, n, ed, fl, t_an, t_doc, t_ref in rows:
        print(f"{name[:28]:<28} {n:7d} {ed:5d} {fl:5d} {t_an:9.4f} {t_doc:7.3f} "
              f"{t_an / t_doc:6.1%} {t_an / t_ref:11.2f}")
    t_an = sum(r[4] for r in rows)
    t_doc = sum(r[5] for r in rows)
    clean = [r for r in rows if not r[2] and not r[3]]
    print(f"{'all':<28} {sum(r[1] for r in rows):7d} {sum(r[2] for r in rows):5d} "
          f"{sum(r[3] for r in rows):5d} {t_an:9.4f} {t_doc:7.3f} {t_an / t_doc:6.1%}")
    if clean:
        a, d = sum(r[4] for r in clean), sum(r[5] for r in clean)
        print(f"{'documents with nothing found':<28} {len(clean):>7d} docs{'':7s} {a:9.4f} "
              f"{d:7.3f} {a / d:6.1%}")


if __name__ == "__main__":
    main()
