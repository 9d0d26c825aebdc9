"""Checks every held-out set (holdout4…holdout12) must pass, run once per set.

Why: a set is scored by its committed bytes and gold.  Gold that names a missing document or
points at the wrong line, a document whose bytes do not decode in the encoding its generator
claims, or damage that shifts lines would make the score measure something else.  These
checks were repeated nearly line for line in each set's tests/test_holdoutN_fixtures.py;
here they run once per set, with each set's own way of decoding and rendering written out in
SETS below.  The per-set files keep their set-specific damage and format claims; the
generators-equal-committed-files check is tests/test_holdout_generators.py (this module adds
that the committed folders hold nothing else).  None of these
run the pipeline on a set: they decode bytes, render the generators' texts and read gold.
"""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SECTIONS = {"duty", "summary", "requirement", "authority"}
BASIC_FAMILIES = {"utf-8", "gbk", "big5", "utf-16"}
# holdout5/6: codec family → the exact codecs a document of that family may be written in
CODEC_FAMILIES = {"gbk": {"gb18030", "gbk", "gb2312"}, "big5": {"cp950", "big5", "big5hkscs"},
                  "utf-8": {"utf-8", "utf-8-sig"},
                  "utf-16": {"utf-16", "utf-16-le", "utf-16-be"}}


@dataclass(frozen=True)
class Claims:
    """How one set says its documents are encoded and damaged."""
    strict: Callable[[object, str], str]      # (make_docs, name) → strict Python codec
    families: set[str]                        # the codec families the set must cover
    both_suffixes: bool = True                # the set has .txt and .html documents
    codec_in_family: set[str] | None = None   # extra codecs allowed beyond CODEC_FAMILIES
    gold_from_undamaged: bool = False         # gold lines checked in make_gold.undamaged(doc)
    t2s_lines: bool = False                   # lines compared after OpenCC t2s
    strip_pinyin: bool = True                 # `(zé)` annotations removed before comparing
    undamaged_pinyin: bool = True             # undamaged text keeps its pinyin annotations
    damaged_html: Callable[[str], bool] | None = None   # render(..., html) for damaged text
    gold_extra: tuple[str, ...] = field(default_factory=tuple)  # extra gold row claims
    doc_count: int | None = None


def _by_family(table: dict[str, str]):
    return lambda md, name: table[md.ENCODINGS[name]]


def _by_codec(table: dict[str, str]):
    return lambda md, name: table[md.CODECS[name]]


def _exact_codec(utf16: str):
    return lambda md, name: "utf-16" if md.CODECS[name] == utf16 else md.CODECS[name]


SETS: dict[str, Claims] = {
    "holdout4": Claims(_by_family({"utf-8": "utf-8", "gbk": "gbk", "big5": "cp950",
                                   "utf-16": "utf-16-le"}), BASIC_FAMILIES),
    "holdout5": Claims(_exact_codec("utf-16-be"), set(CODEC_FAMILIES),
                       codec_in_family={"utf-16-be"}, gold_from_undamaged=True,
                       strip_pinyin=False, undamaged_pinyin=False, gold_extra=("edge_punct",)),
    "holdout6": Claims(_exact_codec("utf-16-le"), set(CODEC_FAMILIES), codec_in_family=set(),
                       gold_from_undamaged=True, t2s_lines=True, strip_pinyin=False,
                       undamaged_pinyin=False, gold_extra=("edge_punct",)),
    "holdout7": Claims(_by_codec({"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gbk",
                                  "gb18030": "gb18030", "big5": "cp950",
                                  "utf-16-be": "utf-16"}), BASIC_FAMILIES, t2s_lines=True),
    "holdout8": Claims(_by_family({"utf-8": "utf-8", "gbk": "gb18030", "big5": "cp950",
                                   "utf-16": "utf-16"}), BASIC_FAMILIES, t2s_lines=True,
                       damaged_html=lambda name: True, doc_count=12),
    "holdout9": Claims(_by_family({"utf-8": "utf-8", "gbk": "gbk", "big5": "big5hkscs",
                                   "utf-16": "utf-16"}), BASIC_FAMILIES, both_suffixes=False),
    "holdout10": Claims(_by_family({"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030",
                                    "big5": "cp950", "utf-16": "utf-16"}),
                        {"utf-8", "gbk", "gb18030", "big5", "utf-16"}, t2s_lines=True,
                        damaged_html=lambda name: name.endswith(".html"),
                        gold_extra=("no_damage_marks",), doc_count=12),
    "holdout11": Claims(_by_family({"utf-8": "utf-8", "gbk": "gbk", "big5": "cp950",
                                    "utf-16": "utf-16"}), BASIC_FAMILIES, t2s_lines=True),
    "holdout12": Claims(_by_family({"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030",
                                    "big5hkscs": "big5hkscs", "utf-16": "utf-16"}),
                        {"utf-8", "gbk", "gb18030", "big5hkscs", "utf-16"}, t2s_lines=True,
                        doc_count=12),
}
NAMES = tuple(SETS)


def _load(set_name: str, module: str):
    spec = importlib.util.spec_from_file_location(f"{set_name}_checks_{module}",
                                                  FIXTURES / set_name / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@pytest.fixture(scope="module")
def generators():
    """set name → (make_docs, make_gold), loaded once per set on first use."""
    cache: dict[str, tuple] = {}

    def get(set_name: str):
        if set_name not in cache:
            make_docs = _load(set_name, "make_docs")   # puts holdout_kit on sys.path
            cache[set_name] = (make_docs, _load(set_name, "make_gold"))
        return cache[set_name]
    return get


def _rows(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]


def _text(set_name: str, make_docs, name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    data = (FIXTURES / set_name / "docs" / name).read_bytes()
    return data.decode(SETS[set_name].strict(make_docs, name))


@pytest.mark.parametrize("set_name", NAMES)
def test_folders_hold_exactly_the_sets_documents_and_their_gold(set_name, generators):
    """Nothing stray in a set's folders: with tests/test_holdout_generators.py (the files the
    generators write are byte for byte the committed ones) this pins what a set is."""
    make_docs, _ = generators(set_name)
    claims = SETS[set_name]
    docs = sorted(p.name for p in (FIXTURES / set_name / "docs").iterdir())
    assert docs == sorted(make_docs.DOCS)
    gold = sorted(p.name for p in (FIXTURES / set_name / "gold").iterdir())
    assert gold == sorted(Path(name).stem + ".jsonl" for name in make_docs.DOCS)
    if claims.doc_count is not None:
        assert len(docs) == claims.doc_count


@pytest.mark.parametrize("set_name", NAMES)
def test_every_document_has_well_formed_gold(set_name, generators):
    make_docs, _ = generators(set_name)
    claims = SETS[set_name]
    seen = set()
    for path in (FIXTURES / set_name / "gold").glob("*.jsonl"):
        rows = _rows(path)
        assert rows, path.name
        doc = rows[0]["doc"]
        assert {r["doc"] for r in rows} == {doc} and Path(doc).stem == path.stem
        assert all(r["section"] in SECTIONS and r["duty"].strip() for r in rows), doc
        if "edge_punct" in claims.gold_extra:
            assert all(r["duty"] == r["duty"].strip(" ；;。.，,") for r in rows), doc
        if "no_damage_marks" in claims.gold_extra:
            assert not any(ch in r["duty"] for r in rows for ch in "?&⟦⟧⟨⟩⟪⟫()"), doc
        if doc.endswith(".txt"):
            lines = len(_text(set_name, make_docs, doc).splitlines())
            assert all(1 <= r["line"] <= lines for r in rows), doc
        else:
            assert all(r["line"] == 0 for r in rows), doc
        seen.add(doc)
    assert seen == set(make_docs.DOCS)
    if claims.doc_count is not None:
        assert len(seen) == claims.doc_count


@pytest.mark.parametrize("set_name", NAMES)
def test_gold_lines_hold_the_start_of_their_item(set_name, generators):
    """A plain-text row's line holds the first characters of its duty in the undamaged text."""
    make_docs, make_gold = generators(set_name)
    claims = SETS[set_name]
    import holdout_kit as kit  # on sys.path once make_docs is loaded
    import opencc

    t2s = opencc.OpenCC("t2s")
    for path in (FIXTURES / set_name / "gold").glob("*.jsonl"):
        rows = _rows(path)
        doc = rows[0]["doc"]
        if not doc.endswith(".txt"):
            continue
        if claims.gold_from_undamaged:
            text = make_gold.undamaged(doc)
        else:
            raw, _codec, traditional, pinyin = make_docs.DOCS[doc]
            text = make_docs.render(make_docs.clean(raw), traditional, pinyin)
        if claims.t2s_lines and claims.gold_from_undamaged:
            text = t2s.convert(text)                # holdout6: the whole text, as before
        lines = text.splitlines()
        for row in rows:
            line = lines[row["line"] - 1]
            if claims.strip_pinyin:
                line = kit._PINYIN.sub("", line)
            if claims.t2s_lines and not claims.gold_from_undamaged:
                line = t2s.convert(line)
            assert kit.squeeze(row["duty"])[:4] in kit.squeeze(line), \
                (doc, row["line"], row["duty"])


@pytest.mark.parametrize("set_name", NAMES)
def test_each_document_decodes_strictly_in_its_claimed_encoding(set_name, generators):
    make_docs, _ = generators(set_name)
    claims = SETS[set_name]
    for name, family in make_docs.ENCODINGS.items():
        if claims.codec_in_family is not None:
            allowed = CODEC_FAMILIES[family] | claims.codec_in_family
            assert make_docs.CODECS[name] in allowed, name
        _text(set_name, make_docs, name)            # raises if the claim is false
    assert set(make_docs.ENCODINGS.values()) == claims.families
    if claims.both_suffixes:
        assert {Path(n).suffix for n in make_docs.DOCS} == {".txt", ".html"}


@pytest.mark.parametrize("set_name", NAMES)
def test_damage_never_changes_the_line_count(set_name, generators):
    """Gold lines are searched in the undamaged text: damage must keep every line in place."""
    make_docs, _ = generators(set_name)
    claims = SETS[set_name]
    for name, (text, _codec, traditional, pinyin) in make_docs.DOCS.items():
        if claims.damaged_html is None:
            damaged = make_docs.render(text, traditional, pinyin)
        else:
            damaged = make_docs.render(text, traditional, pinyin, claims.damaged_html(name))
        undamaged = make_docs.render(make_docs.clean(text), traditional,
                                     pinyin and claims.undamaged_pinyin)
        assert len(damaged.splitlines()) == len(undamaged.splitlines()), name
