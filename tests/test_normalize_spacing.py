"""Letter-spaced (OCR / PDF-extractor) lines are closed up; ordinary spacing is left alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalize.clean import clean_document
from normalize.punct import to_halfwidth
from normalize.spacing import close_spacing, spaced_lines, spacing_edits
from pipeline.process import Input, decoded_text, process_input

FIX = Path(__file__).parent / "fixtures" / "spacing"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OCR = FIX / "ocr_coldchain_utf8.txt"
CLEAN = FIX / "clean_spaces_utf8.txt"


def test_letter_spaced_lines_close_up_and_word_gaps_become_one_space() -> None:
    out = close_spacing(OCR.read_text(encoding="utf-8")).split("\n")
    assert out[0] == "冷链物流中心仓储部管理制度"
    assert out[3] == "第三章 岗位职责"
    assert out[5] == "第一节 冷库保管员岗位职责"
    assert "高于－１８℃时" in out[6]
    assert "使用ＷＭＳ系统扫码上架，" in out[7]
    assert out[8] == "做到账物相符；"            # a short wrapped tail in a spaced document
    assert "提前３０天预警。" in out[9]
    assert "检查冷机运行情况" in out[12]           # a pair OCR left unspaced joins its neighbours
    assert out[15] == "附则"                    # a spaced pair counts once the document is spaced
    assert out[17] == "—１—"                    # no Han, but the document is spaced


def test_ordinary_spacing_is_never_touched() -> None:
    text = CLEAN.read_text(encoding="utf-8")
    assert spacing_edits(text) == []
    assert close_spacing(text) == text


@pytest.mark.parametrize("line", [
    "使用 Office 办公",
    "运行值班 倒闸操作",
    "姓 名",
    "第 1 页 共 3 页",
    "岗位    人数    工作地点",
    "Keep the loading dock clear at all times",
    "B 级 C 级 D 级",
    "冷\t库\t温\t度",
    "序 号  姓 名  性 别",          # spaced pairs in columns: a table header
    "岗  位  职  责",               # two-space spacing counts only on a long line
    "王  伟  李  娜",
])
def test_normal_lines_are_not_letter_spaced(line: str) -> None:
    assert spaced_lines(line) == []


@pytest.mark.parametrize("line, want", [
    ("签 字 确 认", "签字确认"),
    ("负 责 冷 库 温 度 记 录", "负责冷库温度记录"),
    ("第 四 条   仓 库 主 管", "第四条 仓库主管"),
    ("熟 练 使 用 Ｅ Ｒ Ｐ 系 统", "熟练使用ＥＲＰ系统"),
    ("负\u3000责\u3000冷\u3000库\u3000巡\u3000检", "负责冷库巡检"),
    ("  缺 陷 及 时 上 报  ", "  缺陷及时上报  "),   # indentation and trailing spaces stay
    ("负  责  冷  库  温  度    记  录  仪", "负责冷库温度 记录仪"),   # pdftotext-style two spaces
    ("序 号  姓 名  性 别  岗 位 职 责", "序号 姓名 性别 岗位职责"),
    ("一、负 责 冷 库 温 度 记 录，每 日 两 次。", "一、负责冷库温度记录，每日两次。"),   # punctuation unspaced
])
def test_spaced_line_closes_up(line: str, want: str) -> None:
    assert close_spacing(line) == want


def test_short_spaced_line_needs_a_spaced_document() -> None:
    alone = "仓库主管\n职 责\n负责盘点"
    assert close_spacing(alone) == alone
    spaced = "负 责 冷 库 温 度 记 录 ；\n定 期 检 查 制 冷 机 组 ；\n职 责"
    assert close_spacing(spaced).split("\n")[2] == "职责"


def test_a_spaced_document_closes_its_dates_and_codes_too() -> None:
    doc = "仓 库 主 管 岗 位 职 责\n负 责 冷 库 温 度 记 录 ；\n2 0 2 5 - 0 3 - 0 1   1 6 : 3 0"
    assert close_spacing(doc).split("\n")[2] == "2025-03-01 16:30"
    alone = "负 责 冷 库 温 度 记 录 ；\n2 0 2 5 - 0 3 - 0 1"
    assert close_spacing(alone).split("\n")[1] == "2 0 2 5 - 0 3 - 0 1"


def test_chain_closes_before_half_width_and_keeps_offsets() -> None:
    text = OCR.read_text(encoding="utf-8")
    cleaned = clean_document(text)
    assert "预警" in cleaned.text and "提前30天预警" in cleaned.text
    assert any(kind == "spacing" for _, _, kind in cleaned.repairs)
    # every cleaned character still points at itself (or its full-width form) in the input
    for ch, at in zip(cleaned.text, cleaned.tracked.origin):
        src = text[at]
        assert src == ch or (ord(src) - 0xFEE0 == ord(ch)), (ch, src)
    assert cleaned.repairs_in(0, 10) == ["spacing"]      # the title line: spacing alone


def test_pipeline_reads_roles_and_duties_of_a_spaced_document() -> None:
    rows = process_input(Input(str(OCR), str(OCR))).rows
    pairs = [(r["role"], r["duty"]) for r in rows if r["section"] == "duty"]
    assert ("冷库保管员", "按先进先出原则安排出库，近效期商品提前30天预警") in pairs
    assert ("冷链司机", "运输途中每2小时查看一次温度记录仪，异常时联系调度") in pairs
    assert ("冷库保管员", "货物入库前核对品名、批号和数量，使用WMS系统扫码上架，做到账物相符") in pairs
    assert all(" " not in duty for _, duty in pairs)
    text, _ = decoded_text(OCR)
    for r in rows:   # offsets still locate the item in the spaced original
        assert 0 <= r["char_start"] < r["char_end"] <= len(text)
        source = to_halfwidth(text[r["char_start"]:r["char_end"]].replace(" ", ""))
        assert r["duty"][:6] in source, (r["duty"], source)


def test_html_letter_spaced_with_nbsp_gives_rows() -> None:
    page = FIX / "pdf2html_warehouse_nbsp_utf8.html"
    rows = process_input(Input(str(page), str(page))).rows
    assert [(r["role"], r["duty"]) for r in rows] == [
        ("仓库主管", "负责冷库温度记录，每日2次"),
        ("仓库主管", "组织月度盘点，差异率低于0.5%"),
    ]
    assert all("spacing" in r["repairs"] for r in rows)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_no_corpus_line_is_taken_as_letter_spaced() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        text, _ = decoded_text(path)
        assert spaced_lines(text) == [], path.name


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_letter_spaced_corpus_closes_back_to_the_original() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        lines = [" ".join(ln.split()) for ln in decoded_text(path)[0].split("\n")]
        spaced = "\n".join("   ".join(" ".join(word) for word in ln.split(" ")) for ln in lines)
        back = close_spacing(spaced).split("\n")
        wrong = [(a, b) for a, b in zip(lines, back) if a != b]
        assert wrong == [], (path.name, wrong[:3])
