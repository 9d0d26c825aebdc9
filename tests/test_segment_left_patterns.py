"""Segmentation leftovers reported after the eleventh and twelfth held-out sets, on text
written for these tests (other trades, other words): a number opening an item's text, `·`
bullets, `X社工` titles, `<post>：a；b` lines in a forum post, the outline rule on a list's
last item, a notice's title after a list.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from pathlib import Path

import pytest

from parsers.duties import extract
from parsers.lists import find_markers
from parsers.roles import bare_title_role, has_role_suffix

FIX = Path(__file__).parent / "fixtures" / "segment_left"


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. a number right after a list marker is the item's content ----------------------------

# (`1.48小时` with no space stays a decimal: that one is ambiguous)
@pytest.mark.parametrize("marker", ["1. ", "1、", "1．", "（1）", "(1)", "1) ", "①", "一、", "一.", "- ", "● "])
def test_a_count_right_after_any_marker_stays_in_the_item(marker):
    text = f"值机员岗位职责\n{marker}48小时内完成旅客退改签登记；\n"
    assert ("值机员", "duty", "48小时内完成旅客退改签登记") in rows(text)


def test_counts_after_markers_keep_their_numbers_down_a_list():
    text = ("值机员岗位职责\n1. 24小时轮班办理值机手续；\n2. 3次广播未到的旅客报告值班主任；\n"
            "3. 2名以上旅客投诉同一问题时填写事件单。\n")
    got = [d for _, s, d in rows(text) if s == "duty"]
    assert got == ["24小时轮班办理值机手续", "3次广播未到的旅客报告值班主任", "2名以上旅客投诉同一问题时填写事件单"]


def test_a_number_after_a_bare_number_marker_is_content_when_the_list_expects_it():
    marks = find_markers("2 3名以上旅客投诉时上报", {"num": 2})
    assert [(m.kind, m.num) for m in marks] == [("num", 2)]
    assert "2 3名以上旅客投诉时上报"[marks[0].end:] == "3名以上旅客投诉时上报"


def test_a_multi_level_number_is_still_one_marker():
    for line, rest in (("2.1 负责登机口引导", "负责登机口引导"), ("3.2.1 每周复核航班资料", "每周复核航班资料"),
                       ("2. 1 负责登机口引导", "负责登机口引导")):
        marks = find_markers(line, {})
        assert [m.kind for m in marks] == ["multi"] and line[marks[0].end:] == rest


def test_a_number_glued_to_a_word_after_a_marker_is_content_too():
    marks = find_markers("1. 5号线站台巡查", {})
    assert [(m.kind, m.num) for m in marks] == [("num", 1)]


# --- 2. a middle dot opening a line is a bullet ----------------------------------------------

def test_middle_dot_bullets_split_items():
    got = rows((FIX / "middle_dot_list.txt").read_text(encoding="utf-8"))
    assert got == [("配餐员", "duty", "按订单份数分装餐食"), ("配餐员", "duty", "核对餐盒标签与病区床号"),
                   ("配餐员", "duty", "餐车用后消毒登记")]


def test_a_middle_dot_inside_a_line_is_no_bullet():
    assert find_markers("由玛丽·居里实验室提供样品", {}) == []
    assert [m.kind for m in find_markers("· 巡查展厅", {})] == ["bullet"]


# --- 3. `X社工` titles -----------------------------------------------------------------------

def test_social_worker_titles_name_a_post_but_a_club_cut_short_does_not():
    assert bare_title_role("驻校社工") == "驻校社工"
    assert bare_title_role("医务社工") == "医务社工"
    assert not has_role_suffix("旅行社工") and not has_role_suffix("合作社工")
    text = "驻校社工\n1、建立学生成长档案\n2、开展小组活动\n"
    assert ("驻校社工", "duty", "开展小组活动") in rows(text)


# --- 4. `<post>：a；b；c` in a forum post ------------------------------------------------------

def test_post_colon_lines_in_a_forum_post_name_the_role_and_list_its_duties():
    got = rows((FIX / "forum_post_lines.txt").read_text(encoding="utf-8"))
    assert ("教练员", "duty", "填写学时记录") in got
    assert ("前台", "duty", "收取报名费") in got
    assert ("安全员", "duty", "制止场内超速") in got
    assert not any("：" in d or "就这些" in d for _, _, d in got)
    assert len(got) == 8


def test_a_field_colon_line_is_not_a_post_list():
    text = ("仓管员岗位职责\n1、核对入库单\n2、月底盘点\n"
            "联系人：王先生；电话：010-12345678\n")
    got = rows(text)
    assert not any(r == "联系人" for r, _, _ in got)


# --- 5. the outline rule wants the children under the item ---------------------------------

def test_the_last_item_before_a_sibling_heading_stays_an_item():
    got = rows((FIX / "outline_last_item.txt").read_text(encoding="utf-8"))
    assert ("园艺工", "duty", "草坪追肥") in got
    assert ("园艺工", "duty", "病虫害巡查") in got
    assert len(got) == 4


# --- 6. a notice's title after a list --------------------------------------------------------

def test_a_notice_title_after_a_list_is_no_item_and_ends_the_role():
    got = rows((FIX / "notice_after_list.txt").read_text(encoding="utf-8"))
    assert not any("公告" in d for _, _, d in got)
    assert [d for r, _, d in got if r == "导购员"] == ["向顾客介绍商品卖点", "整理货架陈列", "登记缺货商品"]
    assert [d for r, _, d in got if r == "收银员"] == ["扫码收款", "交班点清备用金"]


@pytest.mark.parametrize("title", ["星河物业2026年招聘公告", "关于招聘保洁人员的公告", "星河物业公司招聘启事",
                                   "星河物业招聘简章（第二批）"])
def test_notice_titles_glued_under_a_list_are_no_items(title):
    text = f"保洁员岗位职责\n1. 清扫公共区域\n2. 清运垃圾\n{title}\n1、巡逻\n2、站岗\n"
    got = rows(text)
    assert [d for r, _, d in got if r == "保洁员"] == ["清扫公共区域", "清运垃圾"]


def test_a_job_titled_notice_heading_still_names_its_role():
    text = "保洁员岗位职责说明\n1. 清扫公共区域\n2. 清运垃圾\n保安岗位职责说明\n1. 巡逻\n"
    assert rows(text) == [("保洁员", "duty", "清扫公共区域"), ("保洁员", "duty", "清运垃圾"), ("保安", "duty", "巡逻")]


# --- short `一、X` items in a row are items, not empty group headings -------------------------

@pytest.mark.parametrize("marks", [("一、", "二、", "三、"), ("（一）", "（二）", "（三）")])
def test_short_chinese_numbered_items_in_a_row_are_items(marks):
    text = f"理货员岗位职责\n{marks[0]}冷柜补货\n{marks[1]}临期商品下架\n{marks[2]}价签更换\n"
    assert rows(text) == [("理货员", "duty", "冷柜补货"), ("理货员", "duty", "临期商品下架"),
                          ("理货员", "duty", "价签更换")]


def test_a_chinese_numbered_heading_over_its_own_list_is_still_a_group():
    text = "理货员岗位职责\n一、早班\n1、冷柜补货\n2、临期商品下架\n二、晚班\n1、价签更换\n"
    got = rows(text)
    assert ("理货员", "duty", "价签更换") in got
    assert not any(d in ("早班", "晚班") for _, _, d in got)


def test_a_bare_number_and_space_opens_a_list_when_a_task_verb_follows():
    text = "话务员岗位职责\n1 负责接听热线来电；\n2 3次未接通的回拨记录上报；\n3 整理通话录音\n"
    assert [d for _, _, d in rows(text)] == ["负责接听热线来电", "3次未接通的回拨记录上报", "整理通话录音"]
    assert find_markers("1 号线早班巡检", {}) == []


# --- a kind of work named like a post (`日常保洁`) over its list is a group --------------------

def test_a_routine_or_special_kind_of_work_is_no_post():
    assert bare_title_role("日常保洁") is None and bare_title_role("专项维修") is None
    assert bare_title_role("日常保洁员") == "日常保洁员"
    text = "保洁员岗位职责\n一、日常保洁\n1、清扫楼道\n2、清运垃圾\n二、专项保洁\n1、外窗清洗\n"
    assert {r for r, _, _ in rows(text)} == {"保洁员"}
    assert len(rows(text)) == 3


def test_a_departments_duty_document_title_names_no_post():
    text = ("检修车间岗位职责说明\n\n\n1. 岗位列表\n\n\n岗位：班组长\n工作职责：\n"
            "• 安排当班检修任务\n• 填写交接班记录\n")
    assert rows(text) == [("班组长", "duty", "安排当班检修任务"), ("班组长", "duty", "填写交接班记录")]


def test_two_character_posts_lead_their_lines_too_and_fields_do_not():
    text = "饭店后厨都干啥？\n\n我说说我们店的。\n厨师：按菜单炒菜；控制出菜速度。\n帮厨：洗菜切配；收拾灶台；倒泔水。\n"
    got = rows(text)
    assert ("厨师", "duty", "控制出菜速度") in got and ("帮厨", "duty", "倒泔水") in got and len(got) == 5
    text = "店长岗位职责\n1、排班\n2、盘点\n任职要求\n学历：大专以上；年龄：35岁以下\n"
    assert {r for r, _, _ in rows(text)} == {"店长"}
