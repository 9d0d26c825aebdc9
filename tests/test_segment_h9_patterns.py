"""Segmentation patterns that the ninth and tenth held-out sets revealed, on text written for
these tests (other trades, other words): a note, an aside or a file name after a list is no
wrap of its last item; `XX岗位责任制` headings; clause-long `（一）…` lines are items, not
groups.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from parsers import roles as R
from parsers import sections as S
from parsers.duties import extract, extract_with_drops


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. what follows the last item is no wrap of it ---------------------------------------

NOTE_AFTER = ("仓库管理员\n"
              "- 核对入库单和实物数量\n"
              "- 每周盘点一次货架库存，保持账实相符\n\n"
              "注：仓库开放时间为每日早八点至晚六点。\n")

ASIDE_AFTER = ("招聘要求\n\n"
               "1. 两年以上冷链配送经验\n\n"
               "2. 持C1驾照者优先\n\n"
               "另外，配送补贴的标准请问行政部，这里不细说了。\n")

FILE_AFTER = ("设备点检员\n"
              "1、每班点检主机振动和温度\n"
              "2、发现异常有提出停机的建议权\n"
              "DJ-SB-003.pdf(application/pdf)\n")

PROSE_AFTER = ("二、门卫\n\n"
               "■ 登记外来车辆和访客\n\n"
               "■ 夜间每两小时巡查一次围墙\n\n"
               "人手不用多，关键是靠得住。小一点的厂，门卫和保洁可以一个人兼。\n")


def test_a_note_after_the_list_is_no_wrap_and_no_row():
    got = rows(NOTE_AFTER)
    assert ("仓库管理员", "duty", "每周盘点一次货架库存，保持账实相符") in got
    assert not any("开放时间" in d for _, _, d in got)
    _, drops = extract_with_drops(NOTE_AFTER)
    assert any("开放时间" in d.text for d in drops)        # recorded, not lost


def test_an_aside_after_the_list_is_no_wrap_and_no_row():
    got = [(s, d) for _, s, d in rows(ASIDE_AFTER)]
    assert ("requirement", "持C1驾照者优先") in got
    assert not any("补贴" in d for _, d in got)


def test_a_file_name_after_the_list_is_no_wrap():
    got = rows(FILE_AFTER)
    assert ("设备点检员", "authority", "发现异常有提出停机的建议权") in got
    assert not any(".pdf" in d for _, _, d in got)


def test_prose_of_several_sentences_after_the_list_is_no_wrap():
    got = rows(PROSE_AFTER)
    assert ("门卫", "duty", "夜间每两小时巡查一次围墙") in got
    assert not any("靠得住" in d for _, _, d in got)


def test_a_real_wrap_still_joins():
    text = ("资料员\n1、负责工程资料的收集、整理和归档，\n并按月移交档案室\n2、登记图纸借阅\n")
    assert ("资料员", "duty", "负责工程资料的收集、整理和归档，并按月移交档案室") in rows(text)


# --- 2. `XX岗位责任制` names the role; `（一）…` clauses in a row are items -------------------

ZERENZHI = ("某某水泥厂岗位责任制汇编\n\n"
            "（本汇编由生产科修订）\n\n"
            "一、窑头看火工岗位责任制\n"
            "（一）密切观察窑内火焰和熟料结粒情况，及时调整喂煤量\n"
            "（二）每小时记录一次窑头温度和负压\n"
            "二、包装工岗位责任制\n"
            "（一）开机前检查包装机的计量装置\n"
            "（二）运行中监视袋重，超差时先停机再校秤\n"
            "（三）每班清扫包装机周围的散灰\n")


def test_a_responsibility_system_heading_names_the_role():
    assert R.heading_role("窑头看火工岗位责任制") == "窑头看火工"
    got = rows(ZERENZHI)
    assert ("窑头看火工", "duty", "每小时记录一次窑头温度和负压") in got
    assert not any("汇编" in d for _, _, d in got)


def test_clause_long_numbered_lines_in_a_row_are_items_not_groups():
    got = rows(ZERENZHI)
    pack = [d for r, s, d in got if r == "包装工"]
    assert pack == ["开机前检查包装机的计量装置", "运行中监视袋重，超差时先停机再校秤", "每班清扫包装机周围的散灰"]
    assert all(r.group == "" for r in extract(ZERENZHI) if r.role == "包装工")


def test_a_short_numbered_name_over_a_nested_list_stays_a_group():
    text = ("质检员岗位职责\n（一）来料检验\n1、核对供应商的出厂报告\n2、按标准抽样\n"
            "（二）成品检验\n1、出具成品检验单\n")
    got = extract(text)
    assert {r.group for r in got} == {"来料检验", "成品检验"}


# --- 3. a bilingual field line names the post in its Chinese twin ---------------------------

BILINGUAL = ("Job Opening | 招聘\n\n"
             "Position: Pastry Chef 职位：面点师\n"
             "Location: Xuhui, Shanghai 地点：上海徐汇区\n\n"
             "Responsibilities 岗位职责\n"
             "• Prepare dough and fillings every morning.\n"
             "• 每天早上备好面团和馅料\n\n"
             "Position: Barista 职位：咖啡师\n"
             "Responsibilities 岗位职责\n"
             "• Clean the espresso machine after closing.\n"
             "• 打烊后清洗咖啡机\n")


def test_an_english_field_with_its_chinese_twin_names_the_post():
    got = rows(BILINGUAL)
    assert ("面点师", "duty", "每天早上备好面团和馅料") in got
    assert ("咖啡师", "duty", "打烊后清洗咖啡机") in got
    assert not any("徐汇" in d for _, _, d in got)      # the place is still a fact, not a row


# --- 4. a PDF dump: the title again at a page break is the running header --------------------

PAGED = ("物业服务中心秩序及保洁人员岗位职责\n"
         "                         文件编号：WY-QZ-02\n"
         "第 1 页 共 2 页\n"
         "一、秩序维护员\n"
         "1. 负责小区出入口的车辆和人员登记，核查外来施工人员的\n"
         "出入证。\n"
         "2. 按路线每两小时巡查一次楼宇和地下车库。\n"
         "二、保洁员\n"
         "1. 负责楼道、电梯轿厢和公共卫生间的日常清洁。\n"
         "2. 每周清洗一次垃圾桶及垃圾房。\n"
         "物业服务中心秩序及保洁人员岗位职责\n"
         "第 2 页 共 2 页\n"
         "3. 雨雪天在大堂入口铺设防滑垫。\n"
         "4. 协助做好楼层消杀工作。\n")


def test_the_title_again_at_a_page_break_does_not_restart_the_role():
    got = rows(PAGED)
    assert ("保洁员", "duty", "雨雪天在大堂入口铺设防滑垫") in got
    assert ("保洁员", "duty", "协助做好楼层消杀工作") in got
    assert ("秩序维护员", "duty", "按路线每两小时巡查一次楼宇和地下车库") in got


def test_a_title_that_recurs_without_page_numbers_is_left_alone():
    text = ("收银员岗位职责\n1、负责收银和找零\n2、核对当班营业款\n\n收银员岗位职责\n1、负责收银和找零\n")
    assert {r for r, _, _ in rows(text)} == {"收银员"}


# --- 5. facts after the lists: `其他信息`, an address, a closing date ------------------------

FACTS = ("夜班保安员\n\n岗位职责：\n\n1. 夜间巡查厂区，检查门窗和消防通道；\n\n2. 登记夜间进出车辆。\n\n"
         "任职要求：\n\n1. 高中以上学历；\n\n2. 能适应夜班。\n\n\n其他信息\n\n"
         "职位发布时间：2026-03-02 所属部门：保卫科 汇报对象：保卫科科长\n\n"
         "地址：工业园区6号门\n\n截止申请日期：2026年4月1日（星期三）下午5时\n")


def test_other_information_address_and_closing_date_give_no_rows():
    got = rows(FACTS)
    assert [(s, d) for _, s, d in got] == [("duty", "夜间巡查厂区，检查门窗和消防通道"), ("duty", "登记夜间进出车辆"),
                                          ("requirement", "高中以上学历"), ("requirement", "能适应夜班")]
    assert S.heading_section("其他信息") == "other"
    assert S.heading_section("门店地址") == "other"
    assert S.heading_section("报名截止日期") == "other"
    assert S.heading_section("任职条件") == "requirement"      # look-alike stays


# --- 6. a block common to all posts; a table's category column -----------------------------

COMMON = ("烘焙车间岗位职责\n\n一、和面工\n\n（一）按配方称量面粉、糖和油脂；\n\n（二）开机前检查和面机防护罩。\n\n"
          "二、烤炉工\n\n（一）按品种设定炉温和时间；\n\n（二）出炉后检查成品色泽。\n\n"
          "三、本车间岗位通用要求\n\n1.持有健康证；\n\n2.熟悉本岗位安全操作规程。\n")


def test_a_block_common_to_every_post_gives_requirement_rows_with_no_role():
    got = rows(COMMON)
    assert ("", "requirement", "持有健康证") in got
    assert ("", "requirement", "熟悉本岗位安全操作规程") in got
    assert ("烤炉工", "duty", "出炉后检查成品色泽") in got


def test_a_category_column_says_which_rows_are_requirements():
    text = ("岗位\t内容\t类别\t更新日期\n"
            "理货员\t按陈列图补货上架，检查保质期\t职责\t2025/06/01\n"
            "理货员\t一年以上超市理货经验\t要求\t2025/06/01\n"
            "防损员\t巡视卖场，制止偷盗行为\t职责\t2025/06/01\n")
    got = rows(text)
    assert ("理货员", "requirement", "一年以上超市理货经验") in got
    assert ("理货员", "duty", "按陈列图补货上架，检查保质期") in got
    assert ("防损员", "duty", "巡视卖场，制止偷盗行为") in got


# --- 7. an e-mail: header fields, the quoted earlier mail, the signature --------------------

MAIL = ("发件人: 仓储部 周立 <zhouli@example.cn>\n"
        "发送时间: 2025年3月4日 9:12\n"
        "收件人: 人事行政部\n"
        "主题: 回复: 请提供叉车司机的岗位职责\n\n"
        "人事的同事好：\n\n"
        "叉车司机\n"
        "工作职责：\n"
        "1）按调度单装卸和转运托盘货物\n"
        "2）每班作业前检查制动、喇叭和货叉\n"
        "任职要求：\n"
        "1）持有叉车操作证\n\n"
        "周立\n仓储部\n电话 021-5555xxxx\n\n"
        "-----原始邮件-----\n"
        "发件人: 人事行政部\n"
        "收件人: 仓储部 周立\n"
        "主题: 请提供叉车司机的岗位职责\n\n"
        "> 周经理好，\n"
        "> 请在本周五前提供叉车司机的岗位职责和任职要求。\n"
        "> 人事行政部\n")


def test_an_email_gives_only_the_rows_of_its_body():
    got = rows(MAIL)
    assert got == [("叉车司机", "duty", "按调度单装卸和转运托盘货物"),
                   ("叉车司机", "duty", "每班作业前检查制动、喇叭和货叉"),
                   ("叉车司机", "requirement", "持有叉车操作证")]
    _, drops = extract_with_drops(MAIL)
    assert any(d.reason.startswith("e-mail header") for d in drops)
    assert any("quoted" in d.reason for d in drops)


def test_quote_marks_without_a_mail_header_are_left_alone():
    text = "仓管员\n> 负责入库验收和出库复核\n> 每月盘点一次\n"
    assert not any("quoted" in d.reason for d in extract_with_drops(text)[1])


# --- 8. an item labelled with its section in brackets ---------------------------------------

def test_an_item_labelled_as_a_requirement_is_a_requirement_without_the_label():
    text = ("岗位：救生员\n\n序号 工作职责\n1 巡视泳池，发现溺水者立即施救\n2 每日检测池水余氯\n"
            "3 持有救生员证，会心肺复苏（任职要求）\n")
    got = rows(text)
    assert ("救生员", "requirement", "持有救生员证，会心肺复苏") in got
    assert ("救生员", "duty", "每日检测池水余氯") in got
    # look-alike: a note in brackets that names no section stays part of the item
    assert ("仓管员", "duty", "每月盘点一次（含周末）") in rows("仓管员\n1、负责入库验收\n2、每月盘点一次（含周末）\n")


# --- 9. a licence field; an outline's chapter heading over numbered roles --------------------

OUTLINE = ("岗位：调度长\n持证要求：危险货物运输调度资格证\n主要职责：\n"
           "• 审批当班的车辆调度计划\n• 处置途中车辆的异常报警\n\n\n"
           "2. 岗位说明详情\n\n\n2.1 押运员\n\n工作职责\n\n"
           "1. 出车前核对运单和危险货物标志\n\n2. 途中每两小时检查一次罐体压力\n")


def test_a_licence_field_is_a_requirement_without_its_label():
    got = rows(OUTLINE)
    assert ("调度长", "requirement", "危险货物运输调度资格证") in got
    assert ("调度长", "duty", "处置途中车辆的异常报警") in got


def test_an_outline_chapter_heading_over_numbered_roles_is_no_row():
    got = rows(OUTLINE)
    assert not any(d == "岗位说明详情" for _, _, d in got)
    assert ("押运员", "duty", "途中每两小时检查一次罐体压力") in got


# --- 10. 入职条件; a lead-in paragraph; a paragraph before the duties' own heading -------------

def test_entry_conditions_heading_is_requirement():
    assert S.heading_section("入职条件") == "requirement"
    text = ("岗位：园艺工\n\n入职条件：\n\n(a) 能操流利普通话；\n\n(b) 持有效的叉车执照者优先。\n\n"
            "职责：\n\n(a) 修剪花木；\n\n(b) 给草坪浇水。\n")
    got = rows(text)
    assert ("园艺工", "requirement", "能操流利普通话") in got
    assert ("园艺工", "duty", "修剪花木") in got


def test_a_lead_in_paragraph_is_no_row():
    text = ("养蜂员\n\n【职责】\n\n根据《养蜂管理办法》，养蜂员的主要职责是：[3]\n\n"
            "一、定期检查蜂群，清除病弱蜂；\n\n二、按花期转运蜂箱。\n")
    got = rows(text)
    assert not any("主要职责是" in d for _, _, d in got)
    assert ("养蜂员", "duty", "按花期转运蜂箱") in got
    assert any("lead-in" in d.reason for d in extract_with_drops(text)[1])


def test_a_paragraph_under_the_role_before_its_duty_heading_is_a_summary():
    text = ("化验员\n\n\n负责原水、出厂水和管网水的水质检测，保证供水水质符合国家标准。\n\n\n工作职责\n\n"
            "• 每日采集出厂水水样\n\n• 填写化验记录\n")
    got = rows(text)
    assert ("化验员", "summary", "负责原水、出厂水和管网水的水质检测，保证供水水质符合国家标准") in got
    assert ("化验员", "duty", "每日采集出厂水水样") in got


def test_a_responsibility_system_over_no_post_names_none():
    assert R.heading_role("安全生产岗位责任制") == ""
    assert R.heading_role("质检科岗位责任制") == "质检科"        # a unit, as a 岗位职责 heading gives it


def test_a_hard_wrapped_item_with_a_second_sentence_still_joins():
    text = ("计划员\n1. 根据销售预测编制月度生产计划，比较各车间产能\n并平衡排产。同时跟踪物料到货情况\n"
            "2. 每周召开产销协调会\n")
    got = rows(text)
    assert ("计划员", "duty", "根据销售预测编制月度生产计划，比较各车间产能并平衡排产。同时跟踪物料到货情况") in got


# --- 11. common job titles; a weak numbered post beside a strong one -----------------------

def test_common_titles_name_a_post_on_a_line_of_their_own():
    text = ("晚报社招聘启事\n\n摄影记者\n• 拍摄重大活动新闻图片\n• 管理图片库\n\n"
            "导游\n• 带团讲解景点\n\n船长\n• 签发开航前安全检查单\n")
    got = rows(text)
    assert ("摄影记者", "duty", "拍摄重大活动新闻图片") in got
    assert ("导游", "duty", "带团讲解景点") in got
    assert ("船长", "duty", "签发开航前安全检查单") in got


def test_a_weak_numbered_post_beside_a_strong_one_keeps_its_rows():
    text = ("# 剧组手册\n\n## 一、剧务\n\n**岗位概述**：统筹剧组日常事务。\n\n**工作职责**\n\n"
            "1. 安排排练场地\n2. 管理道具借还\n\n## 二、灯光师\n\n1. 调试每场灯位\n")
    got = rows(text)
    assert ("剧务", "duty", "管理道具借还") in got
    assert ("灯光师", "duty", "调试每场灯位") in got


def test_a_short_numbered_line_after_an_item_of_its_list_is_an_item():
    text = ("物流中心岗位责任制\n\n第一条 仓库保管员岗位责任制\n一、负责货物入库验收，核对品名和数量\n"
            "二、按区位码放货物，保持通道畅通\n第二条 叉车司机岗位责任制\n一、作业前检查刹车和货叉\n二、不得超载作业\n")
    got = rows(text)
    assert ("叉车司机", "duty", "不得超载作业") in got
    assert ("仓库保管员", "duty", "按区位码放货物，保持通道畅通") in got
