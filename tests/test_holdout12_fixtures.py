"""The twelfth held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout12 (tests/fixtures/holdout12) is the set the team tunes on this session.  If a
generator change quietly dropped the damage (GBK byte slip, GBK read as Windows-1252, UTF-8
read as GBK, entities left in text, inline pinyin, Hong Kong Big5-HKSCS characters, a
UTF-16-BE BOM, CRLF), the score would rise for the wrong reason; these tests read the
committed bytes and would fail.  They never run the pipeline on the set: no score floor here.
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
SET = REPO / "tests" / "fixtures" / "holdout12"
DOCS = SET / "docs"
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5hkscs": "big5hkscs",
          "utf-16": "utf-16"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout12_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


# --- encodings ---------------------------------------------------------------------------------
def test_big5_hkscs_text_needs_hkscs():
    data = (DOCS / "k07_signlanguage_hk_big5hkscs.txt").read_bytes()
    text = data.decode("big5hkscs")
    assert "手語傳譯員" in text and "我哋" in text
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp950")                                # HKSCS-only characters


def test_utf16_be_with_bom():
    data = (DOCS / "k08_pool_shouxian_utf16be.txt").read_bytes()
    assert data[:2] == b"\xfe\xff"
    text = data[2:].decode("utf-16-be")
    assert "首先，" in text and "；其次，" in text and "最后，" in text


def test_gb18030_text_is_not_utf8():
    data = (DOCS / "k04_photostudio_prose_gb18030.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "后期修图师" in data.decode("gb18030")


def test_crlf_text_with_entities_left_in():
    text = _text("k09_teahouse_entities_crlf_utf8.txt")
    assert text.count("\r\n") == text.count("\n") > 15
    for entity in ("&ldquo;", "&rdquo;", "&amp;", "&mdash;", "&#xff08;", "&nbsp;"):
        assert entity in text, entity
    assert "“一泡一品”" not in text


# --- damage ------------------------------------------------------------------------------------
def test_gbk_byte_slip_is_in_the_bytes():
    text = _text("k11_vending_notice_slip_gbk.txt")
    assert "?" in text and "清洁机器的" not in text
    assert "临期商品（剩余7天以内）下架带回仓库" in text


def test_gbk_read_as_windows_1252_paragraph():
    text = _text("k10_dyeing_w1252_utf8.txt")
    assert "È¾É«" in text and "染色过程中" not in text       # 染色 as Windows-1252
    assert "监控污水站进出水" in text                          # the other paragraphs clean
    lines = [ln for ln in text.splitlines() if "È¾É«" in ln]
    repaired = lines[0].encode("latin-1").decode("gbk")     # the bytes are all still there
    assert repaired.startswith("2. 染色过程中每30分钟取样对色")


def test_utf8_read_as_gbk_paragraph():
    text = _text("k12_bikeshare_olstart_u8gbk_utf8.html")
    assert "鍏峰" in text and "自行车维修技能" not in text
    assert '<ol start="5">' in text and "负责车辆的刹车" in text


def test_inline_pinyin_annotations():
    text = _text("k02_phonerepair_wiki_utf8.txt")
    assert "职责(zé)" in text and "屏(píng)幕" in text and "焊(hàn)接" in text
    assert "== 维修技师 ==" in text and "\n# 负责" in text
