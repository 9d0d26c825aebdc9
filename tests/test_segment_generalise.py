"""Patterns that generalise beyond the corpus (held-out failures), on text written for these tests.

Each pattern has a case that must fire and a look-alike that must not.
"""
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- pattern 1: role headings -------------------------------------------------------------

def test_numbered_title_with_trade_suffix_after_page_title():
    text = ("门店各岗位职责\n\n一、面点师长\n岗位职责：\n◆负责面点间的日常管理；\n◆制定点心单。\n\n"
            "二、电焊工\n岗位职责：\n◆按图纸完成焊接作业；\n◆保养焊机。\n")
    assert rows(text) == [("面点师长", "duty", "负责面点间的日常管理"), ("面点师长", "duty", "制定点心单"),
                          ("电焊工", "duty", "按图纸完成焊接作业"), ("电焊工", "duty", "保养焊机")]


def test_bare_title_alone_after_a_list_is_a_heading_not_a_wrap():
    text = ("仓管员\n职责：\n1、负责收货验货\n2、登记出入库\n\n"
            "送货员\n1、按单送货到门店\n2、带回签收单\n")
    assert rows(text) == [("仓管员", "duty", "负责收货验货"), ("仓管员", "duty", "登记出入库"),
                          ("送货员", "duty", "按单送货到门店"), ("送货员", "duty", "带回签收单")]


def test_bare_title_after_space_list_and_framed_section_heading():
    text = ("前台文员\n职责： 接听来访电话 收发快递包裹 登记访客信息 整理会议室\n\n"
            "保洁员\n== 工作内容 ==\n- 清扫办公区域；\n- 倒垃圾。\n")
    assert rows(text) == [("前台文员", "duty", "接听来访电话"), ("前台文员", "duty", "收发快递包裹"),
                          ("前台文员", "duty", "登记访客信息"), ("前台文员", "duty", "整理会议室"),
                          ("保洁员", "duty", "清扫办公区域"), ("保洁员", "duty", "倒垃圾")]


def test_short_wrap_without_blank_line_still_joins():
    # false positive guard: a wrapped word that happens to end like a title, no blank line
    text = "店长岗位职责\n1、每周组织一次例会，培训新入职的\n营业员\n2、检查陈列\n"
    assert rows(text) == [("店长", "duty", "每周组织一次例会，培训新入职的营业员"), ("店长", "duty", "检查陈列")]


def test_numbered_role_with_colon_in_own_paragraph_is_not_glued():
    text = ("车间各岗位职责 一、钳工 1.按图纸加工零件 2.保养设备\n\n"
            "二、搬运工：负责物料的搬运；协助清点数量。\n")
    assert rows(text) == [("钳工", "duty", "按图纸加工零件"), ("钳工", "duty", "保养设备"),
                          ("搬运工", "duty", "负责物料的搬运"), ("搬运工", "duty", "协助清点数量")]


# --- pattern 2: requirement headings switch the section ----------------------------------

def test_every_item_under_a_requirement_list_is_a_requirement():
    text = ("出纳岗位职责\n1、负责现金收付\n2、登记日记账\n任职要求\n1、中专以上学历\n2、2年以上出纳经验\n"
            "3、点钞速度快\n4、能接受加班\n")
    assert rows(text) == [("出纳", "duty", "负责现金收付"), ("出纳", "duty", "登记日记账"),
                          ("出纳", "requirement", "中专以上学历"), ("出纳", "requirement", "2年以上出纳经验"),
                          ("出纳", "requirement", "点钞速度快"), ("出纳", "requirement", "能接受加班")]


def test_inline_requirement_heading_with_semicolon_list():
    text = "前台文员\n职责：\n1) 接听电话；\n2) 接待访客。\n要求：中专以上学历；熟悉办公软件；能适应轮班。\n"
    assert rows(text) == [("前台文员", "duty", "接听电话"), ("前台文员", "duty", "接待访客"),
                          ("前台文员", "requirement", "中专以上学历"), ("前台文员", "requirement", "熟悉办公软件"),
                          ("前台文员", "requirement", "能适应轮班")]


def test_requirement_heading_inside_the_duty_line():
    text = "仓管员\n工作职责：1.负责收货；2.负责发货。任职要求：1.高中以上学历；2.会开叉车。\n"
    assert rows(text) == [("仓管员", "duty", "负责收货"), ("仓管员", "duty", "负责发货"),
                          ("仓管员", "requirement", "高中以上学历"), ("仓管员", "requirement", "会开叉车")]


def test_work_requirement_list_of_tasks_stays_duty():
    # false positive guard: `工作要求` over things to do is a duty list
    text = "保安员岗位职责\n工作要求：\n1、按时交接班\n2、负责巡逻登记\n3、检查消防设施\n"
    assert {s for _, s, _ in rows(text)} == {"duty"}


# --- pattern 3: unmarked one-per-line lists and letter markers -----------------------------

def test_letter_markers_of_every_style():
    text = "保洁员岗位职责\na) 清扫楼道；\nb) 擦拭扶手；\n(c) 清运垃圾；\nD. 做好交接记录。\n"
    assert rows(text) == [("保洁员", "duty", "清扫楼道"), ("保洁员", "duty", "擦拭扶手"),
                          ("保洁员", "duty", "清运垃圾"), ("保洁员", "duty", "做好交接记录")]


def test_letters_inside_an_item_are_not_markers():
    text = "客服专员岗位职责\n1、A、B类客户的回访\n2、整理VIP客户资料\n"
    assert rows(text) == [("客服专员", "duty", "A、B类客户的回访"), ("客服专员", "duty", "整理VIP客户资料")]


def test_unmarked_short_lines_under_a_heading_are_one_row_each():
    text = "收费员岗位职责\n准确收取停车费\n打印日结单据\n交班点清现金\n任职要求：\n有健康证\n能吃苦\n"
    assert rows(text) == [("收费员", "duty", "准确收取停车费"), ("收费员", "duty", "打印日结单据"),
                          ("收费员", "duty", "交班点清现金"), ("收费员", "requirement", "有健康证"),
                          ("收费员", "requirement", "能吃苦")]


def test_wrapped_long_line_is_not_an_unmarked_list():
    # false positive guard: one item wrapped after a comma stays one row
    text = "店长岗位职责\n负责门店的日常运营管理工作，包括人员排班、\n商品陈列和安全检查\n"
    assert [d for _, _, d in rows(text)] == ["负责门店的日常运营管理工作，包括人员排班、商品陈列和安全检查"]


# --- pattern 5: a count right after a number marker ---------------------------------------

def test_marker_followed_by_a_count():
    text = "会计\n任职要求：1.财务专业本科；2.3年以上总账经验；3.5人团队管理经历优先。\n"
    assert rows(text) == [("会计", "requirement", "财务专业本科"), ("会计", "requirement", "3年以上总账经验"),
                          ("会计", "requirement", "5人团队管理经历优先")]


def test_decimal_count_that_is_not_the_next_number_stays():
    # false positive guard: `1.5小时` where the list expects 3 is a quantity
    text = "维修工岗位职责\n1.负责设备检修\n2.填写维修记录 标准： 1.5小时内到场\n"
    assert [d for _, _, d in rows(text)][:1] == ["负责设备检修"]
    assert any("1.5小时内到场" in d for _, _, d in rows(text))


def test_named_role_with_a_bracketed_note():
    text = "岗位名称：仓库主管（兼采购员）\n工作职责：\n1、负责仓库管理\n2、审核采购单\n"
    assert {r for r, _, _ in rows(text)} == {"仓库主管"}


# --- pattern 4: cruft is neither a row nor glued to the last item -------------------------

def test_cruft_after_the_last_item():
    text = ("面点师岗位职责\n1、制作早点\n2、保持操作台清洁\n第 2 页\n\n(来源：网络，如有侵权请联系删除)\n"
            "THE END\n")
    assert [d for _, _, d in rows(text)] == ["制作早点", "保持操作台清洁"]


def test_related_articles_list_after_a_bracketed_title():
    text = ("门卫岗位职责\n1、登记来访人员\n2、巡查大门\n\n【门卫岗位职责】相关文章：\n\n"
            "1.保安岗位职责\n\n2.门卫工作总结\n\n3.保安年终计划\n")
    assert rows(text) == [("门卫", "duty", "登记来访人员"), ("门卫", "duty", "巡查大门")]


def test_forum_reply_after_the_list_is_not_a_row():
    text = "护士岗位职责\n1、执行医嘱\n2、巡视病房\n这是我们科室的，楼主参考一下。\n"
    assert [d for _, _, d in rows(text)] == ["执行医嘱", "巡视病房"]


def test_a_real_list_after_related_heading_still_counts():
    # false positive guard: a role heading followed by a list of tasks is content again
    text = ("相关文章：\n1.收银员岗位职责\n2.导购员工作总结\n\n导购员岗位职责\n1、负责迎接顾客，介绍商品\n"
            "2、整理货架\n")
    assert [(r, d) for r, _, d in rows(text)] == [("导购员", "负责迎接顾客，介绍商品"), ("导购员", "整理货架")]


def test_item_that_ends_like_a_title_but_opens_with_a_task_is_an_item():
    text = "前台岗位职责\n1、登记来访人员\n2、协助安排值班人员\n3、收发信件\n"
    assert [(r, d) for r, _, d in rows(text)] == [("前台", "登记来访人员"), ("前台", "协助安排值班人员"),
                                                ("前台", "收发信件")]


def test_framed_requirement_heading_after_unmarked_lines_is_not_glued():
    text = ("行李员\n【岗位职责】\n为客人搬运行李\n保管寄存物品\n【任职资格】\n身高170cm以上\n能讲简单英语\n")
    assert rows(text) == [("行李员", "duty", "为客人搬运行李"), ("行李员", "duty", "保管寄存物品"),
                          ("行李员", "requirement", "身高170cm以上"), ("行李员", "requirement", "能讲简单英语")]


def test_requirement_list_whose_first_word_looks_like_a_verb():
    # `计算机…` opens with `计算`, which is not a task; the list is qualifications
    text = "网管\n职责：维护网络；备份数据。\n要求：计算机相关专业；熟悉交换机配置；2年以上网管经验。\n"
    assert [s for _, s, _ in rows(text)] == ["duty", "duty", "requirement", "requirement", "requirement"]


def test_forum_thanks_after_the_last_item_is_dropped():
    text = "药师岗位职责\n1.审核处方\n2.调配药品\n\n谢谢楼主分享！\n回复 2楼 的帖子\n"
    assert [d for _, _, d in rows(text)] == ["审核处方", "调配药品"]


# --- more layouts: handbooks, prose enumerations, long heading phrases --------------------

def test_handbook_chapters_and_articles_name_roles():
    text = ("第二章 岗位职责\n\n第一条 档案员职责\n（一）负责档案的接收和整理；\n（二）办理借阅手续。\n\n"
            "第二条 保管员职责\n（一）负责库房温湿度记录。\n\n第三章 考勤\n第五条 员工应按时上下班。\n")
    assert rows(text) == [("档案员", "duty", "负责档案的接收和整理"), ("档案员", "duty", "办理借阅手续"),
                          ("保管员", "duty", "负责库房温湿度记录")]


def test_prose_enumeration_yi_shi_er_shi():
    text = "话务员的主要职责有：一是接听来电；二是记录工单；三是回访客户。\n"
    assert rows(text) == [("话务员", "duty", "接听来电"), ("话务员", "duty", "记录工单"), ("话务员", "duty", "回访客户")]


def test_yi_shi_inside_a_word_is_not_a_marker():
    # false positive guard: `唯一是` / an out-of-order `三是` are text
    text = "质检员岗位职责\n1、确保产品唯一是合格的\n2、三是检验的重点\n"
    assert [d for _, _, d in rows(text)] == ["确保产品唯一是合格的", "三是检验的重点"]


def test_heading_with_a_long_intro_phrase():
    text = "门卫的职责主要包括以下几个方面：\n（1）登记来访车辆；\n（2）夜间巡逻。\n"
    assert rows(text) == [("门卫", "duty", "登记来访车辆"), ("门卫", "duty", "夜间巡逻")]


def test_bracketed_labels_and_recruiting_posts():
    text = ("【岗位名称】出纳\n【所属部门】财务部\n【工作职责】\n1、现金收付\n2、银行对账\n【任职要求】会计专业；持证上岗\n\n"
            "招聘：仓库文员\n工作地点：苏州  薪资：5-6K\n岗位职责：\n1.录入出入库单据\n")
    assert rows(text) == [("出纳", "duty", "现金收付"), ("出纳", "duty", "银行对账"),
                          ("出纳", "requirement", "会计专业"), ("出纳", "requirement", "持证上岗"),
                          ("仓库文员", "duty", "录入出入库单据")]


def test_bracketed_text_that_is_no_label_stays_text():
    # false positive guard: `【注意】` is not a heading; the item under the role stays
    text = "司机岗位职责\n1、出车前检查车况\n【注意】雨天减速慢行\n"
    got = rows(text)
    assert got[0] == ("司机", "duty", "出车前检查车况") and all(r == "司机" for r, _, _ in got)


# --- nothing vanishes unseen ----------------------------------------------------------------

def test_items_without_a_row_are_reported_with_a_reason():
    from parsers.duties import extract_with_drops
    text = ("各部门岗位职责汇编\n1、这一条不属于任何岗位\n\n洗碗工岗位职责\n1、清洗餐具\n直接上级：厨师长\n"
            "本文由小编整理，供大家参考\n")
    recs, drops = extract_with_drops(text)
    assert [(r.role, r.duty) for r in recs] == [("洗碗工", "清洗餐具")]
    reasons = {d.text: d.reason for d in drops}
    assert reasons["这一条不属于任何岗位"].startswith("no role")
    assert reasons["厨师长"].startswith("section other")
    assert any(r == "site chatter" for r in reasons.values())
    # every drop points at its text in the input
    for d in drops:
        assert d.text[:2] in text[d.char_start:d.char_end]


def test_inspect_shows_dropped_blocks():
    from parsers.duties import extract
    from parsers.inspect import render
    text = "各部门岗位职责汇编\n1、这一条不属于任何岗位\n\n洗碗工岗位职责\n1、清洗餐具\n"
    shown = render(text, extract(text))
    assert "✗ no role" in shown and "└ duty        洗碗工 #1: 清洗餐具" in shown


def test_bilingual_headings():
    text = ("采购专员 Purchasing Specialist\n岗位职责 Responsibilities:\n1）询价比价；\n2）跟进交期。\n"
            "任职要求 Requirements:\n1）大专以上学历；\n2）能适应出差。\n")
    assert rows(text) == [("采购专员", "duty", "询价比价"), ("采购专员", "duty", "跟进交期"),
                          ("采购专员", "requirement", "大专以上学历"), ("采购专员", "requirement", "能适应出差")]


def test_english_sentence_after_chinese_is_not_a_heading():
    # false positive guard: an item ending in an English phrase stays an item
    text = "翻译岗位职责\n1、负责日常口译 and written translation\n2、整理术语表\n"
    assert [r for r, _, _ in rows(text)] == ["翻译", "翻译"]


def test_duty_sentences_under_a_duty_heading_are_one_row_each():
    text = "文员\n岗位职责：负责收发文件。负责会议记录。协助整理档案。\n"
    assert [d for _, _, d in rows(text)] == ["负责收发文件", "负责会议记录", "协助整理档案"]


def test_prose_sentences_under_a_duty_heading_stay_together():
    # false positive guard: sentences that are not each a task are one paragraph
    text = "文员\n岗位职责：本岗位位于行政部。负责收发文件和会议记录。\n"
    assert len(rows(text)) == 1


def test_single_task_word_in_a_running_list_is_not_a_role():
    text = "前台\n1. 接待顾客\n2. 收银\n3. 接听电话\n"
    assert rows(text) == [("前台", "duty", "接待顾客"), ("前台", "duty", "收银"), ("前台", "duty", "接听电话")]


def test_field_named_titles_alone_over_a_list():
    text = "招聘岗位\n\n新媒体运营\n岗位职责：\n1、运营公众号\n2、撰写推文\n\n平面设计：\n1、设计海报\n2、制作画册\n"
    assert rows(text) == [("新媒体运营", "duty", "运营公众号"), ("新媒体运营", "duty", "撰写推文"),
                          ("平面设计", "duty", "设计海报"), ("平面设计", "duty", "制作画册")]


def test_field_word_inside_a_list_is_not_a_role():
    # false positive guard: `产品设计` as an unmarked list line stays an item of the role above
    text = "研发经理岗位职责\n负责研发团队管理\n产品设计\n技术评审\n"
    assert {r for r, _, _ in rows(text)} == {"研发经理"}


def test_job_cards_name_their_roles():
    text = ("测试工程师  10-15K  上海 | 1-3年 | 本科\n职位描述：\n1、编写测试用例；\n2、提交缺陷报告。\n立即沟通\n\n"
            "运维工程师  12-18K  上海 | 3-5年 | 大专\n职位描述：\n1、巡检服务器。\n")
    assert rows(text) == [("测试工程师", "duty", "编写测试用例"), ("测试工程师", "duty", "提交缺陷报告"),
                          ("运维工程师", "duty", "巡检服务器")]


def test_post_header_and_notes_are_not_rows():
    text = ("岗位：采购员    部门：采购部\n职责：1.询价；2.下单。\n备注：本岗位需出差。\n")
    assert rows(text) == [("采购员", "duty", "询价"), ("采购员", "duty", "下单")]


def test_a_forum_request_title_names_no_role():
    text = "求一份厨师岗位职责，谢谢！\n\n面点师岗位职责：\n1、制作面点\n\n求一份厨师岗位职责\n"
    assert rows(text) == [("面点师", "duty", "制作面点")]


def test_post_names_ending_in_gang_and_role_plus_section_lines():
    text = ("柜台岗位设置\n\n综合岗\n1．负责行政事务；\n2．管理印章。\n\n"
            "收银主管岗位职责\n1、管理收银组\n收银主管任职要求\n1、大专学历\n2、3年以上收银经验\n")
    assert rows(text) == [("综合岗", "duty", "负责行政事务"), ("综合岗", "duty", "管理印章"),
                          ("收银主管", "duty", "管理收银组"), ("收银主管", "requirement", "大专学历"),
                          ("收银主管", "requirement", "3年以上收银经验")]


def test_qualification_items_ending_in_gang_are_not_roles():
    # false positive guard: `具备…上岗资格` is a requirement, `按时到岗` a duty
    text = "出纳岗位职责\n1、按时到岗\n任职要求：\n1、中专学历\n2、具备出纳上岗资格\n"
    assert rows(text) == [("出纳", "duty", "按时到岗"), ("出纳", "requirement", "中专学历"),
                          ("出纳", "requirement", "具备出纳上岗资格")]


def test_duty_table_rows_give_their_duty_cell():
    text = ("保管员岗位职责\n序号 工作内容 考核标准\n1 负责物资入库 当日完成\n2 负责月末盘点 差错为零\n\n"
            "保管员任职要求\n1、高中学历\n")
    assert rows(text) == [("保管员", "duty", "负责物资入库"), ("保管员", "duty", "负责月末盘点"),
                          ("保管员", "requirement", "高中学历")]


def test_numbered_lines_without_a_table_header_are_not_cut_into_cells():
    # false positive guard: without a `序号 … 工作内容` header a spaced line is one item
    text = "保管员岗位职责\n1、负责物资入库 当日完成\n2、负责月末盘点 差错为零\n"
    assert [d for _, _, d in rows(text)] == ["负责物资入库当日完成", "负责月末盘点差错为零"]


def test_markdown_headings_and_bold_section_labels():
    text = ("# 门店手册\n\n## 理发师\n**岗位职责**\n- 为顾客理发\n\n**任职要求**\n- 2年以上理发经验\n")
    assert rows(text) == [("理发师", "duty", "为顾客理发"), ("理发师", "requirement", "2年以上理发经验")]


def test_a_minus_sign_before_a_number_is_not_a_bullet():
    # false positive guard: `-5℃` inside an item stays; only `- ` + number at item start is a bullet
    text = "冷库管理员岗位职责\n1、保持库温在-5℃以下\n2、记录温度\n"
    assert [d for _, _, d in rows(text)] == ["保持库温在-5℃以下", "记录温度"]


def test_page_meta_line_and_restated_title_are_not_items():
    text = ("保姆岗位职责\n2022-01-01 来源：家政网 浏览：99次\n\n保姆\n工作内容：\n◎ 打扫卫生\n◎ 做饭\n")
    assert rows(text) == [("保姆", "duty", "打扫卫生"), ("保姆", "duty", "做饭")]


def test_three_spaced_phrases_after_a_duty_heading_are_three_items():
    text = "育婴员\n工作内容： 照顾婴儿起居 记录成长情况 指导家长育儿\n"
    assert [d for _, _, d in rows(text)] == ["照顾婴儿起居", "记录成长情况", "指导家长育儿"]


def test_latin_terms_with_spaces_do_not_split_a_duty():
    # false positive guard: `负责 ERP 系统维护` is one phrase
    text = "信息专员\n工作内容：负责 ERP 系统维护\n"
    assert [d for _, _, d in rows(text)] == ["负责ERP系统维护"]


def test_title_with_duties_and_requirements():
    text = "直播运营岗位职责及任职要求\n\n岗位职责：\n1、策划直播脚本\n任职要求：\n1、1年以上直播经验\n"
    assert rows(text) == [("直播运营", "duty", "策划直播脚本"), ("直播运营", "requirement", "1年以上直播经验")]


def test_skill_clause_in_a_requirement_paragraph_is_a_requirement():
    text = "档案员岗位职责：\n1. 整理档案\n任职资格：\n档案管理专业大专以上学历，熟悉档案法规。\n"
    assert rows(text)[-1] == ("档案员", "requirement", "档案管理专业大专以上学历，熟悉档案法规")


def test_role_described_before_its_list_on_a_flattened_line():
    text = "资料员岗位职责 资料员负责工程资料的收集和归档工作。 1、收集施工资料 2、整理竣工档案\n"
    assert rows(text) == [("资料员", "summary", "资料员负责工程资料的收集和归档工作"),
                          ("资料员", "duty", "收集施工资料"), ("资料员", "duty", "整理竣工档案")]
