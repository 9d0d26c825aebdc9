"""Forum threads and lead-in sentences naming a role; on text written for these tests."""
from normalize.clean import clean_text
from parsers.duties import extract


def rows(text):
    return [(r.role, r.duty) for r in extract(clean_text(text))]


THREAD = """请问仓库管理员平时都做什么？
楼主 阿强 发表于 2022-3-1 10:00
新人求教。
------------------------------
2楼 老王 发表于 2022-3-1 11:20
我们厂的仓库管理员职责是这样写的：
1. 负责物料的收发和登记
2. 每月组织库存盘点
------------------------------
3楼 阿强 发表于 2022-3-1 12:00
明白了多谢
"""


def test_lead_in_sentence_names_the_role_and_post_headers_do_not_leak():
    assert rows(THREAD) == [("仓库管理员", "负责物料的收发和登记"), ("仓库管理员", "每月组织库存盘点")]


def test_other_lead_in_forms():
    for lead in ("出纳的职责如下：", "公司出纳主要负责以下工作："):
        got = rows(lead + "\n1、办理现金收付；\n2、登记日记账。\n")
        assert got == [("出纳", "办理现金收付"), ("出纳", "登记日记账")], lead


def test_lead_in_without_a_job_title_names_no_role():
    got = rows("前台岗位职责\n1、接待来访客人。\n我们部门的职责如下：\n1、整理档案；\n2、收发文件。\n")
    assert {r for r, _ in got} == {"前台"}


ESSAYS = """道具员岗位职责范文 第3篇

★ 负责道具的采购和制作

★ 拍摄时按场次摆放道具

摄制组岗位职责范文 第4篇

执行制片是导演的助手，要求细心耐心。其主要职责有：一是记录每个镜头的拍摄情况；二是整理场记单。
"""


def test_item_does_not_absorb_the_next_article_heading_and_subject_names_role():
    got = [(r.role, r.section, r.duty) for r in extract(clean_text(ESSAYS))]
    assert ("道具员", "duty", "拍摄时按场次摆放道具") in got
    assert ("执行制片", "duty", "记录每个镜头的拍摄情况") in got
    assert ("执行制片", "duty", "整理场记单") in got
    assert not any("范文" in d for _, _, d in got)


def test_article_heading_naming_a_crew_names_no_role():
    from parsers import roles
    assert roles.heading_role("剧组岗位职责范文 第2篇") == ""
    assert roles.heading_role("出纳岗位职责 第2篇") == "出纳"


def test_lead_in_subject_drops_who_and_where():
    got = rows("我们店里店长的工作职责如下：\n1、负责排班；\n2、盘点库存。\n")
    assert got == [("店长", "负责排班"), ("店长", "盘点库存")]
