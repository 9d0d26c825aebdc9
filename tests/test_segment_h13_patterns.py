"""Segmentation patterns that the thirteenth held-out set revealed, on text written for these
tests (other trades, other words): two posts laid out side by side in two columns, an outline's
next number naming a post by a soft title (`3.2 售后客服`), a notice's next numbered part after
flattened role lists, and the age of the people served inside a duty.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from pathlib import Path

from parsers.duties import extract
from parsers.spaced import two_columns

FIX = Path(__file__).parent / "fixtures" / "segment_h13"


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. two posts side by side (a two-column page flattened line by line) -----------------

def test_a_two_column_page_gives_each_half_line_to_its_columns_post():
    got = rows((FIX / "two_columns.txt").read_text(encoding="utf-8"))
    assert ("面点师", "duty", "每日凌晨按订单和面、醒发、烘烤") in got
    assert ("面点师", "duty", "下班前清洗模具，整理操作台") in got
    assert ("裱花师", "duty", "按客户图样完成生日蛋糕裱花") in got
    assert ("裱花师", "duty", "指导学徒练习基本花型") in got
    # the `要求：` label goes, as other requirement labels do, in either column
    assert ("面点师", "requirement", "两年以上烘焙经验") in got
    assert ("裱花师", "requirement", "会做翻糖造型") in got
    assert len(got) == 8
    # the line after the block (one column wide) is no row of the right post
    assert not any("刘师傅" in d for _, _, d in got)


def test_two_column_headings_may_be_role_headings_and_items_may_wrap_tight():
    text = ("物流中心岗位说明\n"
            "仓储主管岗位职责            配送调度岗位职责\n"
            "1. 安排每日入库和出库作业    1. 根据订单地址排定车辆路线\n"
            "2. 每月组织一次库存盘点      2. 跟踪司机在途情况并处理异常\n"
            "3. 审核破损商品报废单        3. 统计每日准时送达率\n")
    got = rows(text)
    assert [d for r, s, d in got if r == "仓储主管"] == ["安排每日入库和出库作业", "每月组织一次库存盘点", "审核破损商品报废单"]
    assert [d for r, s, d in got if r == "配送调度"] == ["根据订单地址排定车辆路线", "跟踪司机在途情况并处理异常", "统计每日准时送达率"]


def test_a_column_that_runs_longer_than_the_other_keeps_its_last_lines():
    text = ("食堂招聘\n"
            "厨师                                      帮厨\n"
            "岗位职责：                                岗位职责：\n"
            "1、按菜单完成午餐和晚餐的烹饪             1、清洗、切配蔬菜和肉类\n"
            "2、控制食材用量，减少浪费                 2、餐后清洗餐具和灶台\n"
            "                                          3、协助厨师盘点冷库食材\n"
            "联系人：张师傅\n")
    got = rows(text)
    assert ("帮厨", "duty", "协助厨师盘点冷库食材") in got
    assert [d for r, _, d in got if r == "厨师"] == ["按菜单完成午餐和晚餐的烹饪", "控制食材用量，减少浪费"]
    assert len(got) == 5


def test_two_titles_on_a_line_over_full_width_text_are_not_two_columns():
    lines = ["门店招聘",
             "收银员                      理货员",
             "我们门店位于市中心，交通便利，营业时间为每天早九点到晚十点，欢迎有志之士加入。",
             "有意者请带身份证到门店面试，工作时间可以商量，周末双休，节假日另有补贴。"]
    assert two_columns(lines, lambda t: t.strip() in ("收银员", "理货员")) == {}
    # nor a heading line whose second run is a fact, not a post (a job card)
    card = ["销售经理                    8-10K",
            "1、开发新客户                1、底薪加提成",
            "2、维护老客户                2、五险一金"]
    assert two_columns(card, lambda t: t.strip() == "销售经理") == {}


# --- 2. an outline's next number names the next post, even by a soft title ----------------

def test_the_outline_number_after_a_post_heading_names_a_soft_titled_post():
    text = ("第三章 岗位职责\n"
            "3.1 仓储主管\n"
            "（1）安排每日入库和出库作业；\n"
            "（2）每月组织一次库存盘点。\n"
            "3.2 售后客服\n"
            "（1）受理退换货申请，登记问题商品；\n"
            "（2）每周汇总客户投诉并上报。\n")
    got = rows(text)
    assert ("售后客服", "duty", "受理退换货申请，登记问题商品") in got
    assert ("售后客服", "duty", "每周汇总客户投诉并上报") in got
    assert [d for r, _, d in got if r == "仓储主管"] == ["安排每日入库和出库作业", "每月组织一次库存盘点"]


def test_a_deeper_outline_item_ending_in_a_soft_title_stays_an_item():
    text = ("第三章 岗位职责\n"
            "3.1 仓储主管\n"
            "3.1.1 安排每日入库和出库作业\n"
            "3.1.2 对接售后客服\n"
            "3.1.3 每月组织一次库存盘点\n"
            "3.2 配送司机\n"
            "3.2.1 按路线送货\n")
    got = rows(text)
    assert ("仓储主管", "duty", "对接售后客服") in got
    assert ("仓储主管", "duty", "每月组织一次库存盘点") in got
    assert ("配送司机", "duty", "按路线送货") in got
    assert not any(r == "对接售后客服" for r, _, _ in got)


# --- 3. a notice's next numbered part ends the last role's flattened list -----------------

NOTICE = ("市图书馆2026年编外人员招聘公告\n"
          "一、借阅管理员岗位职责：1、办理图书借还和读者证；2、整理归架，每周巡查书架秩序；3、统计每月借阅数据\n"
          "二、古籍修复员岗位职责：1、按修复方案清洗、补缀破损古籍；2、填写修复档案，拍照留存\n"
          "三、面试安排：8月5日在馆内统一面试，请携带身份证原件。\n")


def test_the_next_number_of_the_role_headings_is_the_notices_next_part_not_a_wrap():
    got = rows(NOTICE)
    assert ("古籍修复员", "duty", "填写修复档案，拍照留存") in got
    assert not any("面试" in d for _, _, d in got)
    assert len([1 for r, _, _ in got if r == "借阅管理员"]) == 3


def test_the_same_inside_one_flattened_line():
    got = rows(NOTICE.replace("\n二、", " 二、").replace("\n三、", " 三、"))
    assert ("古籍修复员", "duty", "填写修复档案，拍照留存") in got
    assert ("借阅管理员", "duty", "统计每月借阅数据") in got
    assert not any("面试" in d for _, _, d in got)


def test_the_next_number_naming_a_short_post_is_the_next_role():
    text = ("一、借阅管理员\n1、办理图书借还和读者证\n2、整理归架，每周巡查书架秩序\n"
            "二、古籍修复员\n1、按修复方案清洗、补缀破损古籍\n"
            "三、讲解员\n1、带领团体读者参观馆藏\n")
    assert ("讲解员", "duty", "带领团体读者参观馆藏") in rows(text)


# --- 4. the age of the people served is no qualification ---------------------------------

def test_the_age_of_the_pupils_in_a_duty_keeps_it_a_duty():
    text = ("【少儿游泳教练】\n"
            "岗位职责：负责4-10岁学员的蛙泳、自由泳教学；课前检查泳池水质记录；课后向家长反馈训练情况\n"
            "任职要求：年龄22-40岁，持救生员证\n")
    got = rows(text)
    assert ("少儿游泳教练", "duty", "负责4-10岁学员的蛙泳、自由泳教学") in got
    # the holder's own age still is one
    assert ("少儿游泳教练", "requirement", "年龄22-40岁，持救生员证") in got


def test_a_qualification_in_a_duty_list_that_opens_with_no_task_is_still_a_requirement():
    text = ("【少儿游泳教练】\n"
            "岗位职责：负责学员的蛙泳、自由泳教学；课前检查泳池水质记录；35岁以下，持救生员证\n")
    got = rows(text)
    assert ("少儿游泳教练", "requirement", "35岁以下，持救生员证") in got
    assert ("少儿游泳教练", "duty", "课前检查泳池水质记录") in got
