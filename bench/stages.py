"""Where a run's time goes, per stage, on ../shared/corpus (or the folders given).

    python bench/stages.py [FOLDER ...] [--repeat N]

Reports best-of-N seconds per stage and each stage as a ratio of a reference measured in the
same run: `jieba.lcut` over the same decoded text (the cheapest thing any Chinese pipeline
must do anyway).  `best_of`, `start_jieba` and `page_text` are shared with
bench/mojibake_cost.py.  Also prints mojibake repair's share of the document work, which issue 4
requires to stay under 10%.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from normalize.encoding import decode
from normalize.mojibake import analyze
from parsers.duties import extract
from parsers.html import html_to_text
from pipeline.inputs import plan
from pipeline.process import is_html

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def start_jieba():
    """jieba, quiet and with its dictionary loaded, so the reference times only the cutting."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


def page_text(data: bytes, source: str) -> tuple[bool, str]:
    """(is it HTML?, the text extract sees: decoded and, for HTML, flattened)."""
    html = is_html(data, source)
    text = decode(data, is_html=html).text
    return html, (html_to_text(text) if html else text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    jieba = start_jieba()
    items = plan(args.folders).inputs
    blobs = [(i.source, Path(i.path).read_bytes()) for i in items]
    texts = [page_text(data, source)[1] for source, data in blobs]
    extract(texts[0]) if texts else None  # warm-up: dictionaries, OpenCC, jieba
    chars = sum(map(len, texts))

    stages = {
        "reference: jieba.lcut": lambda: [jieba.lcut(t) for t in texts],
        "decode": lambda: [decode(d, is_html=is_html(d, s)) for s, d in blobs],
        "mojibake.analyze": lambda: [analyze(t) for t in texts],
        "extract (clean+segment+tokens)": lambda: [extract(t) for t in texts],
    }
    timings = {name: best_of(args.repeat, fn) for name, fn in stages.items()}
    ref = timings["reference: jieba.lcut"]
    print(f"{len(texts)} documents, {chars:,} characters, best of {args.repeat}")
    print(f"{'stage':<34} {'seconds':>9} {'× ref':>7} {'kchar/s':>9}")
    for name, seconds in timings.items():
        print(f"{name:<34} {seconds:>9.3f} {seconds / ref:>7.2f} {chars / seconds / 1000:>9.1f}")
    work = timings["decode"] + timings["extract (clean+segment+tokens)"]
    share = timings["mojibake.analyze"] / work if work else 0.0
    print(f"mojibake repair share of document work (decode + extract): {share:.1%}")


if __name__ == "__main__":
    main()
