"""Chrome and noise patterns found by the thirteenth held-out set, on pages written for these
tests (tests/fixtures/html_h13/, modelled on the patterns, not on any held-out text):

- a PDF dump saved as text: its running header (`<公司>岗位手册      第 7 页`) and footer
  (`- 7 -`) sit between the items, even inside a wrapped one; they are page furniture, never
  the wrapped end of the item before them;
- a forum thread: a floor that is one reply (`2楼 某某：<comment>`) after the last list is a
  comment, not a continuation of the last duty; a floor carrying a list keeps its words;
- a social-media post (text and HTML): its call to action (`点击左下角"阅读原文"…`, `戳这里…`,
  `欢迎关注我们…`) and reprint or copyright notice (`版权声明：本文系…原创，转载请注明来源`)
  are chrome, never rows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalize.noise import strip_noise
from parsers.chrome import line_chrome
from pipeline.process import Input, process_input

HTML_H13 = Path(__file__).resolve().parent / "fixtures" / "html_h13"


def rows_of(name: str) -> list[tuple[str, str, str]]:
    path = HTML_H13 / name
    result = process_input(Input(str(path), str(path)))
    return [(r["role"], r["section"], r["duty"]) for r in result.rows]


# --- 1. page furniture of a paginated export ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "恒绿物业服务有限公司岗位手册                              第 7 页",
    "某某酒店员工手册 第12页",
    "- 7 -     内部资料",
    "Page 3 of 12    Staff Handbook",
    "质量管理制度汇编\t第 3 页/共 20 页",
])
def test_a_running_header_or_footer_with_a_page_number_is_page_furniture(line):
    assert (line_chrome(line) or "").startswith("page furniture")


@pytest.mark.parametrize("line", [
    "（4）按手册第 4 页的流程核对工单；",       # a list item that points to a page
    "核对 第 3 页 报表",                         # a terse task, no layout gap, no document name
    "2.1 开锁技师   第 4 页",                     # an outline heading is not a running title
    "负责装订 第 2 页起的附表，并送审",         # a sentence
])
def test_a_line_that_only_mentions_a_page_is_not_page_furniture(line):
    assert not (line_chrome(line) or "").startswith("page furniture")


def test_a_page_number_far_right_of_an_items_end_goes_and_the_item_keeps_its_words():
    text = "（4）如实填写登记单；          第 4 页\n（5）妥善保管工具。     - 5 -\n某某手册         第 4 页\n"
    assert strip_noise(text) == "（4）如实填写登记单；\n（5）妥善保管工具。\n某某手册         第 4 页\n"


def test_running_headers_inside_and_between_items_of_a_pdf_dump_never_join_an_item():
    rows = rows_of("cleaning_handbook_pdfdump.txt")
    assert not any("页" in d or "手册" in d for _, _, d in rows)
    assert [d for r, s, d in rows if r == "保洁领班" and s == "duty"] == [
        "每日早班前清点到岗人数，按楼栋分配保洁区域并检查工具是否齐全",
        "巡查公共区域卫生，发现地面积水、垃圾外溢的要立即安排人员处理",
        "每周组织一次外墙玻璃和地下车库的集中清洁，并填写记录表",
        "负责清洁药剂的领用登记，不得私自带出小区"]
    # the header and the footer of a page break fall inside item (2): it joins across them
    assert [d for r, s, d in rows if r == "绿化工" and s == "duty"] == [
        "按季节修剪草坪和绿篱，保持高度整齐",
        "夏季早晚各浇水一次，雨天视情况停浇，并做好病虫害的日常观察和记录",
        "冬季前为不耐寒苗木包扎防寒布"]


# --- 2. a forum floor that is one reply ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "【2楼】阿芳：很实用，收藏了",
    "回复 2楼 某网友：谢谢支持",
    "3# 柠檬精 说：我们店还要求每两小时洗一次摇杯",
    "沙发 路过的：前排支持",
])
def test_reply_floors_in_other_shapes_go_whole(line):
    assert strip_noise("2.营业前检查冰块\n" + line + "\n下一行") == "2.营业前检查冰块\n\n\n下一行"


def test_a_reply_floor_is_deleted_whole_and_leaves_a_hard_break():
    text = "3.工具每天消毒\n\n2楼 阿福爸爸：分工挺清楚，美容那块可以再细一点\n#3 某某：回复 2楼 好的\n下一行"
    out = strip_noise(text)
    assert "阿福爸爸" not in out and "分工" not in out and "好的" not in out
    assert out.startswith("3.工具每天消毒\n\n\n") and out.endswith("下一行")


@pytest.mark.parametrize("line", [
    "4楼 老周：我们还多两条：1.记录寄养宠物进食 2.清洗寄养笼",
    "5楼 小李：补充：巡查登记；交接班记录",
])
def test_a_floor_carrying_a_list_keeps_its_words(line):
    out = strip_noise("前文\n" + line + "\n")
    assert line.split("：", 1)[1] in out


def test_reply_floors_after_the_last_list_of_a_thread_are_not_glued_onto_its_last_duty():
    rows = rows_of("petshop_forum_thread.txt")
    assert ("店员", "duty", "整理货架，临期零食放到促销区") in rows
    assert ("宠物美容师", "duty", "工具每天消毒，吹水机滤网每周清洗一次") in rows
    assert not any(w in d for _, _, d in rows for w in ("分工", "阿福", "回复", "补充", "橘子"))


# --- 3. a post's call to action and its reprint notice ------------------------------------------

@pytest.mark.parametrize("line, why", [
    ("● 点击左下角“阅读原文”投递简历", "call to action"),
    ("戳这里报名体验课", "call to action"),
    ("欢迎关注我们，获取更多门店动态", "call to action"),
    ("↓↓ 点击蓝字关注我们", "call to action"),
    ("版权声明：本文系麦香烘焙坊原创，转载请注明来源", "copyright or reprint notice"),
    ("本文由力行健身原创，转载请联系授权", "copyright or reprint notice"),
    ("图片来源网络，如有侵权请联系删除", "copyright or reprint notice"),
    ("报名请扫描下方二维码", "call to action"),
    ("更多岗位请关注公众号“某某露营”", "call to action"),
    ("记得点赞、在看、转发哦", "call to action"),
    ("如需转载请后台留言", "copyright or reprint notice"),
    ("原创 某某露营基地", "copyright or reprint notice"),
])
def test_a_posts_call_to_action_and_reprint_notice_are_chrome(line, why):
    assert (line_chrome(line) or "").startswith(why)


@pytest.mark.parametrize("line", [
    "负责公众号文章的排版和转载授权管理",
    "统计广告点击量，每周出报表",
    "负责关注竞品公众号动态，每月写分析",
    "点击各个页面检查功能是否正常",
    "审核原创稿件，处理侵权投诉",
    "负责扫描二维码入库，核对件数",
    "负责内容的转发、分享数据统计",
    "原创 内容策划与撰写，负责选题",
    "阅读原文文献，撰写综述",
])
def test_duties_that_mention_clicks_accounts_or_reprints_stay(line):
    assert line_chrome(line) is None


def test_a_duty_about_infringement_keeps_its_words():
    line = "负责商标监测，如有侵权及时取证"
    assert line_chrome(line) is None and strip_noise(line) == line
    assert strip_noise("负责文案撰写（图片来源网络，如有侵权请联系删除）") == "负责文案撰写（图片来源网络）"


@pytest.mark.parametrize("name", ["bakery_wechat_post.txt", "gym_post.html"])
def test_a_posts_closing_cruft_gives_no_row_and_joins_no_duty(name):
    rows = rows_of(name)
    assert rows and all(role and section == "duty" for role, section, _ in rows)
    assert not any(w in d for _, _, d in rows for w in ("阅读原文", "关注", "原创", "转载", "侵权", "报名", "分享"))


def test_the_last_duty_before_a_posts_closing_cruft_stays_whole():
    assert rows_of("bakery_wechat_post.txt")[-1] == ("店员", "duty", "打烊后清洁展示柜")
    assert rows_of("gym_post.html")[-1] == ("前台接待", "duty", "接听咨询电话，预约体验课")


# --- 4. a page's comment section ---------------------------------------------------------------

@pytest.mark.parametrize("line", ["全部评论（12）", "精选留言", "写留言", "查看更多评论", "共 8 条评论"])
def test_the_head_and_buttons_of_a_comment_section_are_chrome(line):
    assert (line_chrome(line) or "").startswith("comment section")


@pytest.mark.parametrize("line", ["负责评论区管理", "留言板维护，及时回复"])
def test_duties_about_comments_stay(line):
    assert line_chrome(line) is None


def test_a_comment_after_the_last_duty_is_not_glued_onto_it():
    rows = rows_of("florist_post_comments.txt")
    assert [(r, d) for r, s, d in rows if s == "duty"] == [
        ("花艺师", "每日检查鲜花状态，及时换水剪根"), ("花艺师", "按订单制作花束，拍照留档"),
        ("花艺师", "节日前备货，统计花材用量")]
    assert not any("小鹿" in d or "证书" in d for _, _, d in rows)
