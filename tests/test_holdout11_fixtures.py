"""The eleventh held-out set is what its generators write and carries the encodings and damage
it claims.

Why: holdout11 (tests/fixtures/holdout11) is the set the team tunes on this session.  If a
refactor of the generator quietly dropped the damage (a GBK byte slip, UTF-8 read as GBK,
entities left in text, pinyin, form feeds, a Big5 Taiwan handbook, a GB2312 text, UTF-16-LE
and UTF-8 BOMs), the score would rise for the wrong reason; these tests read the committed
bytes and would fail.  They never run the pipeline on the set: no score floor here (the lead
adds one after scoring it).
"""
# The checks every set shares (folders hold only the set's files, gold well formed, gold
# lines hold their items, strict decoding, damage keeps the line count) run in
# tests/test_holdout_fixture_checks.py; committed files == generator output in
# tests/test_holdout_generators.py.
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout11"
DOCS = SET / "docs"
GOLD = SET / "gold"
# codec family → the strict Python codec the committed bytes must decode with
STRICT = {"utf-8": "utf-8", "gbk": "gbk", "big5": "cp950", "utf-16": "utf-16"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout11_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(name: str) -> str:
    """A committed document decoded strictly in the encoding make_docs claims for it."""
    return (DOCS / name).read_bytes().decode(STRICT[_load("make_docs").ENCODINGS[name]])


def _rows(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]


def test_gold_duties_are_clean_simplified_text():
    """Expected rows carry the repaired text: no entities, pinyin, `?` or mojibake."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    for path in GOLD.glob("*.jsonl"):
        for row in _rows(path):
            duty = row["duty"]
            assert "&" not in duty and "?" not in duty and "(" not in duty, duty
            assert t2s.convert(duty) == duty or row["doc"].startswith("m08"), duty


# --- encodings ---------------------------------------------------------------------------------
def test_gb2312_text_is_strict_gb2312_with_roman_numerals_and_bullets():
    data = (DOCS / "m06_salon_roman_gb2312.txt").read_bytes()
    text = data.decode("gb2312")                           # strict: only GB2312 characters
    for mark in ("Ⅰ 店长", "Ⅱ 发型师", "Ⅲ 洗护助理", "◆ 工作职责", "◇ 任职要求", "▲ ", "● "):
        assert mark in text, mark
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_utf16_le_with_bom():
    data = (DOCS / "m09_ktv_gongwen_utf16le_bom.txt").read_bytes()
    assert data[:2] == b"\xff\xfe"
    text = data[2:].decode("utf-16-le")
    assert "一是全面负责本店消防安全工作" in text and "第二，督促服务员" in text


def test_utf8_bom_html():
    data = (DOCS / "m07_icerink_h4emsp_bom_utf8.html").read_bytes()
    assert data[:3] == b"\xef\xbb\xbf"
    text = data.decode("utf-8-sig")
    assert "<h4>岗位职责</h4>" in text and "<p>&emsp;&emsp;1、负责冰面" in text


def test_taiwan_handbook_is_big5_traditional():
    text = _text("m08_jewellery_twhandbook_big5.txt")
    assert "門市店長" in text and "員工手冊" in text and "门市" not in text


def test_page_types_are_present():
    assert "<pre>" in _text("m02_kiln_pre_utf8.html")
    assert '<div class="page" data-page="2">' in _text("m03_annotation_viewer_u8gbk_utf8.html")
    assert '<td rowspan="4">船长</td>' in _text("m04_fishing_rowspan_gbk.html")
    assert "<textarea" in _text("m10_lottery_textarea_entities_utf8.html")
    assert "<details open><summary>靶场安全官</summary>" in _text("m12_archery_details_utf8.html")
    table = _text("m01_aircraft_pdftable_utf8.txt")
    assert "2     航线放行工程师  按工卡完成" in table and "第 2 页 共 2 页" in table


def test_form_feeds_and_full_width_numbers():
    text = _text("m05_glass_formfeed_slip_gbk.txt")
    assert text.count("\n\f\n") == 2 and "１．负责熔窑的温度" in text


# --- damage ------------------------------------------------------------------------------------
def test_gbk_byte_slip_is_in_the_bytes():
    text = _text("m05_glass_formfeed_slip_gbk.txt")
    assert "检查小炉" not in text and "?" in text
    assert "蓄热室有无堵塞和烧损" in text                    # the rest of the line stays clean


def test_utf8_read_as_gbk_in_one_paragraph():
    text = _text("m03_annotation_viewer_u8gbk_utf8.html")
    assert "对标注员提交的数据" not in text and "整批退回返工" not in text
    assert "瀵规爣娉" in text                                # 对标注 as GBK
    assert "每周汇总质检数据" in text                          # the next item is clean


def test_html_entities_are_left_in_text():
    text = _text("m10_lottery_textarea_entities_utf8.html")
    for entity in ("&amp;ldquo;", "&amp;rdquo;", "&amp;#12289;", "&amp;#xff0c;"):
        assert entity in text, entity
    assert "“余额、纸卷”" not in text


def test_inline_pinyin_annotations():
    text = _text("m11_tyre_flatline_pinyin_utf8.txt")
    assert "胎(tāi)体" in text and "硫(liú)化" in text and "职责(zé)" in text
