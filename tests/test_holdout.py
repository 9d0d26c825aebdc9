"""Held-out generalisation set: documents written for the project, unlike the corpus.

Why: the segmentation rules were developed on four corpus documents; these sixteen pages
(other industries, other site types, every encoding) tell whether the rules generalise.
The floors sit a little below what was measured when the set was made, so a change that
makes the pipeline worse on unseen pages fails here even when the corpus score holds.
Measured at creation: duty F1 0.808, all-sections F1 0.774 (bench/score_holdout.py).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "fixtures" / "holdout"
DOCS, GOLD = HOLDOUT / "docs", HOLDOUT / "gold"
SCORER = REPO.parent / "shared" / "eval" / "score.py"

DUTY_F1_FLOOR = 0.97
ALL_F1_FLOOR = 0.96

# the codec a document was written in → the names a correct decoder may report for it
FAMILIES = {"gbk": {"gb18030", "gbk", "gb2312"}, "big5": {"cp950", "big5", "big5hkscs"},
            "utf-8": {"utf-8", "utf-8-sig"}, "utf-16": {"utf-16", "utf-16-le", "utf-16-be"}}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_docs():
    return _load("holdout_make_docs", HOLDOUT / "make_docs.py")


@pytest.fixture(scope="module")
def bench():
    return _load("holdout_bench", REPO / "bench" / "score_holdout.py")


@pytest.fixture(scope="module")
def run(bench):
    """(rows, documents by name) of the real per-document function over the set."""
    return bench.run_pipeline(DOCS)


def test_committed_docs_are_what_the_generator_writes(make_docs):
    """The committed bytes are the generator's output: an edited text is regenerated."""
    assert sorted(p.name for p in DOCS.iterdir()) == sorted(make_docs.DOCS)
    for name, (text, codec, traditional, pinyin) in make_docs.DOCS.items():
        expected = make_docs.encode(make_docs.render(text, traditional, pinyin), codec)
        assert (DOCS / name).read_bytes() == expected, name


def test_every_document_has_gold_rows(make_docs):
    docs_with_gold = set()
    for path in GOLD.glob("*.jsonl"):
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
        assert rows, path.name
        assert {r["doc"] for r in rows} == {path.stem + Path(rows[0]["doc"]).suffix}
        assert all(r["section"] in ("duty", "summary", "requirement", "authority") for r in rows)
        docs_with_gold.add(rows[0]["doc"])
    assert docs_with_gold == set(make_docs.DOCS)


def test_each_document_decodes_in_the_encoding_it_was_written_in(make_docs, run):
    _, documents = run
    wrong = {name: documents[name].get("encoding")
             for name, codec in make_docs.ENCODINGS.items()
             if documents[name].get("encoding") not in FAMILIES[codec]}
    assert not wrong, f"decoded in the wrong encoding: {wrong}"


def test_the_lying_meta_charset_is_overruled(run):
    """The page declares utf-8 but its bytes are GBK: the bytes win."""
    _, documents = run
    doc = documents["h04_software_job_meta_lies_gbk.html"]
    assert doc["declared_charset"].lower() == "utf-8"
    assert doc["encoding"] in FAMILIES["gbk"]


def test_every_document_gives_rows(run):
    _, documents = run
    assert {n: d["status"] for n, d in documents.items() if d["status"] != "ok"} == {}


def test_holdout_f1_stays_above_the_floor(bench, run):
    if not SCORER.exists():
        pytest.skip(f"scorer absent: {SCORER}")
    rows, _ = run
    report = bench.score(rows, DOCS, GOLD)
    duty, every = report["duty"]["f1"], report["all_sections"]["f1"]
    assert duty >= DUTY_F1_FLOOR, f"held-out duty F1 {duty:.3f} < {DUTY_F1_FLOOR}"
    assert every >= ALL_F1_FLOOR, f"held-out all-sections F1 {every:.3f} < {ALL_F1_FLOOR}"
