"""Markdown pages (wiki / notes exports): `#` headings by level and content, on text written for these tests."""
from parsers.duties import extract, extract_with_drops


def rows(text):
    return [(r.role, r.section, r.group, r.duty) for r in extract(text)]


WIKI = """# 绿洲健身会所 岗位说明（团队空间）

> 编辑于 2025-11-02 · 作者：@运营部 · 浏览 88

[TOC]

## 私人教练

**岗位概述**：为会员制定训练计划并指导完成，对训练效果和安全负责。

### 岗位职责

1. 为新会员做体测评估并建立训练档案
2. 按计划上课，纠正会员动作
3. 每月回访会员，调整训练方案

### 任职要求

- 持有国家职业健身教练证书
- 1年以上私教工作经验

## 会籍顾问

### 工作内容

#### 新客开发
- 在商圈派发体验券并邀约到店
- 带领意向客户参观场馆
#### 老会员维护
- 跟进会员续卡，处理转卡手续

## 保洁员

工作职责：清洁更衣室；补充毛巾；擦拭器械

---
*本文档由 协作平台 自动导出，请勿外传。*
"""


def test_headings_give_roles_sections_and_groups_and_never_rows():
    got = rows(WIKI)
    assert got == [
        ("私人教练", "summary", "", "为会员制定训练计划并指导完成，对训练效果和安全负责"),
        ("私人教练", "duty", "", "为新会员做体测评估并建立训练档案"),
        ("私人教练", "duty", "", "按计划上课，纠正会员动作"),
        ("私人教练", "duty", "", "每月回访会员，调整训练方案"),
        ("私人教练", "requirement", "", "持有国家职业健身教练证书"),
        ("私人教练", "requirement", "", "1年以上私教工作经验"),
        ("会籍顾问", "duty", "新客开发", "在商圈派发体验券并邀约到店"),
        ("会籍顾问", "duty", "新客开发", "带领意向客户参观场馆"),
        ("会籍顾问", "duty", "老会员维护", "跟进会员续卡，处理转卡手续"),
        ("保洁员", "duty", "", "清洁更衣室"),
        ("保洁员", "duty", "", "补充毛巾"),
        ("保洁员", "duty", "", "擦拭器械"),
    ]


def test_export_footer_in_italics_is_dropped_with_a_reason():
    _, drops = extract_with_drops(WIKI)
    assert any("自动导出" in d.text and "chrome" in d.reason for d in drops)


def test_a_heading_naming_no_job_over_section_headings_is_the_role():
    # `## 夜班护工` alone would not read as a title (no job suffix); its `###` sections say it is one
    text = "## 陪诊\n\n### 工作职责\n\n- 陪同患者就诊取药\n- 记录医嘱\n\n## 夜班护工\n\n### 工作职责\n\n- 夜间巡视病房\n"
    assert [(r, d) for r, _, _, d in rows(text)] == [
        ("陪诊", "陪同患者就诊取药"), ("陪诊", "记录医嘱"), ("夜班护工", "夜间巡视病房")]


def test_single_heading_naming_a_role():
    text = "# 仓库管理员岗位职责\n\n1. 负责物料入库验收\n2. 做好月度盘点\n"
    assert rows(text) == [("仓库管理员", "duty", "", "负责物料入库验收"), ("仓库管理员", "duty", "", "做好月度盘点")]


def test_heading_naming_nothing_at_role_level_ends_the_roles():
    text = ("## 客服主管\n\n### 岗位职责\n- 处理业主投诉\n- 安排回访\n\n"
            "## 附录\n- 本制度自发布之日起执行\n")
    got = rows(text)
    assert [d for _, _, _, d in got] == ["处理业主投诉", "安排回访"]
    assert not any("#" in d for _, _, _, d in got)


def test_thematic_break_ends_the_item_above_it():
    text = "## 门卫\n\n### 工作职责\n\n- 登记来访车辆\n- 夜间巡逻\n\n---\n\n## 司机\n\n- 按时接送员工\n"
    assert [d for _, _, _, d in rows(text)] == ["登记来访车辆", "夜间巡逻", "按时接送员工"]


def test_underlined_titles_are_headings():
    text = "店长\n====\n\n工作职责：\n1. 管理门店排班\n\n导购\n----\n\n工作职责：\n1. 接待顾客\n"
    assert [(r, d) for r, _, _, d in rows(text)] == [("店长", "管理门店排班"), ("导购", "接待顾客")]


def test_plus_bullets():
    text = "## 收银员\n### 工作职责\n+ 收款找零\n+ 核对现金\n"
    assert [d for _, _, _, d in rows(text)] == ["收款找零", "核对现金"]


def test_a_rule_line_in_plain_text_is_not_glued_to_an_item():
    text = "店长岗位职责\n1、接待顾客\n------\n2、盘点库存\n==========\n店员岗位职责\n1、理货\n"
    assert [(r, d) for r, _, _, d in rows(text)] == [("店长", "接待顾客"), ("店长", "盘点库存"), ("店员", "理货")]


def test_numbered_markdown_headings():
    text = "## 1. 店长\n### 1.1 岗位职责\n- 管理排班\n### 1.2 任职要求\n- 大专以上学历\n## 2. 导购\n### 2.1 岗位职责\n- 接待顾客\n"
    assert rows(text) == [("店长", "duty", "", "管理排班"), ("店长", "requirement", "", "大专以上学历"),
                          ("导购", "duty", "", "接待顾客")]
