"""Roles named only in a conversational lead-in sentence (Q&A answers, posts), on text written for these tests."""
from parsers.duties import extract, extract_with_drops


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


ANSWER = """酒店前厅每天都忙些什么？

谢邀。在五星酒店干了八年，聊聊我们部门礼宾员的岗位职责吧：

① 在大堂门口迎送客人，协助搬运行李；

② 为客人寄存和递送行李，登记行李牌号。

另外补充一下我们部门夜审员的职责：

● 核对当日房费和消费入账

● 编制夜审报表

就这些，活不累，就是要熬夜。

2,051 人赞同了该回答
"""


def test_conversational_lead_ins_name_the_roles():
    got = rows(ANSWER)
    assert got == [
        ("礼宾员", "duty", "在大堂门口迎送客人，协助搬运行李"),
        ("礼宾员", "duty", "为客人寄存和递送行李，登记行李牌号"),
        ("夜审员", "duty", "核对当日房费和消费入账"),
        ("夜审员", "duty", "编制夜审报表"),
    ]


def test_closing_remark_is_not_glued_to_the_last_item_and_is_kept_as_a_drop():
    _, drops = extract_with_drops(ANSWER)
    assert any(d.text.startswith("就这些") for d in drops)


def test_soft_title_in_a_lead_in():
    text = "说说我们公司新媒体运营的工作职责吧：\n1、撰写公众号推文\n2、策划线上活动\n"
    assert {r for r, _, _ in rows(text)} == {"新媒体运营"}


def test_lead_in_with_the_list_on_the_same_line():
    text = "我们厂质检岗的职责说明书原文是这样的：1.抽检来料 2.填写检验记录 3.隔离不合格品\n"
    assert rows(text) == [("质检", "duty", "抽检来料"), ("质检", "duty", "填写检验记录"),
                          ("质检", "duty", "隔离不合格品")]


def test_lead_in_naming_no_job_names_no_role():
    text = "说说我们部门的职责吧：\n1、统筹年度预算\n2、审核费用报销\n"
    assert {r for r, _, _ in rows(text)} == {""}


def test_closing_words_inside_an_item_stay():
    text = "出纳岗位职责：\n1、登记现金日记账，做到日清月结，\n以上内容每月装订归档；\n2、保管印章。\n"
    assert [d for _, _, d in rows(text)] == ["登记现金日记账，做到日清月结，以上内容每月装订归档", "保管印章"]


def test_who_and_where_before_the_title_are_dropped():
    text = "这是我们单位会计的职责：\n1、审核原始凭证\n2、编制月度报表\n"
    assert {r for r, _, _ in rows(text)} == {"会计"}
    text = "给大家说说我们店里收银员的工作职责吧：\n1、收款找零\n2、核对交班现金\n"
    assert {r for r, _, _ in rows(text)} == {"收银员"}


def test_lead_in_without_a_colon_right_over_a_list():
    text = "下面是我们部门会计的职责\n1、审核凭证\n2、编制报表\n"
    assert rows(text) == [("会计", "duty", "审核凭证"), ("会计", "duty", "编制报表")]
