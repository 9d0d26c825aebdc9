"""The thirteenth held-out set is what its generators write and carries the encodings and
damage it claims.

Why: holdout13 (tests/fixtures/holdout13) is the set the team tunes on; if a generator edit
quietly dropped the damage (raw GBK byte slips, UTF-8 or Big5 read as GBK, numeric entities,
inline pinyin, a lying gb2312 label over GB18030 bytes, BOMs), scores would rise for the wrong
reason.  These tests read the committed bytes; they never run the pipeline (no score floor).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import opencc
import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout13"
DOCS = SET / "docs"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout13_test_{name}", SET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE_DOCS = _load("make_docs")       # puts holdout_kit on sys.path
MAKE_GOLD = _load("make_gold")
import holdout_kit as kit  # noqa: E402


def _decoded(name: str) -> str:
    """A committed document decoded in its claimed codec (a slipped one with U+FFFD)."""
    return kit.decode_raw((DOCS / name).read_bytes(), MAKE_DOCS.CODECS[name], MAKE_DOCS.DOCS[name][0])


# generators == committed files, and every document decoding with only its marked lines
# damaged: tests/test_holdout_generators.py and tests/test_holdout_raw_damage.py


# --- encodings ---------------------------------------------------------------------------------
def test_every_encoding_of_the_brief_is_present():
    codecs = set(MAKE_DOCS.CODECS.values())
    assert {"gbk", "gb18030", "big5", "utf-8-sig", "utf-16-le", "utf-8"} <= codecs
    assert (DOCS / "n05_equestrian_markdown_bom_utf8.txt").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert (DOCS / "n08_mushroom_twocolumn_utf16le.txt").read_bytes()[:2] == b"\xff\xfe"
    assert b"charset" not in (DOCS / "n01_archaeology_58listing_u8gbk_utf8.html").read_bytes()
    assert "開鎖技師" in _decoded("n04_locksmith_pdfdump_big5.txt")   # Traditional Big5


def test_gb2312_label_lies_over_gb18030_bytes():
    page = (DOCS / "n03_escaperoom_wechat_slip_gb18030.html").read_bytes()
    assert b'charset="gb2312"' in page
    assert "🔥".encode("gb18030") in page          # four-byte GB18030, no GB2312/GBK form
    with pytest.raises(UnicodeDecodeError):
        page.decode("gb2312")
    with pytest.raises(UnicodeEncodeError):
        "🔥".encode("gbk")


# --- damage ------------------------------------------------------------------------------------
def _line(name: str, clean_part: str) -> tuple[str, str]:
    """(decoded line, undamaged line) of the line whose undamaged text holds `clean_part`."""
    want = MAKE_GOLD.undamaged(name).splitlines()
    i = next(i for i, ln in enumerate(want) if clean_part in ln)
    return _decoded(name).splitlines()[i], want[i]


def test_raw_byte_slips_are_in_the_bytes():
    for name, codec in (("n02_watchrepair_nested_slip_gbk.txt", "gbk"),
                        ("n12_weather_flatnotice_slip_gbk.txt", "gbk"),
                        ("n03_escaperoom_wechat_slip_gb18030.html", "gb18030")):
        data = (DOCS / name).read_bytes()
        assert len(data) == len(MAKE_GOLD.undamaged(name).encode(codec)) - 1
    got, _ = _line("n02_watchrepair_nested_slip_gbk.txt", "清洗零件")
    assert "清洗零件" not in got and got.endswith("2次以上返修的要报店长；")   # resyncs at ASCII
    got, _ = _line("n12_weather_flatnotice_slip_gbk.txt", "按要求向上级")
    assert "按要求" not in got
    got, want = _line("n03_escaperoom_wechat_slip_gb18030.html", "惊吓过度")
    assert "通知店长" in want and "惊吓" not in got and "通知店长" not in got  # runs to line end


def test_utf8_read_as_gbk_paragraph():
    text = _decoded("n01_archaeology_58listing_u8gbk_utf8.html")
    assert "鑰冨彜" in text and "考古、文物保护" not in text
    assert "持有考古发掘技工证书者优先" in text


def test_big5_read_as_gbk_paragraph_in_utf8_page():
    text = _decoded("n10_bowling_qa_big5gbk_utf8.html")
    for clean in ("核对账目", "核對賬目", "置瓶机", "置瓶機"):
        assert clean not in text
    assert "每周给球道打油保养" in text
    trad = opencc.OpenCC("s2tw").convert("每天开馆前检查置瓶机和回球机")
    assert trad.encode("cp950").decode("gbk", errors="replace") in text


def test_numeric_entities_and_pinyin():
    page = _decoded("n06_pianoshop_msword_ncr_utf8.html")
    assert "&#32844;&#36131;" in page and "MsoNormal" in page and "<o:p>" in page
    assert "老客户" not in page
    text = _decoded("n09_laundry_forum_pinyin_utf8.txt")
    assert "职责(zé)" in text and "熨(yùn)烫" in text


# gold rows clean and well formed: tests/test_holdout_raw_damage.py
