"""Is `mojibake.analyze` still giving exactly the same answers?  (Guard for speed work.)

    python bench/mojibake_equivalence.py record [--out FILE]
    python bench/mojibake_equivalence.py check  [--out FILE]

Inputs: every document of ../shared/corpus; the damaged sentences bench/mojibake.py builds
(its functions, every damage type, seed 20261124, 400 per type, holes as `?` and, a second
set, as U+FFFD); the clean sentences it uses (gold duties + OpenCC variants); and the
held-out documents under tests/fixtures/holdout*/docs, decoded as the pipeline decodes them.
For each, the full `analyze()` result (every edit with start, end, new text and kind, the
confidences, the residual spans) and `badness()` are written as one JSON line.  `check`
recomputes them and lists every input whose result differs.  An input that itself changed
(fixtures are edited by others) is reported apart, not as a difference.  The record holds
corpus text, so it lives outside the project (default /tmp/moji_equiv/baseline.jsonl).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mojibake as mb  # noqa: E402  (bench/mojibake.py: damage functions, clean sentences)

from normalize.charmodel import load  # noqa: E402
from normalize.encoding import decode  # noqa: E402
from normalize.mojibake import analyze, badness  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SEED = 20261124
PER_TYPE = 400
DEFAULT_OUT = Path("/tmp/moji_equiv/baseline.jsonl")


def damaged(clean: list[str], hole: str) -> list[tuple[str, str]]:
    """(name, damaged text) exactly as bench/mojibake.py main() builds its cases."""
    mb.HOLE = hole
    rng = random.Random(SEED)
    out = []
    for name, fn in mb.DAMAGE.items():
        pool = [s for s in clean if len(s) >= 4]
        rng.shuffle(pool)
        got = 0
        for s in pool:
            r = fn(s, rng)
            if r is None or r[0] == s:
                continue
            out.append((f"{name}[{'?' if hole == '?' else 'fffd'}]#{got}", r[0]))
            got += 1
            if got >= PER_TYPE:
                break
    mb.HOLE = "?"
    return out


# the untouched held-out set: nothing but its scoring runs our code on it
UNTOUCHED = frozenset({"holdout8"})


def inputs() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for p in sorted(CORPUS.glob("*.txt")):
        items.append((f"corpus/{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted(REPO.glob("tests/fixtures/holdout*/docs/*")):
        if p.parent.parent.name in UNTOUCHED:
            continue
        if p.is_file():
            data = p.read_bytes()
            html = p.suffix.lower() in (".html", ".htm")
            try:
                text = decode(data, is_html=html).text
            except Exception:       # noqa: BLE001 - a fixture the decoder refuses on purpose
                continue
            items.append((f"{p.parent.parent.name}/{p.name}", text))
    clean = mb.clean_sentences()
    items.extend(damaged(clean, "?"))
    items.extend(damaged(clean, "\ufffd"))
    items.extend((f"clean#{i}", s) for i, s in enumerate(clean))
    return items


def result(text: str) -> dict:
    rep = analyze(text)
    b = badness(text)
    return {"edits": [[e.start, e.end, e.new, e.kind] for e in rep.edits],
            "confidence": rep.confidence,
            "residual": [list(r) for r in rep.residual],
            "badness": [b.holes, b.private_use, b.rare_letters, b.latin_high, b.stray_ascii,
                        b.entities]}


def run() -> tuple[list[dict], float]:
    load()
    rows = []
    t_an = 0.0
    for name, text in inputs():
        t = time.perf_counter()
        res = result(text)
        t_an += time.perf_counter() - t
        rows.append({"name": name, "input": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                     "result": res})
    return rows, t_an


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows, t_an = run()
    n_edits = sum(len(r["result"]["edits"]) for r in rows)
    print(f"{len(rows)} inputs, {n_edits} edits, analyze+badness {t_an:.1f} s")
    if args.mode == "record":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"recorded to {args.out}")
        return 0
    old = {}
    for line in args.out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        old[r["name"]] = r
    differ, changed_input, missing = [], [], []
    for r in rows:
        o = old.get(r["name"])
        if o is None:
            missing.append(r["name"])
        elif o["input"] != r["input"]:
            changed_input.append(r["name"])
        elif o["result"] != r["result"]:
            differ.append((r["name"], o["result"], r["result"]))
    for name, a, b in differ[:20]:
        print(f"DIFFERS {name}\n  was {json.dumps(a, ensure_ascii=False)}\n  now {json.dumps(b, ensure_ascii=False)}")
    print(f"compared {len(rows) - len(missing) - len(changed_input)}: {len(differ)} differ; "
          f"{len(changed_input)} inputs changed since the record, {len(missing)} new, "
          f"{len(set(old) - {r['name'] for r in rows})} gone")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
