"""Extraction, chrome and noise patterns found by the ninth and tenth held-out sets, on pages
written for these tests (tests/fixtures/html_h9/, modelled on the patterns, not on any
held-out text):

- a page holding its content twice (a mobile block and a desktop block): each block keeps its
  bold role headings (`<p><strong>A. 放映员</strong></p>`) as roles, and the blocks never glue;
- nested `<ul>`: a parent item that is only a label over its own list is a sub-heading, not an
  item; headings between the lists of a page (任职要求, the next post) stay in the content;
- a Hong Kong vacancy page (Big5-HKSCS): `職位空缺：<title>` names the role;
- a Q&A answer: roles in bold with `一、…` numbering (a short name without a title ending counts
  among peers that are titles), a chatty closing paragraph and the answer's count bar;
- a post's duties as one table per role under an `<h3>` title;
- chrome: a Q&A count bar, a wiki page's stamp; noise: a forum `楼上` line carrying a list
  stays, a whole forum furniture line leaves a hard break.
"""
from __future__ import annotations

from pathlib import Path

from normalize.noise import strip_noise
from parsers import duties
from parsers.chrome import line_chrome
from parsers.html import extract

HTML_H9 = Path(__file__).resolve().parent / "fixtures" / "html_h9"


def page(name: str, encoding: str = "utf-8") -> str:
    return (HTML_H9 / name).read_bytes().decode(encoding)


def lines_of(html: str) -> list[str]:
    return [ln for ln in extract(html).text.splitlines() if ln]


def rows_of(text: str) -> list[tuple[str, str, str]]:
    return [(r.role, r.section, r.duty) for r in duties.extract(text)]


# --- 1. the content twice: mobile and desktop blocks ------------------------------------------

def test_bold_role_headings_of_both_copies_name_their_roles_and_the_copies_do_not_glue():
    text = extract(page("cinema_two_copies.html")).text
    assert text.splitlines().count("岗位：放映员") == 2 and text.splitlines().count("岗位：影院记者") == 2
    rows = rows_of(text)
    assert all(role for role, _, _ in rows)
    assert [d for r, _, d in rows if r == "放映员"] == ["每日开场前检查放映机、音响和银幕状态",
                                                    "按排片表准时放映，处理画面和声音故障"] * 2
    assert [d for r, _, d in rows if r == "影院记者"] == ["采写影城活动和首映礼新闻稿", "维护影城公众号的影评栏目"] * 2
    assert not any("公告" in d for _, _, d in rows)


def test_a_heading_is_a_hard_break_in_the_text():
    text = extract("<div><p>• 负责装车</p><p>• 清点件数</p><h2>仓储中心年度通知</h2><p>说明文字很长很长，写了很多。</p></div>").text
    assert "清点件数\n\n\n仓储中心年度通知" in text


def test_an_outline_numbered_heading_is_not_rewritten():
    lines = lines_of("<div><h1>装卸班岗位职责</h1><h2>3.2 装卸工</h2><p>3.2.1 按单据装卸货物，轻拿轻放；</p>"
                     "<p>3.2.2 每班清扫月台。</p></div>")
    assert "3.2 装卸工" in lines and "岗位：装卸工" not in lines


def test_a_bold_line_that_is_a_sentence_or_a_section_is_no_role():
    lines = lines_of("<div><p><b>一、工作职责</b></p><p>• 巡查库区</p><p><b>注意：夜班须两人同行</b></p>"
                     "<p>• 登记车辆</p></div>")
    assert not any(ln.startswith("岗位：") for ln in lines)


# --- 2. nested lists and headings between content blocks --------------------------------------

def test_a_label_item_over_its_own_list_is_a_sub_heading_and_its_children_items():
    lines = lines_of(page("lab_nested_ul.html"))
    assert "（一）现场采样" in lines and "（二）实验室分析" in lines
    assert "• 现场采样" not in lines
    i = lines.index("（一）现场采样")
    assert lines[i + 1:i + 3] == ["• 按采样计划到各取水点采集水样并填写采样单", "• 现场测定水温、溶解氧和电导率"]
    rows = rows_of(extract(page("lab_nested_ul.html")).text)
    assert ("水质检测员", "duty", "现场采样") not in rows
    assert ("水质检测员", "duty", "按国标方法测定氨氮、总磷和化学需氧量") in rows


def test_headings_between_the_lists_of_a_page_stay_in_the_content():
    ex = extract(page("lab_nested_ul.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert "任职要求" in lines and lines.count("工作职责") == 2
    assert not any(d.text in ("任职要求", "样品管理员") for d in ex.dropped)
    rows = rows_of(ex.text)
    assert ("水质检测员", "requirement", "持有水质检验工证书者优先") in rows
    assert [d for r, _, d in rows if r == "样品管理员"] == ["登记样品编号，核对样品数量和包装", "管理留样室温湿度，定期清理过期留样"]


# --- 3. a Hong Kong vacancy page ----------------------------------------------------------------

def test_a_vacancy_heading_names_the_role_of_the_page():
    text = extract(page("pool_vacancy_big5hkscs.html", "big5hkscs")).text
    assert text.splitlines()[0] == "岗位：救生員"
    rows = rows_of(text)
    assert {r for r, _, _ in rows} == {"救生员"}
    assert sum(1 for _, s, _ in rows if s == "duty") == 3
    assert sum(1 for _, s, _ in rows if s == "requirement") == 2
    assert not any("截止" in d for _, _, d in rows)


# --- 4. a Q&A answer ----------------------------------------------------------------------------

def test_bold_numbered_roles_in_an_answer_and_its_closing_chat_and_count_bar():
    text = extract(page("club_answer.html")).text
    rows = rows_of(text)
    assert [r for r, _, _ in rows] == ["外联"] * 2 + ["财务"] * 2 + ["宣传委员"] * 2 + ["组织委员"] * 2
    assert rows[-1][2] == "组织新团员的面试"
    assert not any("赞同" in d or "其实" in d for _, _, d in rows)


def test_a_short_name_without_a_title_ending_and_no_title_peers_is_no_role():
    lines = lines_of("<div><p><b>一、外联</b></p><p>• 联系演出场地</p><p><b>二、宣传</b></p><p>• 制作海报</p></div>")
    assert not any(ln.startswith("岗位：") for ln in lines)


# --- 5. one table per role under a heading ------------------------------------------------------

def test_a_role_heading_over_a_numbered_duty_table_starts_a_new_role():
    rows = rows_of(extract(page("warehouse_row_tables.html")).text)
    assert [d for r, s, d in rows if r == "仓库主管" and s == "duty"] == ["制定库位规划，每月组织一次全面盘点",
                                                                    "审核出入库单据，处理差异和破损"]
    assert [d for r, s, d in rows if r == "叉车司机" and s == "duty"] == ["按调度指令装卸和上架托盘货物",
                                                                    "每班检查叉车刹车、喇叭和电量"]
    assert not any("叉车司机" in d for _, _, d in rows)


def test_a_json_ld_script_never_gives_text():
    html = ('<html><head><script type="application/ld+json">{"@type":"JobPosting","description":"负责夜间巡逻"}'
            '</script></head><body><div><h1>保安员</h1><p>1. 负责门岗值守，登记来访车辆；</p></div></body></html>')
    assert "巡逻" not in extract(html).text


# --- 6. chrome and noise lines ------------------------------------------------------------------

def test_a_qa_count_bar_and_a_wiki_stamp_are_chrome_and_tasks_are_not():
    assert line_chrome("赞同 120 · 评论 8 · 分享 · 收藏") is not None
    assert line_chrome("5个回答 · 3.4万浏览 · 关注问题") is not None
    assert line_chrome("由 李工 创建, 最后修改于 2027-02-11") is not None
    assert line_chrome("负责收藏 分享资料") is None
    assert line_chrome("评论 12") is None
    assert line_chrome("负责创建并修改于2027-02-11的台账") is None


def test_a_forum_reply_carrying_a_list_after_a_colon_stays():
    kept = "楼上漏了保洁员的：清运垃圾；擦拭玻璃"
    assert kept in strip_noise(f"保安员：巡逻；登记\n{kept}\n")
    assert "楼上说得对" not in strip_noise("保安员：巡逻；登记\n楼上说得对\n下一条内容\n")


def test_a_whole_forum_header_line_leaves_a_hard_break():
    text = "保安员职责：\n1. 门岗值守\n2. 夜间巡逻\n3楼 阿强 发表于 2027-01-02 11:00\n我们那还要管停车\n"
    out = strip_noise(text)
    assert "夜间巡逻\n\n\n我们那还要管停车" in out


def test_a_role_table_headed_in_traditional_script_with_a_licence_column():
    html = ("<table><tr><th>職位</th><th>職責</th><th>持證要求</th></tr>"
            "<tr><td>電工</td><td>1. 維修線路<br>2. 巡檢配電房</td><td>持有低壓電工證</td></tr>"
            "<tr><td>焊工</td><td>1. 焊接鋼結構<br>2. 保養焊機</td><td>持有焊工證</td></tr></table>")
    rows = rows_of(extract(html).text)
    assert ("电工", "requirement", "持有低压电工证") in rows and ("焊工", "requirement", "持有焊工证") in rows
    assert [d for r, s, d in rows if r == "焊工" and s == "duty"] == ["焊接钢结构", "保养焊机"]


def test_a_numbered_label_item_over_its_own_list_keeps_its_number_as_a_sub_heading():
    html = ("<div><h2>化验员</h2><h3>工作职责</h3><ol><li>原料检验<ul><li>按标准检验外观和气味</li>"
            "<li>对关键原料留样备查</li></ul></li><li>成品检验<ul><li>每批抽样做微生物检验</li></ul></li>"
            "<li>填写检验记录，出具报告</li></ol></div>")
    lines = lines_of(html)
    assert "（一）原料检验" in lines and "（二）成品检验" in lines and "3. 填写检验记录，出具报告" in lines
    duties_ = [d for _, _, d in rows_of(extract(html).text)]
    assert "原料检验" not in duties_ and "成品检验" not in duties_
    assert "每批抽样做微生物检验" in duties_ and "填写检验记录，出具报告" in duties_


def test_a_numbered_bold_title_and_a_bold_styled_span_name_roles_but_outline_headings_stay():
    lines = lines_of('<div><p><strong>1、放映员</strong></p><p>• 调试放映机</p>'
                     '<p><span style="font-weight:700">2. 票务专员</span></p><p>• 核对售票款</p>'
                     '<h2>3 适用范围</h2><h3>3.1 检票员</h3><p>3.1.1 核验电影票；</p></div>')
    assert "岗位：放映员" in lines and "岗位：票务专员" in lines
    assert "3.1 检票员" in lines


# --- 7. a wiki page export ----------------------------------------------------------------------

def test_wiki_page_furniture_is_left_out_and_noted():
    ex = extract(page("plant_wiki_export.html"))
    rows = rows_of(ex.text)
    assert {r for r, _, _ in rows} == {"设备主管", "钳工"}
    assert ("设备主管", "requirement", "特种设备安全管理员证") in rows
    for gone in ("本页内容同步", "注：", "application/", "赞同者", "标签", "由 周明"):
        assert gone not in ex.text, gone
    reasons = " ".join(d.reason for d in ex.dropped)
    assert "note macro" in reasons and "attachments" in reasons and "likes" in reasons


def test_attachment_pointer_and_label_lines_are_chrome_and_tasks_are_not():
    assert line_chrome("• 工具清单.xlsx (application/vnd.ms-excel)") == "an attached file"
    assert line_chrome("岗位表.docx（35 KB）") == "an attached file"
    assert line_chrome("详见各岗位子页面。") == "a pointer to another page"
    assert line_chrome("参见《安全操作规程》执行设备点检") is None
    assert line_chrome("标签：设备 岗位") is not None
    assert line_chrome("负责按标签：分类整理") is None


def test_a_role_table_under_a_unit_heading_gives_no_rows_for_its_column_names():
    html = ("<div><h1>机修车间岗位职责</h1><table><tr><th>岗位</th><th>证照要求</th><th>主要职责</th></tr>"
            "<tr><td>机修组长</td><td>钳工高级证</td><td>安排每日检修任务；验收维修质量</td></tr>"
            "<tr><td>机修工</td><td>无</td><td>更换磨损零件；填写维修单</td></tr></table></div>")
    rows = rows_of(extract(html).text)
    assert not any(d in ("岗位", "证照要求", "主要职责") for _, _, d in rows)
    assert ("机修组长", "requirement", "钳工高级证") in rows and ("机修工", "duty", "填写维修单") in rows


def test_outline_numbered_role_headings_over_plain_lists():
    html = ('<div class="wiki-content"><h1>质检科岗位说明</h1><h2>1. 岗位说明</h2><h3>1.1 化验员</h3>'
            '<p><strong>工作职责</strong></p><ol><li>按批次检测原料水分和灰分</li><li>出具检测报告并归档</li></ol>'
            '<div class="confluence-information-macro confluence-information-macro-note"><p>注：化验员排班见科室页面。</p></div>'
            '<h3>1.2 取样工</h3><p><strong>工作职责</strong></p><ul><li>按计划到料场取样并贴标签</li>'
            '<li>保管留样并登记</li></ul></div>')
    rows = rows_of(extract(html).text)
    assert [(r, d) for r, _, d in rows] == [("化验员", "按批次检测原料水分和灰分"), ("化验员", "出具检测报告并归档"),
                                           ("取样工", "按计划到料场取样并贴标签"), ("取样工", "保管留样并登记")]


# --- 8. a Word-to-HTML page ---------------------------------------------------------------------

def test_word_bullet_glyphs_are_bullets_and_bold_numbered_titles_name_roles():
    ex = extract(page("estate_word_bullets.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert "• 受理业主报修和投诉，24小时内回访" in lines and "• 夜间每两小时巡逻一次" in lines
    assert not any(ln.startswith(("·", "l ")) for ln in lines)
    rows = rows_of(ex.text)
    assert [(r, d) for r, _, d in rows] == [("客服主管", "受理业主报修和投诉，24小时内回访"), ("客服主管", "每月统计物业费收缴率"),
                                           ("秩序维护员", "门岗值守，登记外来车辆和访客"), ("秩序维护员", "夜间每两小时巡逻一次")]


def test_a_symbol_font_span_that_is_not_the_first_text_stays():
    html = ("<div><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>负责<span style='font-family:Symbol'>·</span>"
            "巡检配电房和水泵房的运行情况</p></div>")
    assert "负责·巡检配电房和水泵房的运行情况" in extract(html).text


# --- 9. bold role labels inside a paragraph -----------------------------------------------------

def test_bold_role_labels_at_line_starts_name_roles_over_their_lists():
    text = extract(page("homestay_inline_labels.html")).text
    lines = [ln for ln in text.splitlines() if ln]
    assert "岗位：管家" in lines and "岗位：厨师" in lines
    rows = rows_of(text)
    assert [d for r, _, d in rows if r == "管家"] == ["接待入住、退房", "介绍周边景点", "处理客人投诉"]
    assert {r for r, _, _ in rows} == {"管家", "保洁阿姨", "厨师"}


def test_a_bold_field_label_with_a_short_value_is_no_role():
    lines = lines_of("<div><p><b>负责人：</b>王经理<br><b>联系电话：</b>0571-88886666</p>"
                     "<p>这是一段很长的介绍文字，用来让内容被选中，写得长一些，再长一些。</p></div>")
    assert "负责人：王经理" in lines
