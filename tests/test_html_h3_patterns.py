"""Extraction patterns found by the third held-out set, on pages written for these tests
(tests/fixtures/html3/, modelled on the patterns, not on any held-out text):

- a Q&A thread keeps every answer with content (even one whose box is named `reply-item`,
  and a short one whose list is run together on one line); a thank-you answer and all
  furniture are left out, and nothing left out disappears: `extract()` reports it;
- a job-board posting keeps its <h1> job title (inside a chrome box beside salary and
  buttons) as the role line, and drops side fields (工作地点 + address) and the company card;
- a table of one role per row (`职位 | 工作职责 | 任职要求`, or no header at all) gives each
  row's role, and each duty in the cell (`；`, `<br>` or numbered) one item.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from parsers import duties
from parsers.html import extract, html_to_text

HERE = Path(__file__).resolve().parent
HTML3 = HERE / "fixtures" / "html3"
EXTRACT = HERE / "fixtures" / "fetch" / "extract"


def page(name: str) -> str:
    return (HTML3 / name).read_text(encoding="utf-8")


def lines_of(html: str) -> list[str]:
    return [ln for ln in html_to_text(html).splitlines() if ln]


def rows_of(html: str) -> list[tuple[str, str, str]]:
    records = duties.extract(html_to_text(html))
    return [(r.role, r.section, r.duty) for r in records]


# --- 1. every answer is kept; what is left out is reported --------------------------------

def test_every_answer_with_content_is_kept_even_in_chrome_named_boxes():
    lines = lines_of(page("qa_answers.html"))
    text = "\n".join(lines)
    assert lines[0] == "酒店前台和礼宾到底分别干什么？"
    assert "4、做好交接班记录，及时转达客人的特殊需求。" in lines          # 1st answer
    assert any(ln.startswith("住过很多酒店") for ln in lines)               # 2nd (prose)
    assert any(ln.startswith("补充一下夜审员") and "3.检查房态与账务是否一致" in ln for ln in lines)  # 3rd
    for chrome in ("马克一下", "人赞同了该回答", "发布于", "编辑于", "前厅经理阿梅", "相关问题", "问答首页", "关注 512"):
        assert chrome not in text, chrome


def test_left_out_blocks_are_reported_with_a_reason():
    result = extract(page("qa_answers.html"))
    by_text = {d.text: d.reason for d in result.dropped}
    assert any("马克一下" in t for t in by_text), by_text       # the thank-you answer
    assert any("酒店前台工资一般多少" in t for t in by_text)       # the related questions
    assert any("2.3K 人赞同了该回答" == t for t in by_text)
    assert all(r.startswith("html: ") and len(r) > len("html: ") for r in by_text.values())
    assert "马克一下" not in result.text


def _visible_text_nodes(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template, head"):
        node.decompose()
    out = []
    for node in (tree.body or tree.root).traverse(include_text=True):
        if node.tag == "-text":
            text = re.sub(r"\s+", "", node.text_content or "")
            if text:
                out.append(text)
    return out


PAGES = sorted(list(HTML3.glob("*.html")) + list(EXTRACT.glob("*.html")))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_no_visible_text_disappears(path):
    """Every piece of visible text of the page is in the extracted text or in `dropped`."""
    html = path.read_text(encoding="utf-8")
    result = extract(html)
    seen = re.sub(r"\s+", "", result.text + "\n".join(d.text for d in result.dropped))
    missing = [t for t in _visible_text_nodes(html) if t not in seen]
    assert not missing, missing


def test_selected_content_reports_the_rest_of_the_page():
    html = ("<div class='side'><p>本站推荐：热门职位排行</p></div>"
            "<div class='job'><p>负责仓库盘点；</p></div>")
    result = extract(html, ["div.job"])
    assert result.text.strip() == "负责仓库盘点；"
    assert [d.text for d in result.dropped] == ["本站推荐：热门职位排行"]
    assert "selectors" in result.dropped[0].reason


# --- 2. job-board detail page -------------------------------------------------------------

def test_job_posting_keeps_its_title_and_drops_side_fields():
    lines = lines_of(page("job_posting.html"))
    text = "\n".join(lines)
    assert lines[0] == "物流调度专员"
    assert "4、统计运输时效和成本数据，按周提交分析报告。" in lines
    assert "3、沟通协调能力强，能适应节假日轮班。" in lines
    for chrome in ("工作地点", "金银湖路", "顺达供应链有限公司", "查看全部职位", "相似职位", "仓库主管",
                   "6000-9000", "投递简历", "快聘首页"):
        assert chrome not in text, chrome


def test_job_posting_rows_get_the_title_as_role():
    rows = rows_of(page("job_posting.html"))
    assert rows and {role for role, _, _ in rows} == {"物流调度专员"}
    assert ("物流调度专员", "duty", "跟踪在途车辆位置，处理运输异常和延误") in rows
    assert ("物流调度专员", "requirement", "熟练使用办公软件和运输管理系统") in rows
    assert not any("武汉市" in duty for _, _, duty in rows)


def test_job_posting_with_sections_and_a_banner_title():
    """Title in a `job-banner` box, the title tag decorated (`【成本会计招聘】_…`), company
    profile and address as sections of their own, a 看过该职位的人还看了 side box."""
    html = page("job_posting_sections.html")
    text = html_to_text(html)
    for chrome in ("公司介绍", "华鼎建材集团成立", "工作地址", "狮山镇", "看过该职位的人还看了", "总账会计", "9-14K", "立即沟通"):
        assert chrome not in text, chrome
    rows = rows_of(html)
    assert [(r, s) for r, s, _ in rows] == [("成本会计", "duty")] * 4 + [("成本会计", "requirement")] * 2


def test_a_site_logo_heading_is_not_taken_for_the_title():
    html = ("<html><head><title>出纳岗位职责 - 财会范文网</title></head><body>"
            "<div class='top'><h1>财会范文网</h1></div>"
            "<div class='content'><h2>出纳岗位职责</h2><p>1、负责现金收付，做到日清月结；</p>"
            "<p>2、登记现金和银行存款日记账，按月对账。</p></div></body></html>")
    assert lines_of(html)[0] == "出纳岗位职责"


# --- 3. one role per table row ------------------------------------------------------------

def test_role_table_rows_name_their_role_and_split_their_duties():
    rows = rows_of(page("role_table.html"))
    by_role: dict[str, list[tuple[str, str]]] = {}
    for role, section, duty in rows:
        by_role.setdefault(role, []).append((section, duty))
    assert list(by_role) == ["合成操作工", "化验员", "设备维修工", "包装工", "叉车司机"]
    assert by_role["合成操作工"][:3] == [("duty", "按工艺规程控制反应温度和压力"),
                                       ("duty", "每小时巡检一次设备并记录参数"),
                                       ("duty", "发现泄漏立即按应急预案处置")]
    assert ("requirement", "持特种作业操作证") in by_role["合成操作工"]
    assert [d for s, d in by_role["化验员"] if s == "duty"] == [
        "负责原料和中间品取样分析", "按标准出具检验报告", "维护化验仪器并定期校准"]
    assert len([1 for s, _ in by_role["设备维修工"] if s == "duty"]) == 3
    assert [d for _, d in by_role["包装工"]] == ["按批号称量和封装成品", "核对标签与批号是否一致", "清点入库数量并签字"]
    assert len(by_role["叉车司机"]) == 2


def test_role_table_rendering():
    lines = lines_of(page("role_table.html"))
    assert "职位：化验员" in lines and "岗位：叉车司机" in lines
    i = lines.index("职位：合成操作工")
    assert lines[i + 1:i + 3] == ["工作职责：", "按工艺规程控制反应温度和压力"]


def test_handbook_field_tables_are_not_role_tables():
    """`主要职责 | 1…` / `任职条件 | …` rows are a handbook's fields, not roles."""
    html = ("<table><tr><td>主要职责</td><td>1、负责现金收付；<br>2、登记日记账。</td></tr>"
            "<tr><td>任职条件</td><td>会计专业；两年以上经验</td></tr></table>")
    assert lines_of(html) == ["主要职责：", "1、负责现金收付；", "2、登记日记账。", "任职条件：会计专业；两年以上经验"]


def test_a_schedule_table_is_not_a_role_table():
    html = ("<table><tr><th>班次</th><th>时间</th></tr><tr><td>早班</td><td>6:00-14:00</td></tr>"
            "<tr><td>晚班</td><td>14:00-22:00</td></tr></table>")
    assert lines_of(html) == ["班次 时间", "早班：6:00-14:00", "晚班：14:00-22:00"]


def test_role_table_under_a_title_row_with_a_number_column():
    html = ("<table><tr><td colspan='3'>仓储部岗位职责表</td></tr>"
            "<tr><td>序号</td><td>岗位</td><td>岗位职责</td></tr>"
            "<tr><td>1</td><td>仓管员</td><td>负责物资入库验收；按月盘点库存</td></tr>"
            "<tr><td>2</td><td>理货员</td><td>按单拣货<br>核对出库数量</td></tr></table>")
    assert lines_of(html) == ["仓储部岗位职责表", "岗位：仓管员", "岗位职责：负责物资入库验收；按月盘点库存",
                              "岗位：理货员", "岗位职责：", "按单拣货", "核对出库数量"]
    assert [(r, d) for r, _, d in rows_of(html)] == [("仓管员", "负责物资入库验收"), ("仓管员", "按月盘点库存"),
                                                     ("理货员", "按单拣货"), ("理货员", "核对出库数量")]


def test_a_handbook_field_pair_in_a_table_cell_stays():
    html = ("<table><tr><td>岗位名称</td><td>出纳</td><td>工作地点</td><td>总部</td></tr>"
            "<tr><td>工作职责</td><td colspan='3'>1、负责现金收付；<br>2、登记日记账。</td></tr></table>")
    assert lines_of(html)[:2] == ["岗位名称：出纳", "工作地点：总部"]


def test_a_box_repeating_the_content_box_with_only_titles_is_not_a_post():
    html = ("<html><body><div class='box'><div class='bd'><h1>收银员岗位职责</h1>"
            "<p>1、负责收银结算，做到准确无误，唱收唱付；</p><p>2、保管好备用金，交班时清点交接并签字确认；</p>"
            "<p>3、做好发票开具和登记，定期与财务核对。</p></div></div>"
            "<div class='box'><div class='bd'><p>超市理货员工作内容介绍大全</p><p>收银主管年终个人工作总结范本</p></div></div>"
            "</body></html>")
    text = html_to_text(html)
    assert "3、做好发票开具和登记，定期与财务核对。" in text
    assert "理货员" not in text and "年终" not in text


def test_best_answer_and_other_answers_are_all_kept_bumps_are_not():
    result = extract(page("qa_best_answer.html"))
    lines = [ln for ln in result.text.splitlines() if ln]
    assert "（4）管理班级物品，每周清洗被褥和毛巾，保持活动室整洁。" in lines
    assert any(ln.startswith("保健医生的职责也说一下吧") for ln in lines)
    for chrome in ("顶一下", "回答者", "最佳答案", "提问者"):
        assert chrome not in result.text, chrome
    assert any("顶一下" in d.text and "short post" in d.reason for d in result.dropped)


def test_short_duty_lines_in_wrapped_divs_are_not_taken_for_bump_posts():
    html = ("<div class='content'><h2>仓管员岗位职责</h2>"
            "<div class='duty'><p>1、负责物资的入库验收、登记和上架，做到账物相符；</p></div>"
            "<div class='duty'><p>2、负责考勤；</p></div><div class='duty'><p>3、月底盘点。</p></div></div>")
    lines = lines_of(html)
    assert "2、负责考勤；" in lines and "3、月底盘点。" in lines


def test_a_terse_list_answer_in_another_box_kind_is_kept():
    """Other answers sit in a list box beside the best one (`best-answer` / `other-answer`)
    and one is a terse list: it is content (a list), not a bump."""
    html = page("qa_best_answer.html").replace(
        "保健医生的职责也说一下吧：1、每日晨检，查看幼儿精神和体温 2、管理药品和医务室台账 3、定期组织体检和疫苗接种登记",
        "保健医生：1.晨检 2.管药 3.组织体检")
    text = html_to_text(html)
    assert "保健医生：1.晨检 2.管药 3.组织体检" in text.splitlines()
    assert "顶一下" not in text


def test_an_article_list_beside_the_article_is_not_a_post_of_its_kind():
    html = ("<html><body><div class='article-content'><h1>出纳岗位职责</h1>"
            "<p>1、负责现金收付，做到日清月结，账款相符；</p><p>2、登记现金和银行存款日记账，按月与会计对账；</p>"
            "<p>3、保管库存现金和有价证券，确保安全完整。</p></div>"
            "<div class='article-list'><p>1.会计岗位职责范本</p><p>2.财务经理年终总结</p>"
            "<p>3.收银员工作流程</p><p>4.审计助理实习报告</p></div></body></html>")
    text = html_to_text(html)
    assert "3、保管库存现金和有价证券，确保安全完整。" in text
    assert "会计岗位职责范本" not in text


def test_role_table_with_a_role_cell_spanning_rows_and_unit_names():
    html = ("<table><tr><th>部门</th><th>职责</th></tr>"
            "<tr><td rowspan='2'>人力资源部门</td><td>负责招聘和入职手续</td></tr>"
            "<tr><td>负责薪酬核算和社保缴纳</td></tr>"
            "<tr><td>行政部</td><td>负责办公用品采购；负责会议室管理</td></tr></table>")
    rows = [(r, d) for r, _, d in rows_of(html)]
    assert rows == [("人力资源部门", "负责招聘和入职手续"), ("人力资源部门", "负责薪酬核算和社保缴纳"),
                    ("行政部", "负责办公用品采购"), ("行政部", "负责会议室管理")]
