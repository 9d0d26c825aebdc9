"""Part / chapter headings that name a role (`第二部分  叉车司机`), on text written for these tests."""
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.group, r.duty) for r in extract(text)]


HANDBOOK = (
    "华东物流园 仓储中心岗位作业指导书\n"
    "编写：仓储中心    批准：周明    2025年9月\n"
    "\n"
    "第一部分  仓储主管\n"
    "一、早班\n"
    "1) 核对当日入库计划，安排卸货月台\n"
    "2) 检查库区消防器材和照明是否完好\n"
    "二、晚班\n"
    "1) 汇总当日出入库单据，核对系统\n"
    "   库存\n"
    "\n"
    "第二部分  叉车司机\n"
    "a. 按调度指令完成托盘的装卸和移库\n"
    "b. 每班作业前检查叉车制动和液压系统\n"
    "\n"
    "第三部分  理货员\n"
    "作业内容：清点到货 粘贴库位标签 整理拣货区 回收空托盘\n"
)


def test_part_headings_name_roles_and_are_not_glued_across_blank_lines():
    got = rows(HANDBOOK)
    assert got == [
        ("仓储主管", "duty", "早班", "核对当日入库计划，安排卸货月台"),
        ("仓储主管", "duty", "早班", "检查库区消防器材和照明是否完好"),
        ("仓储主管", "duty", "晚班", "汇总当日出入库单据，核对系统库存"),
        ("叉车司机", "duty", "", "按调度指令完成托盘的装卸和移库"),
        ("叉车司机", "duty", "", "每班作业前检查叉车制动和液压系统"),
        ("理货员", "duty", "", "清点到货"),
        ("理货员", "duty", "", "粘贴库位标签"),
        ("理货员", "duty", "", "整理拣货区"),
        ("理货员", "duty", "", "回收空托盘"),
    ]


def test_a_work_content_label_is_a_heading_not_part_of_the_first_item():
    text = "第一部分 保洁员\n作业内容：清扫楼道 擦拭扶手 清运垃圾 消毒电梯按钮\n"
    assert [d for _, _, _, d in rows(text)] == ["清扫楼道", "擦拭扶手", "清运垃圾", "消毒电梯按钮"]


def test_chapter_with_a_role_heading_and_chapter_without_one():
    text = ("第一章 总则\n本制度适用于门店全体员工。\n\n"
            "第二章 店长岗位职责\n1、负责门店日常经营管理。\n2、负责排班和考勤。\n\n"
            "第三章 收银员\n1、负责收银和开具发票。\n")
    got = rows(text)
    assert [(r, d) for r, s, g, d in got if s == "duty"] == [
        ("店长", "负责门店日常经营管理"), ("店长", "负责排班和考勤"), ("收银员", "负责收银和开具发票")]
    assert not any("本制度" in d for _, _, _, d in got)


def test_a_part_naming_a_section_gives_that_section():
    text = ("第一部分 药房调剂员\n1、按处方调配药品并核对。\n2、指导患者用药。\n"
            "第二部分 任职要求\n1、药学专业中专以上学历。\n2、持有药师资格证。\n")
    got = rows(text)
    assert [(s, d) for r, s, g, d in got] == [
        ("duty", "按处方调配药品并核对"), ("duty", "指导患者用药"),
        ("requirement", "药学专业中专以上学历"), ("requirement", "持有药师资格证")]
    assert {r for r, _, _, _ in got} == {"药房调剂员"}


def test_part_heading_in_english_numbering():
    text = "Part 1 前台接待\n- 接听来电并登记留言\n- 引导访客到会议室\nPart 2 行政专员\n- 采购办公用品\n"
    assert [(r, d) for r, _, _, d in rows(text)] == [
        ("前台接待", "接听来电并登记留言"), ("前台接待", "引导访客到会议室"), ("行政专员", "采购办公用品")]


def test_a_part_inside_a_role_naming_no_job_is_a_group():
    text = ("客服专员岗位职责\n第一部分 日常工作\n1、接听客户来电。\n2、登记工单。\n"
            "第二部分 周期工作\n1、每周汇总投诉数据。\n")
    assert rows(text) == [("客服专员", "duty", "日常工作", "接听客户来电"), ("客服专员", "duty", "日常工作", "登记工单"),
                          ("客服专员", "duty", "周期工作", "每周汇总投诉数据")]


def test_part_title_naming_a_job_and_its_standard():
    text = ("第一部分 装卸工岗位作业标准\n1) 按单装车\n2) 清点件数\n"
            "第二部分 调度员作业规范\n1) 编排车次\n2) 严格执行作业标准\n")
    assert [(r, d) for r, _, _, d in rows(text)] == [
        ("装卸工", "按单装车"), ("装卸工", "清点件数"), ("调度员", "编排车次"), ("调度员", "严格执行作业标准")]
