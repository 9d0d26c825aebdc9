"""Decoding accuracy on corpus lines re-encoded as UTF-8 / GB18030 / Big5, whole or cut mid-character.

Each line of ../shared/corpus with at least 15 Hanzi is encoded in each codec it fits, once
whole and once with its last byte cut (a truncated body ending inside a multibyte
character), and decoded with each declaration: none, right, and wrong ones (utf-8, gbk,
big5).  Counted: the codec chosen is the one the bytes are in.  Reference in the same run:
"believe the declaration, else charset_normalizer" (what a crawler does by default).

    .venv/bin/python bench/decode_accuracy.py
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"

from normalize.encoding import canonical, decode  # noqa: E402


def reference(data: bytes, claim: str | None) -> str | None:
    if claim:
        return canonical(claim)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return canonical(best.encoding) if best else None


def main() -> None:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return
    lines = [ln.strip() for p in sorted(CORPUS.glob("*.txt"))
             for ln in p.read_text(encoding="utf-8").splitlines()
             if len(re.findall(r"[\u4e00-\u9fff]", ln)) >= 15]
    results: dict[str, dict[str, list[int]]] = {"dutyflow": {}, "reference": {}}
    seconds = {"dutyflow": 0.0, "reference": 0.0}
    for text in lines:
        for codec in ("utf-8", "gb18030", "cp950"):
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            for cut in (False, True):
                if cut and data[-1] < 0x80:
                    continue
                sample = data[:-1] if cut else data
                for claim in (None, "utf-8", "gbk", "big5"):
                    key = f"{codec}{' cut' if cut else ''}"
                    for name in results:
                        start = time.perf_counter()
                        try:
                            got = decode(sample, claim).encoding if name == "dutyflow" else reference(sample, claim)
                        except Exception:  # noqa: BLE001 - an exception is a miss
                            got = None
                        seconds[name] += time.perf_counter() - start
                        cell = results[name].setdefault(key, [0, 0])
                        cell[0] += got == codec
                        cell[1] += 1
    print(f"{len(lines)} corpus lines; each codec × (whole, cut) × declaration (none, utf-8, gbk, big5)")
    for name, table in results.items():
        right = sum(a for a, _ in table.values())
        total = sum(b for _, b in table.values())
        cells = "  ".join(f"{k}: {a}/{b}" for k, (a, b) in table.items())
        print(f"{name:9} {right}/{total} right ({right / total:.1%})  {cells}  "
              f"time x{seconds[name] / seconds['dutyflow']:.2f}")


if __name__ == "__main__":
    main()
