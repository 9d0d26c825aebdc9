"""Role headings, role_canonical and sections, on text written for these tests."""
from parsers import roles
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


def test_role_heading_forms():
    body = "\n1、负责接待客户\n2、负责登记信息\n"
    cases = {
        "展厅经理岗位职责": "展厅经理", "展厅经理工作职责：": "展厅经理", "*展厅经理岗位职责": "展厅经理",
        "一、展厅经理": "展厅经理", "1、展厅经理岗位职责": "展厅经理", "岗位名称：展厅经理": "展厅经理",
        "职务名称：展厅经理": "展厅经理", "推荐第3篇：汽车4S店展厅经理岗位职责": "汽车4S店展厅经理",
        "4s展厅经理岗位职责3": "4s展厅经理", "展厅经理岗位职责篇2": "展厅经理",
        "展厅经理岗位职责(精选多篇)": "展厅经理",
    }
    for heading, role in cases.items():
        got = {r for r, _, _ in rows(heading + body)}
        assert got == {role}, (heading, got)


def test_bare_title_line_followed_by_job_description():
    text = "  客服专员\n\n  职位描述:\n\n  任职资格:大专以上学历;熟练使用办公软件。\n\n  具体职责如下:\n\n  1.负责客户回访;\n"
    assert rows(text) == [("客服专员", "requirement", "大专以上学历"),
                          ("客服专员", "requirement", "熟练使用办公软件"),
                          ("客服专员", "duty", "负责客户回访")]


def test_role_named_inside_a_flattened_line():
    text = ("售后部岗位职责 1、负责售后管理 2、负责投诉处理。 汽车服务顾问岗位职责 1、接待客户 2、开具工单\n")
    assert rows(text) == [("售后部", "duty", "负责售后管理"), ("售后部", "duty", "负责投诉处理"),
                          ("汽车服务顾问", "duty", "接待客户"), ("汽车服务顾问", "duty", "开具工单")]


def test_title_naming_many_roles_names_none():
    text = "4S店各岗位职责\n在汽车行业中，4S店是常见的名词。本文介绍各个岗位。\n一、销售顾问\n1、接待客户\n"
    assert rows(text) == [("销售顾问", "duty", "接待客户")]


def test_numbered_role_with_description_gives_summary():
    text = "4S店人员职责 1. 财务专员: 财务专员负责处理财务事务，包括报价和结算。 2. 市场专员: 市场专员负责推广活动。\n"
    assert rows(text) == [("财务专员", "summary", "财务专员负责处理财务事务，包括报价和结算"),
                          ("市场专员", "summary", "市场专员负责推广活动")]


def test_role_canonical_drops_employer_prefixes():
    assert roles.canonical("汽车4S店销售经理") == "销售经理"
    assert roles.canonical("4S店销售经理") == "销售经理"
    assert roles.canonical("4s店售后经理") == "售后经理"
    assert roles.canonical("销售经理") == "销售经理"
    assert roles.canonical("汽车") == "汽车"
    recs = extract("汽车4S店展厅经理岗位职责\n1、负责展厅管理\n")
    assert recs[0].role == "汽车4S店展厅经理" and recs[0].role_canonical == "展厅经理"


def test_sections_from_headings():
    text = ("出纳岗位职责\n职位概要：\n负责公司现金收付与银行结算工作。\n工作职责：\n1、办理现金收付\n2、登记日记账\n"
            "任职资格：\n1、中专及以上学历\n2、2年以上出纳经验\n工作权限：\n1、现金支付的审核权\n直接上级：财务经理\n")
    assert rows(text) == [
        ("出纳", "summary", "负责公司现金收付与银行结算工作"),
        ("出纳", "duty", "办理现金收付"), ("出纳", "duty", "登记日记账"),
        ("出纳", "requirement", "中专及以上学历"), ("出纳", "requirement", "2年以上出纳经验"),
        ("出纳", "authority", "现金支付的审核权")]


def test_sections_from_content():
    # a `岗位要求` list of things to do is duty; qualifications under it are requirements
    text = "索赔员岗位职责\n岗位要求：\n1.认真检查索赔车辆\n2.负责索赔申请\n3.按时上报数据\n"
    assert {s for _, s, _ in rows(text)} == {"duty"}
    text = "索赔员岗位职责\n岗位要求：\n1.大专及以上学历\n2.具有2年以上维修经验\n3.熟练使用办公软件\n"
    assert {s for _, s, _ in rows(text)} == {"requirement"}
    text = "总经理岗位职责\n1、主持公司经营管理\n2、有投资决策权、经营权、人事任免权等\n"
    assert [s for _, s, _ in rows(text)] == ["duty", "authority"]


def test_reporting_lines_and_site_chatter_are_not_rows():
    text = ("下面是小编整理的岗位职责范文，供大家参考。\n销售主管岗位职责\n直接上级：销售经理\n"
            "1、负责展厅销售\n")
    assert rows(text) == [("销售主管", "duty", "负责展厅销售")]
