"""The fourth held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout4 (tests/fixtures/holdout4) is the project's honest figure for unseen pages, scored
once by the lead.  If a refactor of the generator quietly dropped the damage (a byte slip,
entities left in text, pinyin, a Taiwan-vocabulary Big5 page, GBK-only characters under a
GB2312 label, UTF-16-LE without a BOM, CRLF with tabs), the score would rise for the wrong
reason; these tests read the committed bytes and would fail.  They never run the pipeline on
the set: no score floor here (the lead adds one after scoring it).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout4"
DOCS = SET / "docs"
GOLD = SET / "gold"
SECTIONS = {"duty", "summary", "requirement", "authority"}
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "big5": "cp950", "utf-16": "utf-16-le"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout4_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_docs():
    return _load("make_docs")


@pytest.fixture(scope="module")
def make_gold():
    return _load("make_gold")


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


# --- the committed files are the generators' output: tests/test_holdout_generators.py ---------
def test_every_document_has_well_formed_gold(make_docs):
    seen = set()
    for path in GOLD.glob("*.jsonl"):
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
        assert rows, path.name
        doc = rows[0]["doc"]
        assert {r["doc"] for r in rows} == {doc} and Path(doc).stem == path.stem
        assert all(r["section"] in SECTIONS and r["duty"].strip() for r in rows), doc
        if doc.endswith(".txt"):
            lines = len(_text(doc).splitlines())
            assert all(1 <= r["line"] <= lines for r in rows), doc
        else:
            assert all(r["line"] == 0 for r in rows), doc
        seen.add(doc)
    assert seen == set(make_docs.DOCS)


def test_gold_lines_hold_the_start_of_their_item(make_docs, make_gold):
    """A plain-text row's line holds the first characters of its duty in the undamaged text."""
    import holdout_kit as kit  # on sys.path once make_docs is loaded

    for path in GOLD.glob("*.jsonl"):
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
        doc = rows[0]["doc"]
        if not doc.endswith(".txt"):
            continue
        text, _codec, traditional, pinyin = make_docs.DOCS[doc]
        lines = make_docs.render(make_docs.clean(text), traditional, pinyin).splitlines()
        for row in rows:
            line = kit.squeeze(kit._PINYIN.sub("", lines[row["line"] - 1]))
            assert kit.squeeze(row["duty"])[:4] in line, (doc, row["line"], row["duty"])


# --- encodings ---------------------------------------------------------------------------------
def test_each_document_decodes_strictly_in_its_claimed_encoding(make_docs):
    for name, family in make_docs.ENCODINGS.items():
        assert family in STRICT, name
        (DOCS / name).read_bytes().decode(STRICT[family])   # raises if the claim is false
    families = set(make_docs.ENCODINGS.values())
    assert families == {"utf-8", "gbk", "big5", "utf-16"}
    suffixes = {Path(n).suffix for n in make_docs.DOCS}
    assert suffixes == {".txt", ".html"}


def test_gb2312_label_over_gbk_only_characters():
    page = (DOCS / "c02_health_notice_gb2312.html").read_bytes()
    assert b"charset=gb2312" in page
    text = page.decode("gbk")
    assert "昇平、堃华两个社区" in text                # GBK-only characters inside a duty row
    with pytest.raises(UnicodeDecodeError):
        page.decode("gb2312")


def test_utf16_le_without_bom_and_with_crlf():
    data = (DOCS / "c09_unilab_utf16le.txt").read_bytes()
    assert data[:2] not in (b"\xff\xfe", b"\xfe\xff")
    text = data.decode("utf-16-le")
    assert "\r\n" in text and "实验室管理员" in text
    assert text.count("\r\n") == text.count("\n")


def test_crlf_text_with_tabs():
    text = (DOCS / "c05_courier_crlf_gbk.txt").read_bytes().decode("gbk")
    assert text.count("\r\n") == text.count("\n") > 20
    assert "1.\t全面负责驿站日常运营" in text and "\t\t3个工作日内" in text


def test_taiwan_page_is_big5_with_taiwan_vocabulary():
    text = (DOCS / "c08_funeral_tw_big5.html").read_bytes().decode("cp950")
    assert "charset=big5" in text and "禮儀師" in text
    assert "軟體" in text and "影片" in text and "列印" in text     # s2twp phrases
    assert "软件" not in text and "軟件" not in text


# --- damage ------------------------------------------------------------------------------------
def test_gbk_byte_slip_is_in_the_bytes():
    text = _text("c13_driving_slip_gbk.txt")
    assert "?" in text and "教练车的制动" not in text and "录入学员" not in text
    assert "文明施教，不得辱骂、刁难学员" in text       # the undamaged lines stay clean


def test_html_entities_are_left_in_text():
    text = _text("c11_realestate_entities_utf8.txt")
    for entity in ("&ldquo;", "&rdquo;", "&hellip;", "&middot;", "&#x3001;", "&amp;", "&nbsp;",
                   "&#65292;"):
        assert entity in text, entity
    assert "置业顾问" in text and "“房客源”" not in text


def test_inline_pinyin_annotations():
    text = _text("c12_housekeeping_pinyin_utf8.txt")
    assert "职责(zé)" in text and "被褥(rù)" in text and "育婴(yīng)员" in text


def test_damage_never_changes_the_line_count(make_docs):
    """Gold lines are searched in the undamaged text: damage must keep every line in place."""
    for name, (text, _codec, traditional, pinyin) in make_docs.DOCS.items():
        damaged = make_docs.render(text, traditional, pinyin)
        undamaged = make_docs.render(make_docs.clean(text), traditional, pinyin)
        assert len(damaged.splitlines()) == len(undamaged.splitlines()), name
