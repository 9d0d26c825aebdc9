"""The third held-out set really carries the encodings and damage it claims.

Why: holdout3 (tests/fixtures/holdout3) measures generalisation on damage users meet (a GBK
byte slip, numeric references left in text, UTF-8 read as GBK, GBK read as CP1252) and on
encodings the earlier sets lack (GB18030 with a character GBK cannot hold, a UTF-8 BOM, a
<meta charset> that lies).  If a refactor of the generator quietly dropped the damage, the
score would rise for the wrong reason; these tests read the committed bytes and would fail.
The score itself is guarded in tests/test_holdout.py.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout3"
DOCS = SET / "docs"


def _make_docs():
    spec = importlib.util.spec_from_file_location("holdout3_make_docs", SET / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gbk_byte_slip_is_in_the_bytes():
    text = (DOCS / "b10_printing_slip_gbk.txt").read_bytes().decode("gbk")
    assert "?" in text and "油墨纸张" not in text and "缺页倒页" not in text
    assert "负责本机台的印刷生产" in text          # the undamaged lines stay clean


def test_numeric_references_are_left_in_text():
    text = (DOCS / "b11_cinema_ncr_utf8.txt").read_text(encoding="utf-8")
    assert "&#25918;&#26144;&#21592;" in text     # 放映员
    assert "放映员" not in text and "&nbsp;" in text and "&amp;" in text


def test_utf8_read_as_gbk_paragraph():
    text = (DOCS / "b12_port_u8gbk_utf8.txt").read_text(encoding="utf-8")
    assert "龙门吊司机" not in text
    assert "2、作业前".encode("utf-8").decode("gbk") in text   # 2銆佷綔涓氬墠
    assert "理货员岗位职责" in text                 # the other paragraphs are clean


def test_gbk_read_as_cp1252_paragraph():
    text = (DOCS / "b13_gas_1252_utf8.txt").read_text(encoding="utf-8")
    assert "加油员" not in text
    assert "¼ÓÓÍÔ±" in text                       # 加油员 as GBK bytes read as CP1252
    assert "便利店店员职责" in text


def test_gb18030_document_holds_a_character_gbk_lacks():
    data = (DOCS / "b07_railway_gb18030.txt").read_bytes()
    text = data.decode("gb18030")
    rare = "𠮷"
    assert rare in text
    try:
        rare.encode("gbk")
    except UnicodeEncodeError:
        pass
    else:  # pragma: no cover - would make the document plain GBK
        raise AssertionError("the rare character is in GBK after all")


def test_bom_and_lying_meta():
    assert (DOCS / "b08_museum_bom_utf8.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    page = (DOCS / "b09_water_meta_lies_gbk.html").read_bytes()
    assert b'charset="utf-8"' in page
    assert page.decode("gbk").count("岗位职责") >= 3
    try:
        page.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("the page is valid UTF-8: its meta would not be lying")


def test_traditional_page_is_big5():
    assert "職責" in (DOCS / "b06_gym_hk_big5.html").read_bytes().decode("cp950")


def test_damage_never_changes_the_line_count():
    """Gold lines are searched in the undamaged text: damage must keep every line in place."""
    make_docs = _make_docs()
    for name, (text, _codec, traditional, pinyin) in make_docs.DOCS.items():
        damaged = make_docs.render(text, traditional, pinyin)
        assert len(damaged.splitlines()) == len(make_docs.clean(text).splitlines()), name


def test_the_pipeline_flags_a_lying_meta_charset_and_decodes_the_bytes():
    from pipeline.process import Input, process_input

    path = DOCS / "b09_water_meta_lies_gbk.html"
    doc = process_input(Input(str(path), str(path))).document
    assert doc["declared_charset"].lower() == "utf-8"
    assert doc["encoding"] in {"gbk", "gb18030", "gb2312"}
