"""Page chrome after and between items; on text written for these tests."""
from normalize.clean import clean_text
from parsers.duties import extract


def duties(text):
    return [r.duty for r in extract(clean_text(text))]


def test_related_list_after_page_footer_is_not_glued_to_last_item():
    text = ("仓库保管员岗位职责 1. 负责物资的入库验收 2. 做好库房防火防盗\n"
            "第 4 页 共 4 页\n"
            "相关文章：仓库主管岗位职责 | 物流专员工作总结 | 叉车安全手册\n")
    assert duties(text) == ["负责物资的入库验收", "做好库房防火防盗"]


def test_related_words_inside_an_item_stay():
    text = "档案员岗位职责：\n1、整理相关文档：合同、发票和验收单；\n2、按月归档。\n"
    assert duties(text) == ["整理相关文档：合同、发票和验收单", "按月归档"]


def rows(text):
    return [(r.section, r.duty) for r in extract(clean_text(text))]


def test_requirement_line_with_wide_gaps_splits_like_duty_line():
    text = ("出纳岗位职责：\n1、办理现金收付；\n2、登记日记账。\n"
            "任职资格：财务相关专业大专以上学历  持有会计从业证书  熟悉网银操作\n")
    assert [d for s, d in rows(text) if s == "requirement"] == [
        "财务相关专业大专以上学历", "持有会计从业证书", "熟悉网银操作"]


def test_single_spaces_in_a_requirement_do_not_split():
    text = "出纳岗位职责：\n1、办理现金收付；\n2、登记日记账。\n任职资格：大专以上学历 英语四级\n"
    assert [d for s, d in rows(text) if s == "requirement"] == ["大专以上学历英语四级"]


def role_rows(text):
    return [(r.role, r.section, r.duty) for r in extract(clean_text(text))]


def test_semicolon_phrases_alone_under_a_role_heading_are_items_and_attachment_line_is_chrome():
    text = ("药房主任职责\n\n1.负责药品采购计划。\n\n值班药师职责\n\n"
            "负责夜间发药；核对处方剂量；登记麻醉药品使用\n\n附件：药剂科岗位职责.docx（点击下载）\n")
    got = role_rows(text)
    assert [d for r, s, d in got if r == "值班药师"] == ["负责夜间发药", "核对处方剂量", "登记麻醉药品使用"]


def test_prose_before_a_numbered_list_is_a_summary():
    text = ("设备科科长职责\n\n在分管院长领导下，全面负责全院医疗设备的采购、维修和计量管理工作。\n\n"
            "1.制定设备购置计划\n\n2.组织设备验收\n")
    got = role_rows(text)
    assert got[0] == ("设备科科长", "summary", "在分管院长领导下，全面负责全院医疗设备的采购、维修和计量管理工作")
    assert [s for _, s, _ in got[1:]] == ["duty", "duty"]


def test_a_plain_first_task_before_a_list_stays_a_duty():
    text = "设备科科长职责\n\n制定设备购置计划。\n\n1.组织设备验收\n\n2.安排设备维修\n"
    assert [s for _, s, _ in role_rows(text)] == ["duty", "duty", "duty"]
