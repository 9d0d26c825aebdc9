"""The ninth held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout9 (tests/fixtures/holdout9) is the set the team tunes on this session.  If a
refactor of the generator (or of tests/fixtures/holdout_kit.py) quietly dropped the damage (a
GBK byte slip, UTF-8 read as GBK, entities left in text, pinyin, OCR spacing, a Big5-HKSCS
page, a UTF-16-LE BOM), the score would rise for the wrong reason; these tests read the
committed bytes and would fail.  They never run the pipeline on the set: no score floor here
(the lead adds one after scoring it).
"""
# The checks every set shares (folders hold only the set's files, gold well formed, gold
# lines hold their items, strict decoding, damage keeps the line count) run in
# tests/test_holdout_fixture_checks.py; committed files == generator output in
# tests/test_holdout_generators.py.
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout9"
DOCS = SET / "docs"
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "big5": "big5hkscs", "utf-16": "utf-16"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout9_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_docs():
    return _load("make_docs")


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


def test_names_follow_the_convention(make_docs):
    assert len(make_docs.DOCS) == 12
    for name in make_docs.DOCS:
        assert re.fullmatch(r"f\d\d_[a-z0-9]+_[a-z0-9_]+\.(txt|html)", name), name


# --- encodings -------------------------------------------------------------------------------
def test_gbk_documents_are_not_utf8():
    for name in ("f02_papermill_table_gbk.html", "f04_bookshop_tsv_slip_gbk.txt"):
        with pytest.raises(UnicodeDecodeError):
            (DOCS / name).read_bytes().decode("utf-8")


def test_hong_kong_page_is_big5_hkscs_traditional():
    data = (DOCS / "f11_postoffice_hk_big5hkscs.html").read_bytes()
    text = data.decode("big5hkscs")
    assert "charset=big5-hkscs" in text
    assert "郵務員" in text and "櫃枱" in text and "邮务员" not in text


def test_utf16_le_with_bom():
    data = (DOCS / "f12_toll_pinyin_utf16le_bom.txt").read_bytes()
    assert data[:2] == b"\xff\xfe"
    text = data[2:].decode("utf-16-le")
    assert "收费员" in text and "\ufeff" not in text


# --- page types and damage ---------------------------------------------------------------------
def test_gbk_byte_slip_is_in_the_bytes():
    text = _text("f04_bookshop_tsv_slip_gbk.txt")
    assert "?" in text and "核对收银系统" not in text
    assert "店长\t制定排班表" in text                     # the undamaged lines stay clean


def test_utf8_read_as_gbk_paragraph():
    text = _text("f07_cosmetics_ul_u8gbk_utf8.html")
    assert "负责原料、包材" not in text
    assert "负责原料、包材".encode("utf-8").decode("gbk", errors="replace")[:4] in text
    assert "按原料标准检验外观" in text                    # the rest of the page is clean


def test_html_entities_are_left_in_text():
    text = _text("f05_wedding_weibo_entities_utf8.txt")
    for entity in ("&ldquo;", "&rdquo;", "&amp;", "&hellip;", "&nbsp;", "&#12289;"):
        assert entity in text, entity
    assert "#婚礼策划师招聘#" in text and "转发 128" in text and "@喜事汇婚礼策划" in text


def test_inline_pinyin_annotations():
    text = _text("f12_toll_pinyin_utf16le_bom.txt")
    assert "职责(zé)" in text and "逃(táo)费" in text


def test_ocr_spacing_and_full_width_digits():
    text = _text("f06_welding_ocr_utf8.txt")
    assert "焊 工 岗 位 职 责" in text and "２ ０ ｍ ｍ" in text and "９ ５ ％" in text


def test_jsonld_carries_the_same_description():
    text = _text("f01_ambulance_jsonld_utf8.html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "JobPosting"
    body = text[block.end():]
    for line in data["description"].splitlines()[1:]:
        assert line in body, line


def test_two_copies_and_site_cruft():
    text = _text("f10_newspaper_twocopies_utf8.html")
    assert text.count("签付印前通读大样") == 2
    assert "上一篇" in text and "下一篇" in text and "分享到" in text and "版权所有" in text
