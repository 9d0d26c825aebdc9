"""Segmentation speed on the corpus: this tree against a base revision, in one run.

    .venv/bin/python bench/segment_speed.py [--base REV] [--own-only]

Extracts `parsers/` and `normalize/` of REV (default HEAD~1) into a temporary folder with
`git archive`, then times `parsers.duties.extract` over every corpus document for the base,
this tree and the base again (best of 3 each, after a warm-up), and prints the ratio.
With --own-only the base is this tree with only the segmentation files (parsers/ except
html.py, normalize/noise.py) taken from REV, so other people's changes (mojibake, HTML)
do not blur the comparison.
"""
from __future__ import annotations

import argparse
import glob
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
OWN = ["parsers/duties.py", "parsers/blocks.py", "parsers/pieces.py", "parsers/roles.py",
       "parsers/sections.py", "parsers/lists.py", "parsers/inspect.py", "parsers/records.py",
       "parsers/data/role_suffixes.txt", "normalize/noise.py"]


def _archive(rev: str, dest: Path) -> None:
    data = subprocess.run(["git", "archive", rev, "parsers", "normalize"], cwd=REPO,
                          capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")


def _time(root: Path, texts: list[str]) -> float:
    for name in [k for k in sys.modules if k.startswith(("parsers", "normalize"))]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from parsers.duties import extract
        for t in texts:
            extract(t)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for t in texts:
                extract(t)
            best = min(best, time.perf_counter() - start)
        return best
    finally:
        sys.path.remove(str(root))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="HEAD~1")
    ap.add_argument("--own-only", action="store_true")
    args = ap.parse_args()
    files = sorted(glob.glob(str(CORPUS / "*.txt")))
    if not files:
        print(f"no corpus at {CORPUS}; nothing to measure")
        return 0
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    with tempfile.TemporaryDirectory(prefix="segspeed_") as tmp:
        base = Path(tmp)
        if args.own_only:
            _archive("HEAD", base)
            for f in OWN:
                blob = subprocess.run(["git", "show", f"{args.base}:{f}"], cwd=REPO, capture_output=True)
                if blob.returncode == 0:
                    (base / f).write_bytes(blob.stdout)
        else:
            _archive(args.base, base)
        b1 = _time(base, texts)
        new = _time(REPO, texts)
        b2 = _time(base, texts)
    ref = min(b1, b2)
    chars = sum(len(t) for t in texts)
    print(f"corpus {len(texts)} docs, {chars} chars: base {args.base} {b1:.2f}s / {b2:.2f}s, "
          f"this tree {new:.2f}s, ratio {new / ref:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
