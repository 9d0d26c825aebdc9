"""Record fields: offsets into the input, raw text, repairs, tokens, flags; inspect output."""
from pathlib import Path

import pytest

from parsers.duties import extract
from parsers.inspect import render

FIXTURES = Path(__file__).parent / "fixtures" / "segment"


def test_offsets_point_into_the_input_and_raw_text_is_kept():
    text = (FIXTURES / "trad_pinyin.txt").read_text(encoding="utf-8")
    recs = extract(text)
    assert [r.duty for r in recs] == ["负责接待来店客户，了解客户需求", "负责维修车辆的结算工作",
                                      "完成上级领导交办的其它任务"]
    for r in recs:
        assert r.role == "服务顾问" and r.role_raw.startswith("服務顧問崗位職責")   # heading as written
        raw = text[r.char_start:r.char_end]
        assert raw.replace("\n", "") == r.duty_raw or r.duty_raw in raw.replace("\n", "")
        assert "t2s" in r.repairs
    first = recs[0]
    assert text[first.char_start:first.char_start + 2] == "負責"
    assert "pinyin" in first.repairs and "(" not in first.duty
    assert "负责" in first.tokens and "客户" in first.tokens


def test_noise_inside_an_item_is_removed_and_the_item_joined():
    text = (FIXTURES / "flat_noise.txt").read_text(encoding="utf-8")
    recs = extract(text)
    assert [r.duty for r in recs] == [
        "负责所辖区域售后服务工作的整体运作，确保用户满意度", "制定策略，实现公司所制定的业绩目标",
        "负责建立售后服务管理体系，完善各项工作流程"]
    assert "noise" in recs[2].repairs
    assert all(r.role == "售后经理" for r in recs)


def test_tokens_use_the_domain_dictionary():
    rec = extract("销售顾问岗位职责\n1、负责4S店的PDI检查和6S管理\n")[0]
    for word in ("4S店", "PDI", "6S"):
        assert word in rec.tokens


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\x01 binary?", "仅有一行没有任何职责的文字"])
def test_odd_input_gives_no_rows_and_no_error(text):
    assert extract(text) == []


def test_inspect_shows_lines_beside_their_rows():
    text = "前台岗位职责\n1、接待来访客户\n2、接听电话\n"
    out = render(text, extract(text))
    lines = out.splitlines()
    assert lines[0].startswith("    1 | 前台岗位职责")
    assert "    2 | 1、接待来访客户" in lines
    row_line = lines[lines.index("    2 | 1、接待来访客户") + 1]
    assert "duty" in row_line and "前台" in row_line and "#1" in row_line and "接待来访客户" in row_line
    assert lines[-1] == "-- 2 rows"
