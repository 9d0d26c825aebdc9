"""Sets whose damage is made in the raw bytes (holdout13 on) decode as their pages will.

Why: a slip made in the encoded bytes, or a paragraph of UTF-8 or Big5 read as GBK, must change
the lines its markup touches and nothing else, or the set measures damage it does not claim.
The same checks for every such set, with its gold's shape (the per-set tests keep their own
damage claims).
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import opencc

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = ("holdout13", "holdout14")
# rows each set's gold holds, and how many lines from a row's `line` its item may start in
# (holdout14's wrapped table cells can open an item at the end of the line before)
ROWS = {"holdout13": 101, "holdout14": 121}
SPAN = {"holdout13": 1, "holdout14": 2}
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def _load(set_name: str, module: str):
    spec = importlib.util.spec_from_file_location(f"{set_name}_raw_{module}",
                                                  FIXTURES / set_name / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


GENERATORS = {s: (_load(s, "make_docs"), _load(s, "make_gold")) for s in SETS}
import holdout_kit as kit  # noqa: E402  (on sys.path once a make_docs is loaded)

CASES = [(s, name) for s in SETS for name in sorted(GENERATORS[s][0].DOCS)]


@pytest.mark.parametrize("set_name", SETS)
def test_set_has_twelve_documents(set_name):
    assert len(GENERATORS[set_name][0].DOCS) == 12


@pytest.mark.parametrize("set_name,name", CASES)
def test_doc_decodes_in_claimed_codec_with_undamaged_lines(set_name, name):
    make_docs, make_gold = GENERATORS[set_name]
    source = make_docs.DOCS[name][0]
    data = (FIXTURES / set_name / "docs" / name).read_bytes()
    got = kit.decode_raw(data, make_docs.CODECS[name], source).splitlines()
    want = make_gold.undamaged(name).splitlines()
    assert len(got) == len(want)
    differing = [i for i, (a, b) in enumerate(zip(got, want)) if a != b]
    assert differing == kit.marked_lines(source)      # the damaged lines and nothing else


@pytest.mark.parametrize("set_name", SETS)
def test_gold_rows_are_clean_and_well_formed(set_name):
    make_gold = GENERATORS[set_name][1]
    t2s = opencc.OpenCC("t2s")
    total = 0
    for path in sorted((FIXTURES / set_name / "gold").glob("*.jsonl")):
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]
        assert rows, path.name
        for row in rows:
            total += 1
            assert row["doc"] == path.stem + Path(row["doc"]).suffix
            assert row["section"] in ("duty", "summary", "requirement", "authority")
            assert row["duty"] and t2s.convert(row["duty"]) == row["duty"]
            assert "\ufffd" not in row["duty"] and "(" not in row["duty"] and "&#" not in row["duty"]
            assert (row["line"] == 0) == row["doc"].endswith(".html")
            if row["line"]:
                lines = make_gold.undamaged(row["doc"]).splitlines()
                span = "".join(lines[row["line"] - 1:row["line"] - 1 + SPAN[set_name]])
                assert row["duty"][:4] in _PINYIN.sub("", t2s.convert(span)), row
    assert total == ROWS[set_name]
