"""Segmentation patterns that the fifth held-out set revealed, on text written for these tests
(other trades, other words): government duty notices, trade-worker titles, shared requirement
sections, one-per-line lists, chatty lead-ins, pay and benefit fields, verbs that handle
licences, bilingual job posts.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from parsers import roles as R
from parsers import sections as S
from parsers.duties import extract, extract_with_drops


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. government notice: 一、unit / （一）role / 1. items; a role line with its sentence ----

NOTICE = ("市图书馆主要岗位职责\n\n"
          "为加强图书馆服务管理，明确岗位责任，结合馆内实际，现将主要岗位职责公布如下。\n\n"
          "一、读者服务部\n\n（一）流通馆员\n\n1.负责图书借还、续借和预约登记。\n\n2.每日整理书架，做好错架图书归位。\n\n"
          "（二）古籍修复工\n\n1.按修复方案完成破损古籍的清洗、补缀和装订。\n\n2.做好修复材料的领用登记。\n\n"
          "二、活动推广部\n\n（一）阅读推广专员。负责策划和组织全馆各类阅读推广活动。1.编制年度活动计划；2.联系作者和嘉宾；3.活动结束后撰写总结。\n\n"
          "本岗位职责自2025年9月1日起执行，由馆办公室负责解释。\n")


def test_notice_role_sentence_is_role_and_summary_and_frame_is_no_row():
    got = rows(NOTICE)
    assert ("古籍修复工", "duty", "按修复方案完成破损古籍的清洗、补缀和装订") in got
    assert ("阅读推广专员", "summary", "负责策划和组织全馆各类阅读推广活动") in got
    assert [d for r, s, d in got if r == "阅读推广专员" and s == "duty"] == [
        "编制年度活动计划", "联系作者和嘉宾", "活动结束后撰写总结"]
    assert not any("公布如下" in d or "负责解释" in d for _, _, d in got)
    _, drops = extract_with_drops(NOTICE)
    assert sum("preamble or closing" in d.reason for d in drops) == 2


def test_a_numbered_item_that_opens_with_a_title_word_is_not_a_role():
    # look-alike: `1.客服专员。` would be a role line, but a task sentence stays an item
    got = rows("仓库主管岗位职责\n1.负责入库验收。核对单据。\n2.组织月度盘点。\n")
    assert got == [("仓库主管", "duty", "负责入库验收。核对单据"), ("仓库主管", "duty", "组织月度盘点")]


def test_trade_worker_titles_end_in_gong():
    for title in ("园林养护工", "管道安装工", "钢筋工", "架子工"):
        assert R.bare_title_role(title) == title
    for not_title in ("施工", "全体员工", "正式开工", "做好加工", "化工"):
        assert R.bare_title_role(not_title) is None


# --- 2. a bare title under another role; a requirement list shared by every role ----------

PLAIN = ("　　一、店长\n　　⑴　负责门店日常运营和排班；\n　　⑵　完成月度销售指标。\n"
         "　　二、面点工\n　　主要工作：　按配方制作包子和馒头　　做好面点间卫生　　记录原料用量\n"
         "　　三、收银员\n　　1、负责收银和对账；\n　　2、保管备用金。\n"
         "　　四、任职要求（通用）\n　　1、遵守门店卫生制度，持有健康证；\n　　2、服从排班安排。\n\n"
         "　　　　　　　　　　2025年6月1日\n")


def test_bare_trade_title_starts_a_role_and_common_requirements_have_no_role():
    got = rows(PLAIN)
    assert [d for r, s, d in got if r == "面点工"] == ["按配方制作包子和馒头", "做好面点间卫生", "记录原料用量"]
    assert ("", "requirement", "遵守门店卫生制度，持有健康证") in got
    assert ("", "requirement", "服从排班安排") in got
    assert not any("2025" in d for _, _, d in got)


def test_heading_notes_and_common_notes():
    assert S.heading_section("任职要求（通用）") == S.heading_section("任职要求")
    assert S.heading_section("岗位职责(试行)") == "duty"
    assert S.COMMON_NOTE.search("任职要求（通用）")
    assert not S.COMMON_NOTE.search("岗位职责(试行)")


def test_task_list_under_a_plain_requirement_heading_stays_duty():
    # look-alike of the shared list above: `任职要求：` over things to do (after `任职资格`) is duties
    got = rows("理赔专员\n任职资格：大专以上学历。\n任职要求：\n1.认真审核理赔材料；\n2.按时录入理赔系统；\n"
               "3.遵守公司保密制度。\n")
    assert [s for r, s, d in got if r == "理赔专员" and "大专" not in d] == ["duty", "duty", "duty"]


def test_requirements_not_common_keep_the_role():
    got = rows("一、保安\n1、负责门岗值守；\n2、登记来访车辆。\n二、保洁员\n1、清扫公共区域；\n2、清运垃圾。\n"
               "任职要求（参考）\n1、身体健康；\n2、能适应倒班。\n")
    assert ("保洁员", "requirement", "身体健康") in got


# --- 3. one duty per line, no markers, no end punctuation ----------------------------------

def test_unmarked_lines_that_stand_alone_are_not_glued():
    text = ("网店运营专员岗位职责\n负责店铺商品上架、标题优化和详情页更新\n跟进每日订单，处理售后退换货问题\n"
            "统筹店铺促销活动并复盘数据\n")
    assert [d for _, _, d in rows(text)] == [
        "负责店铺商品上架、标题优化和详情页更新", "跟进每日订单，处理售后退换货问题", "统筹店铺促销活动并复盘数据"]


def test_a_hard_wrapped_item_still_joins():
    # look-alike: a line cut at the text's width (wider than the line before) goes on below
    text = ("网店运营专员岗位职责\n负责店铺商品上架和标题优化\n跟进每日订单，处理售后退换货问题，按平台规则在规定时限内对\n"
            "退款申请进行审核\n")
    assert [d for _, _, d in rows(text)][-1] == "跟进每日订单，处理售后退换货问题，按平台规则在规定时限内对退款申请进行审核"


# --- 4. chatty lead-in before a colon --------------------------------------------------------

def test_chatty_lead_in_before_the_colon_is_not_part_of_the_row():
    text = ("一、配菜员\n\n刚来的一般先做配菜员，主要工作：清洗和切配蔬菜；按单配好每桌菜品；收档时清理砧板和刀具。\n\n"
            "二、传菜员\n\n1、把菜品准时送到桌；\n2、收拾餐具。\n\n我们店对传菜员的要求不高：手脚麻利，能吃苦，会说普通话就行。\n")
    got = rows(text)
    assert [d for r, s, d in got if r == "配菜员"] == ["清洗和切配蔬菜", "按单配好每桌菜品", "收档时清理砧板和刀具"]
    assert ("传菜员", "requirement", "手脚麻利，能吃苦，会说普通话就行") in got


def test_an_item_title_before_a_colon_stays():
    # look-alike: `现场巡查：…` names the task; it is no lead-in and stays in the row
    got = rows("保安岗位职责\n现场巡查：每两小时巡查一次园区，记录异常情况。\n交接登记：下班前填写交接班记录。\n")
    assert [d for _, _, d in got] == ["现场巡查：每两小时巡查一次园区，记录异常情况", "交接登记：下班前填写交接班记录"]


# --- 5. pay and benefit fields of a job post ---------------------------------------------------

def test_pay_and_benefit_fields_are_no_rows():
    text = ("数控车工\n岗位职责：\n1) 按图纸完成零件车削加工；\n2) 做好机床日常保养。\n任职要求：\n1) 2年以上数控车床操作经验。\n\n"
            "薪资构成：底薪+计件，月薪约7-10千\n其他福利：包住  节日福利  年度体检\n招聘人数：3人\n"
            "晋升空间：车工-班长-车间主任\n岗位亮点：师傅带教\n")
    got = rows(text)
    assert [s for _, s, _ in got] == ["duty", "duty", "requirement"]
    _, drops = extract_with_drops(text)
    assert any("包住" in d.text for d in drops)


# --- 6. a task verb that handles a licence stays a duty -----------------------------------------

def test_task_that_checks_a_licence_is_a_duty():
    text = ("代驾司机\n你需要做的：\n• 接单后联系客户确认上车地点\n• 核验客户驾驶证，签订代驾服务确认单\n"
            "我们希望你：\n• 持C1驾照，驾龄3年以上\n")
    got = rows(text)
    assert ("代驾司机", "duty", "核验客户驾驶证，签订代驾服务确认单") in got
    assert ("代驾司机", "requirement", "持C1驾照，驾龄3年以上") in got


# --- 7. bilingual job post -----------------------------------------------------------------------

BILINGUAL = ("Careers 加入我们 | Hanshan Roastery 寒山咖啡\n\n"
             "Head Roaster 烘焙主管\nLocation: Hangzhou 杭州 | Full-time 全职\n\n"
             "Key Responsibilities 主要职责\n- Plan the weekly roasting schedule.\n  制定每周烘焙计划。\n"
             "- Cup every batch and log the results.\n  对每批咖啡豆进行杯测并记录结果。\n\n"
             "QC Assistant QC助理\nLocation: Hangzhou 杭州 | Part-time 兼职\n\n"
             "Key Responsibilities 主要职责\n- Weigh and label green beans.\n  称量生豆并贴标签。\n"
             "- Keep the sample room tidy.\n  保持样品室整洁。\n\n"
             "Requirements 任职要求\n- Basic English.\n  具备基础英语读写能力。\n\n"
             "How to apply 申请方式\nEmail your CV to jobs@example.com\n请将简历发送至 jobs@example.com\n")


def test_bilingual_titles_name_roles_and_english_never_makes_rows():
    got = rows(BILINGUAL)
    assert [d for r, s, d in got if r == "QC助理" and s == "duty"] == ["称量生豆并贴标签", "保持样品室整洁"]
    assert ("烘焙主管", "duty", "制定每周烘焙计划") in got
    assert not any(r == "烘焙主管" and "称量" in d for r, _, d in got)
    assert all(any("\u4e00" <= c <= "\u9fff" for c in d) for _, _, d in got)
    assert not any("Location" in d or "Full-time" in d or "申请方式" in d for _, _, d in got)


# --- forum reply: a lead-in naming the role, and `要求` glued to qualifications -------------

def test_forum_reply_lead_in_names_the_role_and_glued_requirement():
    text = ("木工岗位职责\n1.按图纸制作柜体；\n2.现场安装门套。\n\n回复 支持 (3) 反对 (0)\n\n"
            "请问油漆工平时干什么？\n\n有的，油漆工的活儿大概就是这些：\n\n①打磨腻子找平墙面；\n\n②调色并喷涂面漆。\n\n"
            "要求能看懂色卡，有家装经验的优先。\n")
    got = rows(text)
    assert [(r, s) for r, s, d in got if "腻子" in d or "面漆" in d] == [("油漆工", "duty"), ("油漆工", "duty")]
    assert ("油漆工", "requirement", "能看懂色卡，有家装经验的优先") in got


def test_requiring_staff_to_do_something_is_a_task():
    # look-alike: `要求下属…` is what a manager does, not a qualification
    got = rows("车间主任岗位职责\n要求班组长每日填写生产日报，督促落实整改。\n")
    assert got and all(s != "requirement" for _, s, _ in got)
    assert got[0][2].startswith("要求班组长")


def test_shared_requirement_heading_without_a_note_and_trade_titles_like_greening():
    got = rows("一、保安员\n1、门岗值守；\n2、夜间巡逻。\n二、绿化工\n1、修剪草坪；\n2、浇水施肥。\n"
               "三、共同要求\n1、服从安排；\n2、持证上岗。\n")
    assert [d for r, s, d in got if r == "绿化工"] == ["修剪草坪", "浇水施肥"]
    assert [(r, s) for r, s, d in got if d in ("服从安排", "持证上岗")] == [("", "requirement"), ("", "requirement")]
    assert R.bare_title_role("石油化工") is None


def test_post_named_with_gang_and_its_sentence():
    got = rows("一、办公室\n（一）收发岗。承担机关信件、报刊的收发和登记工作。\n1.每日分拣来信；\n2.登记挂号信件。\n")
    assert ("收发岗", "summary", "承担机关信件、报刊的收发和登记工作") in got
    assert [d for r, s, d in got if r == "收发岗" and s == "duty"] == ["每日分拣来信", "登记挂号信件"]


def test_chatty_lead_in_with_fu_ze_and_requirement_heading_about_the_role():
    got = rows("前台接待岗位职责\n我们公司前台一般是应届生，主要负责：接听电话、收发快递、访客登记。\n"
               "对前台的要求：形象好，普通话标准，会用Office。\n")
    assert got == [("前台接待", "duty", "接听电话、收发快递、访客登记"),
                   ("前台接待", "requirement", "形象好，普通话标准，会用Office")]


def test_bilingual_heading_over_a_section_heading_is_the_post():
    text = ("Careers 招贤纳士\n\nHR Business Partner 人力资源业务伙伴\nResponsibilities 工作职责\n"
            "- Run hiring for two plants.\n  负责两个工厂的招聘。\n- Handle employee relations.\n  处理员工关系事务。\n\n"
            "Our Culture 企业文化\nBenefits 福利待遇\n- Free lunch.\n  免费午餐。\n")
    got = rows(text)
    assert [(r, s) for r, s, d in got] == [("人力资源业务伙伴", "duty"), ("人力资源业务伙伴", "duty")]


def test_chatty_lead_in_naming_work_gives_duties_not_a_summary():
    got = rows("药剂员\n\n老药师一般带新人半年，新人主要的活儿：摆药、核对处方、登记效期。\n")
    assert got == [("药剂员", "duty", "摆药、核对处方、登记效期")]


def test_hard_wrapped_line_as_wide_as_a_standalone_line_still_joins():
    text = ("仓管员岗位职责\n负责原材料和成品的入库验收，核对送货单与采购订单数量；\n"
            "按照先进先出原则发放物料，做好领料单的审核与登记，每日\n更新库存台账\n盘点库存\n")
    assert [d for _, _, d in rows(text)] == ["负责原材料和成品的入库验收，核对送货单与采购订单数量",
                                              "按照先进先出原则发放物料，做好领料单的审核与登记，每日更新库存台账", "盘点库存"]


def test_obey_items_do_not_vote_under_a_plain_requirement_heading():
    # a list of tasks with a conduct rule among them stays duties; the rule alone is left to the heading
    got = rows("收银员\n工作要求：\n1、遵守收银制度；\n2、负责当班现金清点；\n3、核对每日账目。\n")
    assert [s for _, s, _ in got] == ["duty", "duty", "duty"]


def test_common_requirements_on_a_one_role_page_keep_the_role():
    got = rows("会计岗位职责\n1、负责记账；\n2、编制报表。\n通用要求：\n1、财会专业大专以上；\n2、持初级会计证。\n")
    assert ("会计", "requirement", "财会专业大专以上") in got


def test_health_grade_titles_and_a_numbered_section_heading_is_never_a_wrap():
    text = ("岗位名称：检验士\n任职要求：医学检验专业大专以上学历，有二级医院检验科工作经历者优先\n\n二、岗位职责\n\n"
            "（一）助产士：负责产房接生；做好新生儿护理。\n")
    got = rows(text)
    assert ("检验士", "requirement", "医学检验专业大专以上学历，有二级医院检验科工作经历者优先") in got
    assert [d for r, s, d in got if r == "助产士"] == ["负责产房接生", "做好新生儿护理"]


def test_a_note_in_brackets_alone_is_no_row():
    got, drops = extract_with_drops("月嫂岗位职责\n（内部培训讲义第三讲）\n1、照顾产妇饮食起居；\n2、新生儿洗澡抚触。\n")
    assert [r.duty for r in got] == ["照顾产妇饮食起居", "新生儿洗澡抚触"]
    assert any(d.reason.startswith("a note in brackets") for d in drops)
