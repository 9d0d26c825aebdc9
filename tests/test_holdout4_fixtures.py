"""The fourth held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout4 (tests/fixtures/holdout4) is the project's honest figure for unseen pages, scored
once by the lead.  If a refactor of the generator quietly dropped the damage (a byte slip,
entities left in text, pinyin, a Taiwan-vocabulary Big5 page, GBK-only characters under a
GB2312 label, UTF-16-LE without a BOM, CRLF with tabs), the score would rise for the wrong
reason; these tests read the committed bytes and would fail.  They never run the pipeline on
the set: no score floor here (the lead adds one after scoring it).
"""
# The checks every set shares (folders hold only the set's files, gold well formed, gold
# lines hold their items, strict decoding, damage keeps the line count) run in
# tests/test_holdout_fixture_checks.py; committed files == generator output in
# tests/test_holdout_generators.py.
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout4"
DOCS = SET / "docs"
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "big5": "cp950", "utf-16": "utf-16-le"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout4_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


# --- encodings ---------------------------------------------------------------------------------
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
