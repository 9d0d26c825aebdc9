"""Whole pages in styles the corpus does not have (written for these tests): a job-board
posting, a Traditional job description, a forum thread and a flattened essay page."""
from pathlib import Path

from parsers.duties import extract

FIXTURES = Path(__file__).parent / "fixtures" / "segment"


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


def test_job_board_posting():
    text = (FIXTURES / "job_board.txt").read_text(encoding="utf-8")
    assert rows(text) == [
        ("汽车销售顾问", "duty", "负责来店客户的接待与车辆介绍"),
        ("汽车销售顾问", "duty", "完成个人月度销售指标"),
        ("汽车销售顾问", "duty", "维护老客户关系，挖掘转介绍客户"),
        ("汽车销售顾问", "requirement", "大专及以上学历，专业不限"),
        ("汽车销售顾问", "requirement", "1年以上汽车销售经验者优先"),
        ("汽车销售顾问", "requirement", "形象气质佳，沟通能力强"),
    ]


def test_traditional_job_description_with_all_sections():
    text = (FIXTURES / "trad_job_description.txt").read_text(encoding="utf-8")
    got = rows(text)
    assert {r for r, _, _ in got} == {"人力资源部经理"}
    assert [(s, d) for _, s, d in got] == [
        ("summary", "全面负责公司人力资源规划、招聘、培训、绩效和薪酬管理工作"),
        ("duty", "制定公司人力资源战略规划，并组织实施"),
        ("duty", "组织招聘工作，确保各部门人员需求"),
        ("duty", "建立培训体系，组织员工培训"),
        ("duty", "负责绩效考核的组织与实施"),
        ("requirement", "本科及以上学历，人力资源管理相关专业"),
        ("requirement", "五年以上人力资源管理工作经验"),
        ("requirement", "熟悉劳动法规"),
        ("authority", "对部门员工的考核权"),
        ("authority", "对招聘人员的建议权"),
    ]


def test_forum_thread_with_cruft_between_and_after_lists():
    text = ("求助：谁有4S店各岗位职责？\n\n2019-5-12 10:22 回复\n\n车友小王\n\n3楼\n\n展厅经理岗位职责\n\n"
            "1、负责展厅的日常管理\n\n2、负责展厅卫生\n\n车市名片 0位粉丝\n\n2019-5-12 11:05 回复\n\n4楼\n\n"
            "市场专员岗位职责\n\n1、收集竞品信息\n\n本帖最后由 admin 于 2019-5-12 12:00 编辑\n")
    assert rows(text) == [("展厅经理", "duty", "负责展厅的日常管理"), ("展厅经理", "duty", "负责展厅卫生"),
                          ("市场专员", "duty", "收集竞品信息")]


def test_flattened_essay_page_gives_summaries_and_items_not_essay_text():
    text = ("4S店各岗位职责 在汽车行业中，4S店是常见的销售渠道，本文将介绍各岗位。 一、销售顾问 销售顾问是4S店的"
            "核心岗位，负责与客户沟通。其主要职责包括: - 接待来店客户; - 安排试乘试驾; 二、维修技师 维修技师负责车辆的"
            "维修和保养。 以上仅是常见岗位的介绍。\n")
    assert rows(text) == [
        ("销售顾问", "summary", "销售顾问是4S店的核心岗位，负责与客户沟通。其主要职责包括"),
        ("销售顾问", "duty", "接待来店客户"), ("销售顾问", "duty", "安排试乘试驾"),
        ("维修技师", "summary", "维修技师负责车辆的维修和保养"),
    ]


def test_related_articles_list_at_the_end_gives_no_rows():
    text = ("店长岗位职责\n1、负责门店日常管理\n2、完成销售目标\n"
            "店长岗位职责5篇(店长工作内容)相关文章:\n\n"
            "仓库主管岗位职责3篇 仓库主管的职责是什么\n\n客服经理岗位职责6篇(客服经理干啥的)\n\n"
            "行政助理岗位职责4篇 行政助理岗位职责怎么写\n")
    assert rows(text) == [("店长", "duty", "负责门店日常管理"), ("店长", "duty", "完成销售目标")]


def test_role_canonical_ignores_letter_case_of_prefixes():
    rec = extract("汽车4s销售经理岗位职责\n1、负责销售管理\n")[0]
    assert rec.role == "汽车4s销售经理" and rec.role_canonical == "销售经理"
