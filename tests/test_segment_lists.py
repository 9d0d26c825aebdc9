"""List markers and item splitting, on text written for these tests."""
from parsers.duties import extract
from parsers.lists import find_markers


def duties(text):
    return [r.duty for r in extract(text) if r.section == "duty"]


def test_each_marker_style_gives_one_item_per_marker():
    styles = {
        "1、": ["1、", "2、", "3、"], "1.": ["1.", "2.", "3."], "1．": ["1．", "2．", "3．"],
        "(1)": ["(1)", "(2)", "(3)"], "（1）": ["（1）", "（2）", "（3）"], "（一）": ["（一）", "（二）", "（三）"],
        "①": ["①", "②", "③"], "◆": ["◆", "◆", "◆"], "●": ["●", "●", "●"], "☆": ["☆", "☆", "☆"],
        "-": ["- ", "- ", "- "], "1)": ["1)", "2)", "3)"], "1..": ["1..", "2..", "3.."],
    }
    items = ["负责展厅车辆的清洁", "接听客户来电并登记", "完成经理交办的其他工作"]
    for name, marks in styles.items():
        text = "前台接待员岗位职责\n" + "\n".join(m + t for m, t in zip(marks, items)) + "\n"
        assert duties(text) == items, name


def test_chinese_numeral_items_with_sentences_are_items():
    text = "收银员岗位职责\n一、负责每日收款并核对账目。\n二、负责开具发票。\n"
    assert duties(text) == ["负责每日收款并核对账目", "负责开具发票"]


def test_numbers_inside_text_are_not_markers():
    for line in ("具有2年以上工作经验", "负责6S管理", "熟悉4S店流程", "1小时内回复客户", "2.5万元以内的报销",
                 "检查时间为8:00、13:30、17:00"):
        assert find_markers(line, {}) == [], line
    text = "维修技师岗位职责\n1、负责6S管理，熟悉4S店流程\n2、接到报修1小时内到达现场\n3、具有2年以上维修经验\n"
    assert [r.duty for r in extract(text)] == ["负责6S管理，熟悉4S店流程", "接到报修1小时内到达现场", "具有2年以上维修经验"]


def test_items_run_together_on_one_line():
    text = "配件专员岗位职责 1、负责配件订购; 2、负责配件入库。 3、定期盘点库存 4、完成其他工作\n"
    assert duties(text) == ["负责配件订购", "负责配件入库", "定期盘点库存", "完成其他工作"]
    text = "质检员岗位职责\n(1)负责完工检验;(2)填写质检记录;(3)反馈质量问题\n"
    assert duties(text) == ["负责完工检验", "填写质检记录", "反馈质量问题"]


def test_marker_glued_to_previous_word_only_when_expected():
    text = "仓库管理员岗位职责 1.负责出库 2.负责入库报告3.定期盘点\n"
    assert duties(text) == ["负责出库", "负责入库报告", "定期盘点"]
    # `报告5.` is not the next number: no split
    assert duties("仓库管理员岗位职责 1.负责出库 2.负责入库报告5.定期盘点\n") == ["负责出库", "负责入库报告5.定期盘点"]


def test_wrapped_lines_join_without_space():
    text = "销售顾问岗位职责\n\n1. 客户接待：主动与客户接触，热情地迎接并引导客户\n\n进入展厅。\n\n2. 产品介绍：准确介绍车型配置。\n"
    assert duties(text) == ["客户接待：主动与客户接触，热情地迎接并引导客户进入展厅", "产品介绍：准确介绍车型配置"]


def test_restarts_skips_repeats_and_lost_marks_still_give_rows():
    text = ("服务顾问岗位职责\n1、接待客户\n2、登记车辆\n4、安排维修\n4、跟踪进度\n"
            "5、结算费用\n6 回访客户\n1、参加培训\n")
    assert duties(text) == ["接待客户", "登记车辆", "安排维修", "跟踪进度", "结算费用", "回访客户", "参加培训"]


def test_numbers_glued_to_items_at_line_start():
    text = "销售内勤岗位职责\n1协助经理统计销售数据。\n2负责订单审核。\n3负责档案管理。\n"
    assert duties(text) == ["协助经理统计销售数据", "负责订单审核", "负责档案管理"]


def test_nested_groups_go_to_group():
    text = ("销售经理岗位职责\n一、客户的计量管理\n1、客户的销售统计。\n2、客户的信用调查。\n"
            "二、推销技术\n1、技术研讨会的举办。\n")
    recs = [r for r in extract(text) if r.section == "duty"]
    assert [(r.group, r.duty) for r in recs] == [
        ("客户的计量管理", "客户的销售统计"), ("客户的计量管理", "客户的信用调查"), ("推销技术", "技术研讨会的举办")]


def test_unnumbered_list_split_by_semicolons_or_spaces():
    text = "服务经理岗位职责 制定服务标准; 处理用户投诉; 组织内部培训;\n"
    assert duties(text) == ["制定服务标准", "处理用户投诉", "组织内部培训"]
    text = "门店岗位职责 服务经理 监督各部门工作 处理用户投诉 组织绩效考核 服务顾问 接待来店用户 提出保养建议 推进维修进度\n"
    recs = extract(text)
    assert [(r.role, r.duty) for r in recs] == [
        ("服务经理", "监督各部门工作"), ("服务经理", "处理用户投诉"), ("服务经理", "组织绩效考核"),
        ("服务顾问", "接待来店用户"), ("服务顾问", "提出保养建议"), ("服务顾问", "推进维修进度")]


def test_semicolon_inside_a_numbered_item_does_not_split():
    text = "前台主管岗位职责\n1、处理客户投诉；提高满意度(CSI)；制定培训计划\n2、负责前台管理\n"
    assert duties(text) == ["处理客户投诉；提高满意度（CSI）；制定培训计划", "负责前台管理"]
