"""Page furniture of paginated exports (PDF → text): running headers/footers and page numbers,
on text written for these tests."""
from parsers.duties import extract, extract_with_drops

HEADER = "东港区人民医院后勤岗位手册（试行）                         仅供内部使用"

PDF = (
    f"{HEADER}\n"
    "一、配电值班员岗位职责\n"
    "1．每两小时巡视配电房一次，记录电压、电流等运行\n"
    "数据；\n"
    "2．发生停电时按应急预案切换备用电源，并立即\n"
    "                                   - 7 -\n"
    f"{HEADER}\n"
    "报告后勤科；\n"
    "3．做好值班记录和交接班。\n"
    "二、污水处理员岗位职责\n"
    "1．每日检测出水余氯并登记；\n"
    "2．按规定投加消毒药剂。\n"
    "                                   - 8 -\n"
)


def duties(text):
    return [r.duty for r in extract(text)]


def test_running_header_after_a_page_break_is_not_glued_into_the_item():
    assert duties(PDF) == [
        "每两小时巡视配电房一次，记录电压、电流等运行数据",
        "发生停电时按应急预案切换备用电源，并立即报告后勤科",
        "做好值班记录和交接班",
        "每日检测出水余氯并登记",
        "按规定投加消毒药剂",
    ]


def test_running_header_is_dropped_as_chrome_with_a_reason():
    _, drops = extract_with_drops(PDF)
    assert sum(1 for d in drops if "后勤岗位手册" in d.text and "chrome" in d.reason) == 2


def test_running_footer_above_page_numbers_at_each_break():
    footer = "锦程物业管理有限公司 文件编号 JC-HR-012"
    text = (
        "保安员岗位职责\n1、负责小区门岗值守，登记外来\n"
        f"{footer}\n第 1 页\n"
        "人员和车辆；\n2、夜间按路线巡逻。\n"
        f"{footer}\n第 2 页\n"
        "3、协助处理突发事件。\n"
        f"{footer}\n第 3 页\n"
    )
    assert duties(text) == ["负责小区门岗值守，登记外来人员和车辆", "夜间按路线巡逻", "协助处理突发事件"]


def test_a_role_heading_repeated_after_blank_lines_is_not_furniture():
    text = ("会计岗位职责\n1、编制记账凭证。\n2、月末结账。\n\n"
            "会计岗位职责\n1、编制记账凭证。\n2、月末结账。\n")
    got = [(r.role, r.duty) for r in extract(text)]
    assert got == [("会计", "编制记账凭证"), ("会计", "月末结账")] * 2


def test_a_section_heading_next_to_page_numbers_stays():
    text = ("采购员岗位职责\n工作职责：\n1、询价比价。\n- 1 -\n"
            "工作职责：\n2、跟进到货。\n- 2 -\n任职要求：\n1、大专以上学历。\n")
    got = [(r.section, r.duty) for r in extract(text)]
    assert got == [("duty", "询价比价"), ("duty", "跟进到货"), ("requirement", "大专以上学历")]


def test_a_byline_of_document_facts_is_chrome_not_a_row():
    text = ("南湖影院岗位职责\n发布：综合部  日期：2025-03-18\n\n放映员岗位职责：\n1、按时放映影片。\n"
            "审核：做好账目审核工作，确保准确\n")
    got = [(r.role, r.duty) for r in extract(text)]
    assert got == [("放映员", "按时放映影片"), ("放映员", "审核：做好账目审核工作，确保准确")]
    _, drops = extract_with_drops(text)
    assert any(d.text.startswith("发布") and "chrome" in d.reason for d in drops)
