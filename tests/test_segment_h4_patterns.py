"""Segmentation patterns that the fourth held-out set revealed, on text written for these tests
(other trades, other words): job-board chrome, Taiwan vocabulary, manual articles, contact lines.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from parsers.chrome import line_chrome
from parsers.duties import extract, extract_with_drops
from parsers.pieces import _HAN, _english_lines


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- job board post copied as text: card fields, tags, recruiter, buttons -----------------

BOARD = ("仓储主管（夜班）\n8-12K·13薪\n苏州 工业园区 | 3-5年 | 大专\n六险一金 年终奖金 交通补助 包吃 周末双休\n"
         "立即沟通\n\n职位详情\n仓储管理 叉车 WMS系统\n岗位职责：\n1.安排夜班收货、上架和拣货作业；\n"
         "2.每周组织库存盘点。\n任职要求：\n1、3年以上仓库管理经验；\n2、熟悉WMS系统。\n\n王先生\n"
         "仓储经理·今日活跃\n\n工作地址\n苏州工业园区星湖街88号\n查看地图\n\n公司基本信息\n"
         "某某物流有限公司\nB轮 500-999人 物流\n举报 | 分享\n")


def test_job_board_chrome_gives_no_rows_and_is_recorded():
    recs, drops = extract_with_drops(BOARD)
    assert [(r.role, r.section, r.duty) for r in recs] == [
        ("仓储主管", "duty", "安排夜班收货、上架和拣货作业"), ("仓储主管", "duty", "每周组织库存盘点"),
        ("仓储主管", "requirement", "3年以上仓库管理经验"), ("仓储主管", "requirement", "熟悉WMS系统")]
    reasons = {d.text: d.reason for d in drops}
    assert reasons["8-12K·13薪"] == "job card: pay"
    assert reasons["王先生"] == "job card: recruiter tag"
    assert "job card: company facts" in reasons.values()
    assert "job card: benefit tags" in reasons.values()
    assert "job card: skill tags" in reasons.values()


def test_chrome_lines_and_look_alikes():
    assert line_chrome("20-30K·16薪") == "job card: pay"
    assert line_chrome("广州 天河区 | 经验不限 | 本科") is not None
    assert line_chrome("人力主管·刚刚活跃") == "job card: recruiter tag"
    assert line_chrome("发布：综合办&emsp;2025-11-02&emsp;阅读（3,015）") == "byline: who published it and when"
    assert line_chrome("阅读8620 在看31") == "byline: who published it and when"
    assert line_chrome("编辑：负责公众号文章的排版和校对") is None
    # items that merely mention a number, a phone service or a benefit stay content
    assert line_chrome("1、24小时接听95598转接的抢修电话，做好登记") is None
    assert line_chrome("负责员工五险一金的申报和缴纳") is None
    assert line_chrome("协助财务核算每月餐补和交通补贴发放") is None


def test_skill_tags_under_a_duty_heading_are_items():
    text = "收银员岗位职责\n岗位职责：\n收银 理货 陈列 盘点\n任职要求：\n1、高中以上学历\n"
    # look-alike: the same shape under a duty heading is content, not chrome
    recs, drops = extract_with_drops(text)
    assert any("理货" in r.duty and r.section == "duty" for r in recs)
    assert not any(d.reason == "job card: skill tags" for d in drops)


# --- Taiwan vocabulary (after conversion to Simplified) ------------------------------------

def test_taiwan_job_post_vocabulary_names_role_and_sections():
    text = ("職缺：烘焙師傅（高雄門市）\n\n薪資待遇：月薪35,000元起\n\n上班時段：早班，需配合假日輪值\n\n工作內容：\n\n"
            "1. 依訂單製作麵包與蛋糕\n\n2. 維持工作檯與烤箱清潔\n\n應徵條件：\n\n1. 具烘焙丙級證照者優先\n\n"
            "2. 能配合假日排班\n\n職缺：門市店員\n\n工作內容：收銀結算；商品上架\n\n條件要求：高中職以上畢業\n\n"
            "有意者請將履歷寄至 job@example.com.tw 或電洽 (07)3456-7890 人事部 林小姐\n")
    assert rows(text) == [
        ("烘焙师傅", "duty", "依订单制作面包与蛋糕"), ("烘焙师傅", "duty", "维持工作台与烤箱清洁"),
        ("烘焙师傅", "requirement", "具烘焙丙级证照者优先"), ("烘焙师傅", "requirement", "能配合假日排班"),
        ("门市店员", "duty", "收银结算"), ("门市店员", "duty", "商品上架"),
        ("门市店员", "requirement", "高中职以上毕业")]


# --- a translated factory manual: articles, role glosses, a shared authority article --------

def test_manual_articles_name_roles_and_shared_authority_article():
    text = ("某某电子（无锡）有限公司\n检查员职务规定（译本）\n\n■第1条 目的\n本规定明确各职位的职务内容。\n\n"
            "■第2条 组长（チーフ）的职务\nA. 每日确认生产计划并分配作业。\nB. 发生异常时向课长报告。\n\n"
            "■第3条 检查员的职务\n★对成品进行外观检查\n★填写检查记录\n\n■第4条 权限\n"
            "组长：对不合格作业有叫停权；对加班申请有初审权。\n检查员：对不合格品有拒绝放行的权限。\n\n"
            "■第5条 附则\n本规定自发布之日起实施。\n")
    assert rows(text) == [
        ("组长", "duty", "每日确认生产计划并分配作业"), ("组长", "duty", "发生异常时向课长报告"),
        ("检查员", "duty", "对成品进行外观检查"), ("检查员", "duty", "填写检查记录"),
        ("组长", "authority", "对不合格作业有叫停权"), ("组长", "authority", "对加班申请有初审权"),
        ("检查员", "authority", "对不合格品有拒绝放行的权限")]


def test_articles_without_job_titles_are_groups_not_rows():
    text = "出纳岗位职责\n第1条 现金管理\n1、每日盘点库存现金\n第2条 票据管理\n1、登记支票领用\n"
    assert rows(text) == [("出纳", "duty", "每日盘点库存现金"), ("出纳", "duty", "登记支票领用")]


def test_plain_zhiwu_after_a_verb_is_not_a_role():
    text = "店长岗位职责\n1、不得在外兼任职务\n2、负责门店排班\n"
    assert [r[0] for r in rows(text)] == ["店长", "店长"]


# --- a bilingual JD: an English line, then its Chinese twin ---------------------------------

BILINGUAL = ("Job Description 职位说明\nPosition 职位: Store Pharmacist 驻店药师\nDepartment 部门: Retail 零售部\n"
             "Reports to 汇报对象: Area Manager 区域经理\n\nJob Summary 职位概述\n"
             "Provide safe medication advice to customers of the store every day.\n为门店顾客提供安全用药咨询。\n\n"
             "Key Responsibilities 主要职责\n• Review prescriptions and dispense medicines accurately.\n"
             "  审核处方并准确调配药品。\n• Keep the cold chain records of vaccines and insulin complete.\n"
             "  做好疫苗和胰岛素的冷链记录。\n• Check expiry dates of all shelf products monthly.\n"
             "  每月检查货架商品的有效期。\n\nRequirements 任职要求\n"
             "• Licensed pharmacist with at least 2 years of retail experience.\n  执业药师，2年以上零售药店经验。\n")


def test_bilingual_page_keeps_the_chinese_twin_and_names_the_chinese_role():
    recs, drops = extract_with_drops(BILINGUAL)
    got = [(r.role, r.section, r.duty) for r in recs]
    assert got == [("驻店药师", "summary", "为门店顾客提供安全用药咨询"),
                   ("驻店药师", "duty", "审核处方并准确调配药品"),
                   ("驻店药师", "duty", "做好疫苗和胰岛素的冷链记录"),
                   ("驻店药师", "duty", "每月检查货架商品的有效期"),
                   ("驻店药师", "requirement", "执业药师，2年以上零售药店经验")]
    assert not any(d.reason.startswith("English line") and _HAN.search(d.text) for d in drops)


def test_english_twin_lines_are_found_in_a_bilingual_page():
    lines = BILINGUAL.splitlines()
    found = {lines[i] for i in _english_lines(lines)}
    assert "• Review prescriptions and dispense medicines accurately." in found
    assert not any(_HAN.search(ln) for ln in found)


def test_one_english_line_in_a_chinese_page_is_left_alone():
    # look-alike: a Chinese post with a single English sentence is not a bilingual page
    text = "前台岗位职责\n1、接待来访客人\nWelcome to our company and thanks\n2、收发快递\n"
    _, drops = extract_with_drops(text)
    assert not any(d.reason.startswith("English line") for d in drops)


# --- a Word-exported outline: `1 目的`, `3.1 岗位`, `3.1.1 item` ----------------------------

OUTLINE = ("某某水务公司 泵站运行部岗位职责\n\n文件编号：SW-YX-01 受控状态：受控\n\n1 目的\n\n规范泵站运行部各岗位的工作。\n\n"
           "2 适用范围\n\n本文件适用于运行部全体人员。\n\n3 岗位职责\n\n3.1 运行班长\n\n3.1.1 每班检查水泵机组运行参数；\n\n"
           "3.1.2 安排本班巡检。\n\n3.2 巡检工\n\n3.2.1 每2小时巡视泵房一次；\n\n3.2.2 12小时内上报设备缺陷。\n\n"
           "4 任职要求\n\n4.1 运行班长\n\n4.1.1 持有电工证；\n\n4.2 巡检工\n\n4.2.1 高中及以上学历。\n")


def test_outline_numbers_name_roles_and_keep_the_parent_section():
    assert rows(OUTLINE) == [
        ("运行班长", "duty", "每班检查水泵机组运行参数"), ("运行班长", "duty", "安排本班巡检"),
        ("巡检工", "duty", "每2小时巡视泵房一次"), ("巡检工", "duty", "12小时内上报设备缺陷"),
        ("运行班长", "requirement", "持有电工证"), ("巡检工", "requirement", "高中及以上学历")]


def test_glued_numbers_are_not_an_outline():
    # look-alike: `2.1基本工资` glued numbering in a long rules text stays with the line rules
    from parsers.pieces import _outline
    lines = ["1.本制度适用于各岗位。", "2.1售后主管", "2.1.1基本工资:600元/月", "2.1.2岗位工资:900元/月"]
    assert _outline(lines) == {}


# --- hours lines, a part for all roles, rules of conduct ------------------------------------

def test_hours_line_is_chrome_and_a_sibling_section_is_for_every_role():
    text = ("A.收银员岗位职责\n1.准确收款找零；\n2.交班前核对现金。\n\nB.理货员岗位职责\n1.补货上架；\n2.检查保质期。\n\n"
            "C.工作要求\n营业时间 9:00-22:00 节假日照常\n全体员工须按时打卡，不得代打卡。\n")
    recs, drops = extract_with_drops(text)
    assert [(r.role, r.section, r.duty) for r in recs][-1] == ("", "duty", "全体员工须按时打卡，不得代打卡")
    assert any(d.reason == "opening hours" for d in drops)
    assert not any("营业时间" in r.duty for r in recs)


def test_section_after_a_single_role_heading_stays_with_that_role():
    # look-alike: `一、店长` `二、任职要求` — one role and its section numbered as siblings
    text = "一、店长岗位职责\n1.负责门店排班；\n二、任职要求\n1.三年以上零售管理经验。\n"
    assert rows(text)[-1] == ("店长", "requirement", "三年以上零售管理经验")


# --- a two-level outline; ages of the people cared for -------------------------------------

def test_two_level_outline_items_and_a_sibling_title_without_suffix():
    text = ("某某医院 检验科\n岗位职责（2026年版）\n\n1 检验科主任\n1.1 负责科室质量管理体系的运行\n"
            "1.2 审核危急值报告\n\n2 检验技师\n工作职责：\n1) 按规程完成标本检测\n\n3 科室助管\n"
            "科室助管由进修人员兼任，协助技师完成日常工作。\n（1）登记标本接收\n（2）整理试剂库存\n")
    assert rows(text) == [
        ("检验科主任", "duty", "负责科室质量管理体系的运行"), ("检验科主任", "duty", "审核危急值报告"),
        ("检验技师", "duty", "按规程完成标本检测"),
        ("科室助管", "summary", "科室助管由进修人员兼任，协助技师完成日常工作"),
        ("科室助管", "duty", "登记标本接收"), ("科室助管", "duty", "整理试剂库存")]


def test_age_of_children_cared_for_is_not_an_age_requirement():
    text = "保育员岗位职责\n1、照料2至6岁幼儿的午睡和进餐\n2、年龄45周岁以下\n"
    assert [r[1] for r in rows(text)] == ["duty", "requirement"]


def test_shared_requirement_section_lists_roles_named_before():
    text = ("岗位：司炉工\n• 按规程启停锅炉\n\n岗位：水处理工\n• 化验炉水指标\n\n任职条件\n"
            "• 司炉工：持有锅炉操作证\n• 水处理工：持有化验员证，能适应倒班\n")
    assert rows(text)[-2:] == [("司炉工", "requirement", "持有锅炉操作证"),
                               ("水处理工", "requirement", "持有化验员证，能适应倒班")]


def test_notice_roles_restated_under_a_numbered_duty_section_and_a_later_part():
    text = ("一、招聘岗位\n\n岗位名称：收费员\n任职要求：高中以上学历\n\n岗位名称：巡查员\n任职要求：持有C1驾照\n\n"
            "二、岗位职责\n\n（一）收费员\n\n1.按标准收取停车费；\n\n2.日结上交票款。\n\n（二）巡查员\n\n"
            "1.巡查路段车位；\n\n2.劝离违停车辆。\n\n三、报名方式\n\n报名时间为10月8日至10月12日，请携带身份证原件。\n")
    got = rows(text)
    assert ("收费员", "duty", "按标准收取停车费") in got
    assert ("巡查员", "duty", "劝离违停车辆") in got
    assert not any("报名时间" in r[2] for r in got)
