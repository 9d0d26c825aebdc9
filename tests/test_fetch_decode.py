"""Decoding fetched bytes when declarations lie and bodies are cut: the bytes decide, the choice is recorded."""
from __future__ import annotations

import pytest

from normalize.encoding import decode

SIMPLIFIED = "仓库管理员岗位职责：一、负责货物的入库验收；二、定期盘点库存。"
TRADITIONAL = "會計主管崗位職責：一、負責日常會計核算工作；二、編製財務報表。"
SHORT_TRAD = "5.為本部門和其他部門決策提供信息支持。"      # Big5 bytes that GB18030 decodes without error (to kana and symbols)
CODECS = {"utf-8": "utf-8", "gbk": "gb18030", "big5": "cp950"}


def _cases():
    for text in (SIMPLIFIED, TRADITIONAL, SHORT_TRAD):
        for real in CODECS:
            try:
                text.encode(real)
            except UnicodeEncodeError:
                continue
            for claim in (None, *CODECS):
                yield text, real, claim


@pytest.mark.parametrize("text,real,claim", list(_cases()))
@pytest.mark.parametrize("cut", [False, True])
def test_bytes_win_over_any_declaration(text, real, claim, cut):
    data = text.encode(real)
    if cut:
        data = data[:-1]                     # the body ends inside the last (multibyte) character
    decoded = decode(data, claim)
    assert decoded.encoding == CODECS[real], decoded.candidates
    assert decoded.text.startswith(text[:-1])
    assert decoded.errors == (1 if cut else 0)
    assert decoded.method == ("http" if claim and CODECS[claim] == CODECS[real] else "detected")
    if claim:
        assert decoded.declared == claim
        assert decoded.candidates[0].startswith(f"http:{CODECS[claim]} ")


def test_meta_after_long_inline_scripts_is_found():
    head = "<html><head>" + "<script>var x = 1;</script>" * 400 + '<meta charset="gbk"></head><body>'
    decoded = decode(head.encode() + SIMPLIFIED.encode("gbk"), is_html=True)
    assert decoded.method == "meta" and SIMPLIFIED in decoded.text


def test_a_clean_but_implausible_declaration_loses_and_says_why():
    decoded = decode(SHORT_TRAD.encode("big5"), "gbk")
    assert decoded.encoding == "cp950"
    gbk, big5 = decoded.candidates[0], next(c for c in decoded.candidates if c.startswith("detected:cp950"))
    assert "errors=0" in gbk and "errors=0" in big5
    assert float(gbk.split("plausible=")[1]) < float(big5.split("plausible=")[1])
