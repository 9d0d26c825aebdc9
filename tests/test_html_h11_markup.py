"""Markup patterns found by the eleventh and twelfth held-out sets, on documents written for
these tests (tests/fixtures/html_h11/, modelled on the patterns, not on any held-out text):

- a classifieds post shown in a read-only <textarea> inside a form: its text is the page's
  content, entities the site escaped twice (`&amp;ldquo;`) come out as characters; a short
  reply box stays a form field;
- a knowledge-base export of `<details><summary>` toggles: every box's content is kept, open
  or closed, and a summary that is a job title names the role of the list in its box;
- BBCode typed into a forum post saved as text: tags are markup, `[*]` starts a list item,
  `[/list]` ends the last one, a quoted post, an image box, a floor header and a signature are
  never rows;
- a note right under a duty table (`备注：…`) stays content, a unit's sign-off with its date is
  chrome; a section heading after the last list brings its short paragraphs;
- wiki markup in a text file: `== X ==` headings and `*`/`#` items read as such, `[[X]]` is X,
  categories and the see-also section are chrome.
"""
from __future__ import annotations

from pathlib import Path

from normalize.clean import clean_text
from normalize.noise import strip_noise
from parsers import duties
from parsers.html import extract, unescape_twice_escaped

HTML_H11 = Path(__file__).resolve().parent / "fixtures" / "html_h11"


def page(name: str) -> str:
    return (HTML_H11 / name).read_text(encoding="utf-8")


def rows_of(text: str) -> list[tuple[str, str, str]]:
    return [(r.role, r.section, r.duty) for r in duties.extract(text)]


# --- 1. a post inside a <textarea> ----------------------------------------------------------------

def test_a_textarea_holding_the_post_is_page_text_with_twice_escaped_entities_decoded():
    ex = extract(page("classifieds_textarea.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert "1.安排保洁员每日排班，检查楼道“地面、扶手”的清洁质量；" in lines
    assert "2.领用和发放清洁药剂、工具，每周盘点一次；" in lines
    assert "&" not in ex.text
    rows = rows_of(ex.text)
    assert [d for r, s, d in rows if r == "保洁领班" and s == "duty"] == [
        "安排保洁员每日排班，检查楼道“地面、扶手”的清洁质量", "领用和发放清洁药剂、工具，每周盘点一次",
        "雨雪天组织人员清扫出入口积水积雪，放置防滑提示牌"]
    assert [d for r, s, d in rows if s == "requirement"] == ["初中以上文化，有物业保洁经验优先", "吃苦耐劳，服从安排"]


def test_a_short_textarea_stays_a_form_field_and_goes_with_its_form():
    ex = extract(page("classifieds_textarea.html"))
    assert "说点什么" not in ex.text
    assert any("说点什么" in d.text for d in ex.dropped)
    html = ("<div><p>仓库理货员负责每天清点货架上的商品，登记出入库数量。</p>"
            "<form><textarea>请输入留言</textarea></form></div>")
    assert "请输入留言" not in extract(html).text


def test_only_entities_left_after_parsing_are_decoded():
    assert unescape_twice_escaped("核对&ldquo;余额&rdquo;&#12289;纸卷&#xff1b;") == "核对“余额”、纸卷；"
    assert unescape_twice_escaped("A&B 公司，&nosuchname; 不动") == "A&B 公司，&nosuchname; 不动"
    # a page that escapes an ampersand once shows a plain `&`: nothing to undo
    assert "R&D" in extract("<p>负责R&amp;D部门的资料归档与借阅登记工作。</p>").text


# --- 2. <details><summary> toggles -------------------------------------------------------------

def test_every_details_box_is_kept_and_its_summary_names_the_role():
    text = extract(page("library_toggles.html")).text
    lines = [ln for ln in text.splitlines() if ln]
    for title in ("流通管理员", "图书整理员", "活动策划员"):
        assert f"岗位：{title}" in lines
    rows = rows_of(text)
    assert [d for r, _, d in rows if r == "流通管理员"] == ["办理图书借还手续，逾期未还的电话提醒读者",
                                                      "每天闭馆前把还书箱内的图书登记上架"]
    assert [d for r, _, d in rows if r == "活动策划员"] == ["每月策划两场亲子阅读活动，提前一周发布通知",
                                                      "活动结束后整理照片和签到表存档"]
    assert len(rows) == 6


def test_a_summary_that_is_not_a_title_is_a_plain_line():
    text = extract("<div><details><summary>更多说明</summary><p>本表每季度修订一次，修订后张贴在各班组。</p>"
                   "</details></div>").text
    lines = [ln for ln in text.splitlines() if ln]
    assert "更多说明" in lines and not any(ln.startswith("岗位：") for ln in lines)


# --- 3. BBCode in a text file -------------------------------------------------------------------

def test_bbcode_tags_are_markup_and_items_start_at_the_item_mark():
    text = strip_noise(page("garage_bbcode.txt"))
    assert "[" not in text.replace("【", "")
    assert "• 负责车身钣金修复和喷漆，调漆记录填写完整" in text.splitlines()
    assert "• 烤漆房每周清理一次滤棉" in text.splitlines()
    assert "详见维修手册第三章" in text
    for gone in ("原帖由", "求模板", "example.com", "签名", "回复 #2"):
        assert gone not in text


def test_bbcode_post_gives_the_roles_rows_and_nothing_from_quote_reply_or_signature():
    rows = rows_of(clean_text(page("garage_bbcode.txt")))
    assert [d for r, _, d in rows if r == "机修技师"] == [
        "按维修工单检查车辆故障，向前台报告维修项目和用料", "更换的旧件装袋标注车牌，交车时给客户过目",
        "举升车辆前确认支点位置，车下作业必须放好安全支架"]
    assert [d for r, _, d in rows if r == "钣喷技师"] == ["负责车身钣金修复和喷漆，调漆记录填写完整", "烤漆房每周清理一次滤棉"]
    assert len(rows) == 5


def test_square_brackets_without_a_closing_bbcode_tag_stay():
    text = "[注] 夜班[b]人员须两人同行\n[1] 每日巡检两次"
    assert strip_noise(text) == text


# --- 4. a table's footnote and sign-off -------------------------------------------------------

def test_a_note_right_under_the_content_table_is_kept_and_the_sign_off_is_not_a_row():
    ex = extract(page("plant_table_note.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert "备注：各岗位人员上岗前须持有效的特种作业操作证。" in lines
    rows = rows_of(ex.text)
    assert [d for r, s, d in rows if r == "搅拌机操作工" and s == "duty"] == [
        "按配合比上料，每盘记录用水量和坍落度", "下班前清洗搅拌主机和料斗"]
    assert any("特种作业操作证" in d for _, _, d in rows)
    assert not any("制表" in d or "生产管理部" in d for _, _, d in rows)


def test_a_note_must_follow_the_content_straight_away_and_start_as_a_note():
    html = ("<body><div class='nav'><a href='/'>首页</a></div><h1>搅拌站岗位职责</h1>"
            "<table><tr><th>岗位</th><th>职责</th></tr><tr><td>站长</td><td>组织每日生产调度，核对发货单与配合比，每周召开安全例会</td></tr>"
            "<tr><td>司机</td><td>按调度单送货，回场后清洗罐车，记录里程和油耗，发现故障及时报修</td></tr></table>"
            "<p>友情链接：<a href='/a'>建材网</a></p><p>备注：本站电话见首页。</p></body>")
    text = extract(html).text
    assert "司机" in text and "本站电话" not in text


def test_a_unit_sign_off_with_its_date_is_chrome():
    from parsers.chrome import line_chrome
    assert line_chrome("制表单位：城南建材有限公司生产管理部 2023年8月") is not None
    assert line_chrome("制表部门：行政部 2022-03-01") is not None
    assert line_chrome("负责编制：年度检修计划") is None


# --- 5. a section under its own heading after the content -------------------------------------

def test_a_section_heading_after_the_last_list_brings_its_short_paragraphs():
    ex = extract(page("manual_trailing_section.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert lines[-3:] == ["岗位要求", "有食品健康证", "能接受周末和节假日排班"]
    rows = rows_of(ex.text)
    assert [d for r, s, d in rows if s == "requirement"] == ["有食品健康证", "能接受周末和节假日排班"]
    assert "内部资料" not in ex.text


def test_a_heading_after_the_content_that_names_no_section_brings_nothing():
    html = page("manual_trailing_section.html").replace("<h3>岗位要求</h3>", "<h3>门店地址</h3>")
    text = extract(html).text
    assert "有食品健康证" not in text and "门店地址" not in text


# --- 6. wiki markup in a text file ------------------------------------------------------------

def test_wiki_markup_is_read_headings_items_and_links_stay_as_words():
    lines = strip_noise(page("bakery_wiki.txt")).splitlines()
    assert "面包师" in lines and "店面销售员" in lines
    assert "• 新品试做后交店长品评" in lines
    assert "• 陈列当日面包，贴好价签和保质期标签" in lines
    assert lines[0] == "烘焙坊岗位职责是烘焙坊内部分工的说明。"


def test_wiki_categories_and_the_see_also_section_are_chrome():
    text = strip_noise(page("bakery_wiki.txt"))
    for gone in ("分类", "相关页面", "排班表", "食品安全制度", "[[", "=="):
        assert gone not in text


def test_wiki_page_gives_one_row_per_item_under_its_heading():
    rows = rows_of(clean_text(page("bakery_wiki.txt")))
    assert [d for r, _, d in rows if r == "面包师"] == ["每天凌晨四点开始和面、发酵，按生产计划出炉", "记录烤箱温度和出炉时间",
                                                   "新品试做后交店长品评"]
    assert [d for r, _, d in rows if r == "店面销售员"] == ["陈列当日面包，贴好价签和保质期标签", "结账时提醒顾客会员积分",
                                                      "闭店前把剩余面包登记后打折处理"]
    assert len(rows) == 6


def test_a_text_with_one_equals_line_and_no_wiki_link_is_left_alone():
    text = "== 说明 ==\n* 本表由车间填写\n# 2号线\n"
    assert strip_noise(text) == text


# --- 7. emoji bullets in a blog written one <div> per line ------------------------------------

def test_emoji_bullets_in_div_per_line_blog_give_one_row_per_line():
    rows = rows_of(clean_text(extract(page("emoji_divlines.html")).text))
    assert [d for r, _, d in rows if r == "民宿管家"] == ["提前一天电话确认客人到店时间，发送停车和入住指引",
                                                    "办理入住，介绍房间设施和周边餐馆", "退房后查房，损坏物品拍照登记"]
    assert [d for r, _, d in rows if r == "保洁员"] == ["每间房退房后两小时内完成清扫，床品一客一换",
                                                   "卫生间马桶、淋浴间按“一刷二洗三消毒”处理", "补齐洗漱用品，登记消耗数量"]
    assert len(rows) == 6
