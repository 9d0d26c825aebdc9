"""End to end on ../shared/corpus: the pipeline's own rows (not gold text) cluster as they should.

Rows come from `pipeline.process.process_input` (no Prefect), are located in the corpus by
line, and matched to gold rows; gold says which items are the same duty:
- the Traditional page 000 repeats many lists that 002 prints in Simplified;
- 002 and 004 repeat lists inside themselves.
"""
from __future__ import annotations

import logging
from collections import defaultdict

import pandas as pd
import pytest

from pipeline.dedupe import dedupe_rows
from pipeline.textkey import fold

logging.getLogger("jieba").setLevel(logging.WARNING)


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


@pytest.fixture(scope="module")
def clustered():
    import dedupe_gold as g

    if not g.CORPUS.is_dir() or not g.GOLD.is_dir():
        pytest.skip("../shared/corpus or ../shared/gold is not beside this checkout")
    from pipeline.process import Input, process_input

    rows = []
    for path in sorted(g.CORPUS.glob("*.txt")):
        result = process_input(Input(source=str(path), path=str(path)))
        text = path.read_text(encoding="utf-8")
        for r in result.rows:
            r["prefix"] = path.name[:3]
            r["line"] = text.count("\n", 0, r["char_start"]) + 1
            rows.append(r)
    if len(rows) < 1000:
        pytest.skip(f"the segmenter gives only {len(rows)} rows on the corpus")
    out = dedupe_rows(pd.DataFrame(rows))
    by_line: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, (p, ln) in enumerate(zip(out["prefix"], out["line"])):
        by_line[(p, ln)].append(i)
    return g, out, by_line


def _match(out, by_line, prefix: str, line: int, gold_text: str) -> int | None:
    """The pipeline row starting on the gold row's line that is most like the gold text."""
    cands = by_line.get((prefix, line), [])
    if not cands:
        return None
    key = _bigrams(fold(gold_text))
    best = max(cands, key=lambda i: len(key & _bigrams(fold(out.at[i, "duty"]))))
    sim = len(key & _bigrams(fold(out.at[best, "duty"]))) / len(key | _bigrams(fold(out.at[best, "duty"])))
    return best if sim >= 0.5 else None


def _gold_duplicates(g, prefixes: tuple[str, ...], within: bool):
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in g.gold_rows():
        if r["prefix"] in prefixes and r["section"] != "summary":
            groups[r["duty"]].append(r)
    for text, members in groups.items():
        docs = {m["prefix"] for m in members}
        if within and len(members) > len(docs):
            for p in docs:
                same = [m for m in members if m["prefix"] == p]
                if len(same) > 1:
                    yield text, same
        if not within and len(docs) > 1:
            yield text, members


def _check(g, out, by_line, prefixes, within):
    groups = matched = together = 0
    apart = []
    for text, members in _gold_duplicates(g, prefixes, within):
        groups += 1
        rows = {_match(out, by_line, m["prefix"], m["line"], text) for m in members}
        rows.discard(None)
        if len(rows) < 2:
            continue
        matched += 1
        clusters = {out.at[i, "dup_cluster"] for i in rows}
        if len(clusters) == 1:
            together += 1
        else:
            apart.append([out.at[i, "duty"] for i in rows])
    return groups, matched, together, apart


def test_traditional_000_and_simplified_002_share_clusters(clustered) -> None:
    g, out, by_line = clustered
    groups, matched, together, apart = _check(g, out, by_line, ("000", "002"), within=False)
    assert matched >= 0.8 * groups and matched >= 100, (groups, matched)
    assert together >= 0.97 * matched, apart[:5]


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_repeats_inside_a_document_share_clusters(clustered, prefix: str) -> None:
    g, out, by_line = clustered
    groups, matched, together, apart = _check(g, out, by_line, (prefix,), within=True)
    assert matched >= 0.8 * groups and matched >= 10, (groups, matched)
    assert together >= 0.97 * matched, apart[:5]
