"""Decoding: BOM, declared charsets (HTTP, both <meta> forms), detection, GBK/Big5 widening."""
from __future__ import annotations

import codecs

import pytest

from normalize.encoding import UndecodableError, canonical, decode, sniff_meta

SIMPLIFIED = "销售顾问岗位职责：1、负责展厅接待工作；2、跟进意向客户并按时回访。"
TRADITIONAL = "銷售顧問崗位職責：1、負責展廳接待工作；2、跟進意向客戶並按時回訪。"


@pytest.mark.parametrize("text,codec,expected", [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (TRADITIONAL, "utf-8", "utf-8"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "gb2312", "gb18030"),
    (TRADITIONAL, "gbk", "gb18030"),
    (TRADITIONAL, "big5", "cp950"),
])
def test_detects_each_encoding_without_declaration(text, codec, expected):
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected
    assert decoded.method == "detected"


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_wins(bom, codec):
    decoded = decode(bom + SIMPLIFIED.encode(codec))
    assert decoded.text.lstrip("\ufeff") == SIMPLIFIED
    assert decoded.method == "bom"


def test_meta_charset_both_forms():
    body = f"<p>{SIMPLIFIED}</p>".encode("gbk")
    short = b"<html><head><meta charset='gb2312'></head><body>" + body
    long = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">'
            b"</head><body>" + body)
    for page in (short, long):
        assert sniff_meta(page).lower() in ("gb2312", "gbk")
        decoded = decode(page, is_html=True)
        assert SIMPLIFIED in decoded.text
        assert decoded.method == "meta"
        assert decoded.encoding == "gb18030"


def test_http_charset_is_used_when_it_decodes():
    decoded = decode(TRADITIONAL.encode("big5"), http_charset="big5")
    assert decoded.text == TRADITIONAL
    assert decoded.method == "http"


def test_wrong_declaration_loses_to_the_encoding_that_decodes():
    # The server says UTF-8, the bytes are GBK: believing it would give replacement chars.
    decoded = decode(SIMPLIFIED.encode("gbk"), http_charset="utf-8")
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "gb18030"


def test_gbk_and_big5_names_widen_to_supersets():
    assert canonical("GB2312") == "gb18030"
    assert canonical("gbk") == "gb18030"
    assert canonical("Big5") == "cp950"
    assert canonical("no-such-charset") is None


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
])
def test_bad_bytes_raise_a_clear_error(data, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode(data)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec):
    # some Windows exports write UTF-16 with no BOM: its ASCII puts NULs on one side only
    text = "\r\n".join([SIMPLIFIED, TRADITIONAL, "3、每月10日前提交报表（A4纸打印）。"] * 3)
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == codec and decoded.method == "detected"


def test_binary_with_nuls_on_both_sides_is_still_binary():
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(6000)) + b"\x00" * 40
    with pytest.raises(UndecodableError, match="binary"):
        decode(data)
