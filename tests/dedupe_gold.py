"""Gold rows of ../shared/gold as a duties-shaped DataFrame, and labelled-pair resolution.

Used by the dedupe tests and by bench/dedupe*.py.  Nothing from the corpus is stored in the
project: pairs in tests/fixtures/dedupe/pairs.jsonl name gold rows by (document prefix,
line number in the gold .jsonl) and carry a short hash of the gold text to detect drift.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpus"
PAIRS = Path(__file__).resolve().parent / "fixtures" / "dedupe" / "pairs.jsonl"


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@lru_cache(maxsize=1)
def gold_rows() -> tuple[dict, ...]:
    """All gold rows, each with `prefix` (e.g. '000') and `gold_line` (1-based)."""
    rows = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                r = json.loads(line)
                r["prefix"] = path.name[:3]
                r["gold_line"] = n
                rows.append(r)
    return tuple(rows)


def gold_frame(tokenize: bool = True) -> pd.DataFrame:
    """The gold rows shaped like duties.parquet (what a perfect pipeline run would give)."""
    import jieba

    rows = []
    seq: dict[tuple, int] = {}
    for r in gold_rows():
        key = (r["prefix"], r["role"], r["section"])
        seq[key] = seq.get(key, 0) + 1
        doc_id = r["doc"].split("_")[1].split(".")[0]
        rows.append({
            "row_id": f"{doc_id}-{r['gold_line']}", "doc_id": doc_id,
            "source": str(CORPUS / r["doc"]), "role": r["role"], "role_raw": r["role"],
            "role_canonical": r["role"], "section": r["section"], "group": r.get("group", ""),
            "seq": seq[key], "duty": r["duty"], "duty_raw": r["duty"],
            "tokens": [t for t in jieba.lcut(r["duty"])] if tokenize else [],
            "repairs": [], "flags": ["truncated"] if r.get("truncated") else [],
            "char_start": 0, "char_end": 0,
            "prefix": r["prefix"], "gold_line": r["gold_line"], "corpus_line": r["line"],
        })
    return pd.DataFrame(rows)


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def resolve(ref: list) -> dict:
    """[prefix, gold_line, hash] → the gold row; raises if the gold file changed under it."""
    prefix, line, h = ref
    for r in gold_rows():
        if r["prefix"] == prefix and r["gold_line"] == line:
            if text_hash(r["duty"]) != h:
                raise LookupError(f"gold row {prefix}:{line} changed (hash {h})")
            return r
    raise LookupError(f"no gold row {prefix}:{line}")
