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
    for lead in ("出纳的职责如下：", "出纳主要负责以下工作："):
        got = rows(lead + "\n1、办理现金收付；\n2、登记日记账。\n")
        assert got == [("出纳", "办理现金收付"), ("出纳", "登记日记账")], lead


def test_lead_in_without_a_job_title_names_no_role():
    got = rows("前台岗位职责\n1、接待来访客人。\n我们部门的职责如下：\n1、整理档案；\n2、收发文件。\n")
    assert {r for r, _ in got} == {"前台"}
