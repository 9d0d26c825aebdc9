"""Hostile documents through the whole per-document path: none may stall a run.

    python bench/hostile_inputs.py

Each case (a 240 kB line of Chinese, 20,000 markers on one line, 5,000 nested divs, a
5,000-row table, 200 kB of random GBK-range bytes, a 120 kB English line, `?` everywhere) is
timed through `process_bytes` and reported as a ratio of the reference: the per-character
cost of the real corpus, measured in the same run.  A ratio far above 1 on a case is an
algorithmic problem (the English line was 600× before Latin-1 runs were found in linear time).
"""
from __future__ import annotations

import random
import time
from pathlib import Path

from pipeline.inputs import plan
from pipeline.process import Input, process_bytes

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def cases() -> dict[str, bytes]:
    rng = random.Random(1)
    return {
        "long Chinese line": ("负责销售工作，完成任务；" * 20000).encode("utf-8"),
        "20k markers, one line": "".join(f"{i}、负责第{i}项工作 " for i in range(20000)).encode("utf-8"),
        "5k nested divs": ("<html><body>" + "<div>" * 5000 + "<p>1、负责接待</p>" + "</div>" * 5000
                           + "</body></html>").encode(),
        "5k-row table": ("<html><body><table>" + "".join(
            f"<tr><td>岗位名称：员{i}</td><td>1、负责{i}</td></tr>" for i in range(5000))
            + "</table></body></html>").encode(),
        "random GBK bytes": bytes(rng.randrange(0x81, 0xFE) for _ in range(200000)),
        "long English line": ("abc def ghi " * 10000).encode(),
        "? everywhere": ("負責?銷售?工作?" * 10000).encode("utf-8"),
    }


def timed(data: bytes, name: str) -> tuple[float, dict]:
    source = name + (".html" if data.startswith(b"<html") else ".txt")
    t = time.perf_counter()
    result = process_bytes(data, Input(source, ""))
    return time.perf_counter() - t, result.document


def main() -> None:
    docs = [Path(i.path) for i in plan([str(CORPUS)]).inputs] if CORPUS.is_dir() else []
    if not docs:
        raise SystemExit("needs ../shared/corpus for the reference")
    timed(docs[0].read_bytes(), "warm-up")
    seconds = chars = 0.0
    for path in docs:
        data = path.read_bytes()
        s, _ = timed(data, path.name)
        seconds += s
        chars += len(data.decode("utf-8", "replace"))
    per_char = seconds / chars
    print(f"reference: corpus, {per_char * 1e6:.2f} µs per character")
    print(f"{'case':<24} {'chars':>8} {'seconds':>8} {'× ref':>7}  status")
    for name, data in cases().items():
        s, doc = timed(data, name)
        n = len(data.decode("utf-8", "replace"))
        print(f"{name:<24} {n:>8} {s:>8.2f} {s / (n * per_char):>7.1f}  {doc['status']} {doc['error'] or ''}")


if __name__ == "__main__":
    main()
