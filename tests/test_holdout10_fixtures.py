"""The tenth held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout10 (tests/fixtures/holdout10) is the set the team tunes on this session.  If a
refactor of the generator quietly dropped the damage (a GBK byte slip, UTF-8 read as GBK,
entities left in text, inline pinyin, 4-byte GB18030 characters, Big5, UTF-16-BE with a BOM,
CRLF with trailing spaces), the set would measure something easier; these tests read the
committed bytes and would fail.  They never run the pipeline on the set: no score floor here
(the lead adds one after scoring it).
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
SET = REPO / "tests" / "fixtures" / "holdout10"
DOCS = SET / "docs"
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "cp950",
          "utf-16": "utf-16"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout10_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


# --- encodings ---------------------------------------------------------------------------------
def test_gb18030_text_holds_four_byte_characters_in_names():
    data = (DOCS / "g04_quarry_zerenzhi_gb18030.txt").read_bytes()
    text = data.decode("gb18030")
    assert "陈𠮷林" in text and "安全员𬌗国强" in text
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")


def test_utf16_be_with_bom():
    data = (DOCS / "g12_seafood_pinyin_utf16be.txt").read_bytes()
    assert data[:2] == b"\xfe\xff"
    assert data[2:].decode("utf-16-be").startswith("水产品批发市场")


def test_big5_pdf_dump_is_traditional():
    text = _text("g09_travel_pdfdump_big5.txt")
    assert "門市銷售顧問" in text and "計調" in text and "第 2 頁 共 2 頁" in text
    assert "门市" not in text


def test_crlf_with_trailing_spaces():
    text = (DOCS / "g11_kitchen_crlf_slip_gbk.txt").read_bytes().decode("gbk")
    assert text.count("\r\n") == text.count("\n") > 15
    assert "各班组人员   \t\r\n" in text and "★ 生产主管   \r\n" in text


# --- damage ------------------------------------------------------------------------------------
def test_gbk_byte_slip_is_in_the_bytes():
    text = _text("g11_kitchen_crlf_slip_gbk.txt")
    assert "?" in text and "按配送路线准时送达门店" not in text
    assert "与门店人员当面交接并签字" in text          # the rest of the line stays clean


def test_utf8_read_as_gbk_in_one_paragraph():
    text = _text("g10_marina_trrows_u8gbk_utf8.html")
    assert "岗位概述：" in text and "第一责任人" not in text and "?" in text
    assert "负责泊位分配和进出港调度" in text           # the other rows stay clean


def test_html_entities_are_left_in_text():
    txt = _text("g03_moulding_zhaopin_entities_utf8.txt")
    for entity in ("&ldquo;", "&rdquo;", "&#12289;", "&hellip;"):
        assert entity in txt, entity
    html = _text("g07_football_wukong_entities_utf8.html")
    assert "&amp;mdash;&amp;mdash;" in html and "&amp;#12289;" in html


def test_inline_pinyin_annotations():
    text = _text("g12_seafood_pinyin_utf16be.txt")
    assert "负责(zé)" in text and "活鲟(xún)" in text and "冷冻(dòng)库" in text
