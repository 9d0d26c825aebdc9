"""Job-ad layouts: numbered position headings, headcounts, ad chrome; on text written for these tests."""
from normalize.noise import strip_noise
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


AD = """【物流园区招聘信息】2024年秋季招聘
发布单位：某某物流有限公司    发布时间：2024-09-01
联系电话：010-5550101

岗位一：叉车司机（4名）
岗位职责：
1）负责仓库货物的装卸和搬运；
2）做好叉车日常保养。

岗位二：仓库统计员（若干）
岗位职责：
1、核对每日出入库单据；
2、按月盘点库存。

有意向者请将简历投递至 hr@wl.example，注明应聘岗位。
"""


def test_numbered_position_headings_name_roles_without_headcount():
    got = rows(AD)
    assert ("叉车司机", "duty", "负责仓库货物的装卸和搬运") in got
    assert ("仓库统计员", "duty", "按月盘点库存") in got
    assert {r for r, _, _ in got} == {"叉车司机", "仓库统计员"}


def test_ad_chrome_is_not_rows():
    duties = [d for _, _, d in rows(AD)]
    assert not any("简历" in d or "联系电话" in d or "发布单位" in d for d in duties)
    assert len(duties) == 4


def test_look_alike_duties_stay():
    # a duty that mentions resumes and contact numbers is a duty, not ad chrome
    text = "招聘专员岗位职责：\n1、负责筛选应聘者简历，安排面试；\n2、维护候选人联系电话和邮箱等信息。\n"
    duties = [d for _, _, d in rows(text)]
    assert duties == ["负责筛选应聘者简历，安排面试", "维护候选人联系电话和邮箱等信息"]


def test_page_chrome_lines():
    assert strip_noise("字号：大 中 小").strip() == ""
    assert strip_noise("打印本页  关闭窗口").strip() == ""
    assert strip_noise("【打印本页】【关闭窗口】").strip() == ""
    assert strip_noise("字体：[大] [中] [小]").strip() == ""
    assert strip_noise("分享到：微信 微博 QQ空间").strip() == ""
    # a bracketed heading and a bracketed word inside a duty stay
    assert strip_noise("【岗位职责】") == "【岗位职责】"
    assert strip_noise("负责【打印】文件") == "负责【打印】文件"
    # `字号` in a real sentence is kept
    assert strip_noise("统一公文字号和字体大小") == "统一公文字号和字体大小"


FORM = """客服部岗位说明书

岗位名称：售后客服 所属部门：客服部

直接上级：客服主管

工作职责：

一、退换处理

1. 审核退货申请和凭证；

2. 跟进退款到账。

二、评价维护

1. 联系给出差评的买家。
"""


def test_named_role_keeps_its_numbered_groups():
    got = [(r.role, r.group, r.duty) for r in extract(FORM)]
    assert got == [("售后客服", "退换处理", "审核退货申请和凭证"), ("售后客服", "退换处理", "跟进退款到账"),
                   ("售后客服", "评价维护", "联系给出差评的买家")]


def test_numbered_titles_without_a_named_field_still_name_roles():
    text = "门店岗位职责\n\n一、店长\n\n1. 负责门店排班；\n\n二、收银员\n\n1. 负责收银对账。\n"
    assert [(r.role, r.duty) for r in extract(text)] == [("店长", "负责门店排班"), ("收银员", "负责收银对账")]
