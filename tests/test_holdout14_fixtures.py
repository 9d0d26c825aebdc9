"""The fourteenth held-out set is what its generators write and carries the encodings and
damage it claims.

Why: holdout14 (tests/fixtures/holdout14) is this session's untouched set, scored once at the
end; if a generator edit quietly dropped the damage (raw GBK byte slips, UTF-8 or Big5 read as
GBK, numeric entities, inline pinyin, BOMs, a gbk meta label), the honest figure would rise for
the wrong reason.  These tests read the committed bytes; they never run the pipeline (no score
floor).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import opencc
import pytest

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "fixtures" / "holdout14"
DOCS = SET / "docs"
GRAIN = "p01_graindepot_recruitannex_slip_gbk.txt"
CEMENT = "p03_cement_jdsheet_slip_gb18030.txt"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout14_test_{name}", SET / f"{name}.py")
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
    codecs = MAKE_DOCS.CODECS
    kinds = {(codec, Path(name).suffix) for name, codec in codecs.items()}
    assert {("gbk", ".txt"), ("gb18030", ".txt"), ("big5", ".txt"), ("utf-8", ".html"),
            ("utf-8-sig", ".txt"), ("utf-16-le", ".txt"), ("gbk", ".html")} <= kinds
    assert (DOCS / "p07_saltworks_wordtabs_bom_utf8.txt").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert (DOCS / "p08_hearingaid_csv_utf16le.txt").read_bytes()[:2] == b"\xff\xfe"
    assert b'<meta charset="utf-8">' in (DOCS / "p04_lighthouse_oa_nestedlist_utf8.html").read_bytes()
    gbk_page = (DOCS / "p05_shootingrange_oldasp_gbk.html").read_bytes()
    assert b"charset=gbk" in gbk_page
    with pytest.raises(UnicodeDecodeError):
        gbk_page.decode("utf-8")
    assert "煙火裝填作業員" in _decoded("p10_fireworks_contractannex_big5.txt")  # Traditional


# --- damage ------------------------------------------------------------------------------------
def _line(name: str, clean_part: str) -> tuple[str, str]:
    """(decoded line, undamaged line) of the line whose undamaged text holds `clean_part`."""
    want = MAKE_GOLD.undamaged(name).splitlines()
    i = next(i for i, ln in enumerate(want) if clean_part in ln)
    return _decoded(name).splitlines()[i], want[i]


def test_raw_byte_slips_are_in_the_bytes():
    for name, codec in ((GRAIN, "gbk"), (CEMENT, "gb18030")):
        data = (DOCS / name).read_bytes()
        assert len(data) == len(MAKE_GOLD.undamaged(name).encode(codec)) - 1
        with pytest.raises(UnicodeDecodeError):
            data.decode(codec)
    got, want = _line(GRAIN, "扦样")
    assert "入库粮食扦样" not in got and got.endswith("及水分、杂质、")       # resyncs mid-line
    got, want = _line(CEMENT, "窑头负压")
    assert want.endswith("按预案处置")
    assert "窑头" not in got and "预案处置" not in got                       # runs to line end


def test_utf8_read_as_gbk_paragraph():
    text = _decoded("p06_visa_miniapp_u8gbk_utf8.html")
    assert "补件通知" not in text and "寄回登记" not in text
    assert "瀵规潗鏂" in text                                            # 对材料 read as GBK
    assert "按各使馆要求填写在线申请表" in text and "统计每日递签" in text


def test_big5_read_as_gbk_paragraph_in_utf8_page():
    text = _decoded("p09_sugarmill_chatlog_big5gbk_utf8.txt")
    for clean in ("混合汁", "沉降器"):
        assert clean not in text
    trad = opencc.OpenCC("s2tw").convert("2.定时排放沉降器泥汁，保证清汁清澈")
    assert trad.encode("cp950").decode("gbk", errors="replace") in text
    assert "发现清汁浑浊立即通知班长和化验室" in text


def test_numeric_entities_and_pinyin():
    page = _decoded("p11_bus_pptviewer_ncr_utf8.html")
    assert "&#20844;&#20132;&#39550;&#39542;&#21592;" in page          # 公交驾驶员
    assert "<p>公交驾驶员</p>" not in page and "不甩站" not in page and "线路调度员" not in page
    text = _decoded("p12_karting_poster_pinyin_utf8.txt")
    assert "职责(zé)" in text and "轮胎(tāi)胎(tāi)压" in text and "弯(wān)道" in text


def test_site_cruft_is_present():
    assert "上一篇" in _decoded("p05_shootingrange_oldasp_gbk.html")
    assert "Copyright" in _decoded("p05_shootingrange_oldasp_gbk.html")
    assert "相关链接" in _decoded(GRAIN)
    assert "收到👌" in _decoded("p09_sugarmill_chatlog_big5gbk_utf8.txt")
    assert "分享到微信" in _decoded("p11_bus_pptviewer_ncr_utf8.html")


# gold rows clean and well formed: tests/test_holdout_raw_damage.py
