"""Extraction patterns found by the fourth held-out set, on pages written for these tests
(tests/fixtures/html4/, modelled on the patterns, not on any held-out text):

- a recruitment notice laid out as bare paragraphs right in <body> around a table keeps all
  its paragraphs (the duties by role sit below the table), not just the table;
- a table `职位编码 | 职位名称 | 需求人数 | 任职资格` is a role table: each row names its role and
  its qualification cell is the role's requirements; code and head-count columns say nothing;
- a nested list whose parent item is only a job title over its own list names that role;
- text split into many inline <span style> runs keeps the lines the page shows;
- Taiwan job blocks (職缺：X / 工作內容： / 應徵條件：) keep each label on its own line.
"""
from __future__ import annotations

from pathlib import Path

from parsers import duties
from parsers.html import extract, html_to_text

HTML4 = Path(__file__).resolve().parent / "fixtures" / "html4"


def page(name: str) -> str:
    return (HTML4 / name).read_text(encoding="utf-8")


def lines_of(html: str) -> list[str]:
    return [ln for ln in html_to_text(html).splitlines() if ln]


def rows_of(html: str) -> list[tuple[str, str, str]]:
    return [(r.role, r.section, r.duty) for r in duties.extract(html_to_text(html))]


# --- 1. a bare notice page with a role table of requirements --------------------------------

def test_paragraphs_right_in_body_around_a_table_are_all_content():
    result = extract(page("bare_notice_table.html"))
    lines = [ln for ln in result.text.splitlines() if ln]
    assert "（一）仓库管理员" in lines
    assert "2.跟踪在途车辆，处理延误和异常情况。" in lines
    assert lines[-1].startswith("有意者请于")
    # chrome and post metadata still go, and are reported
    assert "您的位置" not in result.text and "浏览次数" not in result.text
    assert any("浏览次数" in d.text for d in result.dropped)
    assert any("版权所有" in d.text for d in result.dropped)
    # the notice's sign-off (issuer and date, right-aligned) is not a duty
    assert "青禾物流园人力资源部" not in result.text
    assert any("人力资源部" in d.text and "sign-off" in d.reason for d in result.dropped)


def test_right_aligned_text_without_a_date_stays():
    html = ("<div class='content'><h2>保安员岗位职责</h2><p>1、负责大门出入登记，查验来访人员证件；</p>"
            "<p>2、夜间每两小时巡逻一次并记录。</p><p align='right'>保卫科制</p>"
            "<p align='right'>注：本职责自2027年1月1日起执行，请各班组遵照落实。</p></div>")
    lines = lines_of(html)
    assert "保卫科制" in lines and lines[-1].startswith("注：本职责自2027年1月1日起执行")


def test_a_content_box_still_wins_over_a_few_paragraphs_in_body():
    html = ("<html><body><p>欢迎访问本站，本站提供各类范文下载。</p>"
            "<div class='content'><h1>收银员岗位职责</h1>"
            "<p>1、负责收银结算，做到准确无误，唱收唱付；</p><p>2、保管好备用金，交班时清点交接并签字确认；</p>"
            "<p>3、做好发票开具和登记，定期与财务核对账目。</p></div>"
            "<p>本站部分内容来自网友投稿。</p></body></html>")
    text = html_to_text(html)
    assert "3、做好发票开具和登记，定期与财务核对账目。" in text
    assert "欢迎访问本站" not in text


def test_requirement_column_table_renders_role_and_requirements_without_codes():
    lines = lines_of(page("bare_notice_table.html"))
    i = lines.index("职位名称：仓库管理员")
    assert lines[i + 1] == "任职要求：中专及以上学历，物流管理相关专业；熟练使用办公软件；能适应倒班"
    assert "职位名称：调度专员" in lines
    assert not any(ln in ("QH-07", "QH-08", "2", "1") or ln.startswith(("职位编码：", "需求人数：", "备注："))
                   for ln in lines)


def test_requirement_column_table_rows():
    rows = rows_of(page("bare_notice_table.html"))
    assert [(r, d) for r, s, d in rows if s == "requirement"] == [
        ("仓库管理员", "中专及以上学历，物流管理相关专业"), ("仓库管理员", "熟练使用办公软件"),
        ("仓库管理员", "能适应倒班"), ("调度专员", "大专及以上学历"), ("调度专员", "两年以上车辆调度经验")]
    assert not any(d in ("职位编码", "职位名称", "需求人数", "任职资格", "QH-07") for _, _, d in rows)


def test_a_table_with_a_requirement_column_beside_a_duty_column():
    html = ("<table><tr><th>序号</th><th>岗位名称</th><th>招聘人数</th><th>岗位职责</th><th>岗位要求</th></tr>"
            "<tr><td>1</td><td>园艺工</td><td>3</td><td>修剪苗木；浇灌和施肥</td><td>吃苦耐劳；有绿化经验</td></tr>"
            "<tr><td>2</td><td>保洁员</td><td>若干</td><td>清扫公共区域；清运垃圾</td><td>身体健康</td></tr></table>")
    lines = lines_of(html)
    assert lines[0:3] == ["岗位名称：园艺工", "岗位职责：修剪苗木；浇灌和施肥", "岗位要求：吃苦耐劳；有绿化经验"]
    assert not any(ln.startswith("招聘人数") for ln in lines)
    assert rows_of(html) == [("园艺工", "duty", "修剪苗木"), ("园艺工", "duty", "浇灌和施肥"),
                             ("园艺工", "requirement", "吃苦耐劳"), ("园艺工", "requirement", "有绿化经验"),
                             ("保洁员", "duty", "清扫公共区域"), ("保洁员", "duty", "清运垃圾"),
                             ("保洁员", "requirement", "身体健康")]


def test_a_count_table_without_role_work_is_not_a_role_table():
    html = ("<table><tr><td>岗位名称</td><td>招聘人数</td><td>工作地点</td></tr>"
            "<tr><td>园艺工</td><td>3</td><td>东区</td></tr><tr><td>保洁员</td><td>2</td><td>西区</td></tr></table>")
    assert lines_of(html) == ["岗位名称 招聘人数 工作地点", "园艺工 3 东区", "保洁员 2 西区"]


# --- 2. nested lists headed by a job title ----------------------------------------------------

def test_a_parent_item_that_is_only_a_job_title_names_the_role_of_its_list():
    lines = lines_of(page("nested_role_lists.html"))
    assert "岗位：前厅经理" in lines and "岗位：行李员" in lines
    assert "• 前厅经理" not in lines
    i = lines.index("• 寄存行李时核对行李牌并登记")
    assert lines[i + 1:i + 3] == ["• 贵重物品不予寄存", "• 易碎物品须贴提示标签"]   # children are items too
    # a group of tasks over a list is not a role: a sub-heading of its items, not an item
    assert "岗位：日常检查" not in lines and "• 日常检查" not in lines
    assert "（一）日常检查" in lines


def test_nested_list_rows_take_their_titled_role():
    rows = rows_of(page("nested_role_lists.html"))
    by_role: dict[str, list[str]] = {}
    for role, _, duty in rows:
        by_role.setdefault(role, []).append(duty)
    assert by_role["前厅经理"] == ["制定前厅部工作计划并检查执行情况", "处理宾客投诉，维护酒店服务声誉"]
    assert by_role["行李员"][:4] == ["为抵店和离店宾客运送行李", "寄存行李时核对行李牌并登记",
                                     "贵重物品不予寄存", "易碎物品须贴提示标签"]


def test_a_parent_item_with_text_of_its_own_stays_an_item():
    html = ("<div class='c'><ul><li>负责设备巡检，发现问题及时上报<ul><li>每日两次</li></ul></li>"
            "<li>填写巡检记录</li></ul></div>")
    assert lines_of(html) == ["• 负责设备巡检，发现问题及时上报", "• 每日两次", "• 填写巡检记录"]


# --- 3. inline span runs -----------------------------------------------------------------------

def test_span_runs_keep_the_lines_the_page_shows():
    lines = lines_of(page("span_runs.html"))
    assert "◆每日整理归还图书并按索书号上架；" in lines
    assert "● 大专以上学历，喜爱阅读" in lines
    i = lines.index("期待这样的你")                  # a heading stays its own line
    assert lines[i - 1] == "◆办理读者证件的注册、挂失和补办。"
    assert "图书管理员" in lines


def test_wechat_read_counts_are_dropped_and_reported():
    result = extract(page("span_runs.html"))
    assert "在看" not in result.text
    assert any("在看" in d.text and "boilerplate" in d.reason for d in result.dropped)


# --- 4. Taiwan job blocks ----------------------------------------------------------------------

def test_taiwan_job_blocks_keep_labels_on_their_own_lines():
    lines = lines_of(page("tw_job_blocks.html"))
    assert lines[0] == "職缺：烘焙助理（高雄門市）"
    i = lines.index("應徵條件：")
    assert lines[i - 1] == "3. 清潔烤箱、攪拌機與工作檯面"
    assert lines[i + 1] == "1. 高中職以上畢業"
    j = lines.index("職缺：門市收銀員")
    assert lines[j - 1] == "2. 能配合清晨排班"
    assert lines[j + 1] == "工作內容：結帳收銀與發票開立；商品上架與補貨；維持櫃檯整潔"


def test_one_qualification_per_column_tables_give_requirements_under_their_field_names():
    html = ("<table><tr><th>职位编码</th><th>职位名称</th><th>人数</th><th>学历</th><th>专业</th><th>年龄</th>"
            "<th>其他条件</th></tr>"
            "<tr><td>B1</td><td>检验技师</td><td>1</td><td>本科及以上</td><td>医学检验技术</td><td>30周岁以下</td>"
            "<td>具有检验技师资格</td></tr>"
            "<tr><td>B2</td><td>收费员</td><td>2</td><td>大专及以上</td><td>不限</td><td>不限</td><td>无</td></tr></table>")
    lines = lines_of(html)
    i = lines.index("职位名称：检验技师")
    assert lines[i + 1:i + 6] == ["任职要求：", "学历：本科及以上", "专业：医学检验技术", "年龄：30周岁以下",
                                  "任职要求：具有检验技师资格"]
    j = lines.index("职位名称：收费员")
    assert lines[j + 1:] == ["任职要求：", "学历：大专及以上"]          # `不限`, `无`: no requirement
    assert [(r, s, d) for r, s, d in rows_of(html) if r == "检验技师"] == [
        ("检验技师", "requirement", "学历：本科及以上"), ("检验技师", "requirement", "专业：医学检验技术"),
        ("检验技师", "requirement", "年龄：30周岁以下"), ("检验技师", "requirement", "具有检验技师资格")]


def test_a_table_of_people_is_not_a_role_table():
    html = ("<table><tr><td>姓名</td><td>岗位名称</td><td>学历</td></tr>"
            "<tr><td>王某</td><td>检验技师</td><td>本科</td></tr><tr><td>赵某</td><td>收费员</td><td>大专</td></tr></table>")
    assert not any(ln.startswith(("岗位：", "岗位名称：", "任职要求")) for ln in lines_of(html))


def test_a_heading_that_is_only_a_job_title_over_a_list_names_its_role():
    html = ("<div class='c'><h2>水厂运行岗位说明</h2><p>本厂实行四班三运转，各岗位职责如下：</p>"
            "<h3>泵房值守长</h3><ul><li>监视机组运行参数并每小时记录</li><li>按调度指令开停水泵</li></ul>"
            "<h3>加药工</h3><ol><li>按投加量配制絮凝剂</li><li>巡查加药管道有无堵塞</li></ol>"
            "<h3>工作人员</h3><ul><li>服从统一排班</li></ul>"
            "<dl><dt>化验员</dt><dd>每两小时检测出厂水浊度和余氯</dd></dl></div>")
    lines = lines_of(html)
    assert "岗位：泵房值守长" in lines and "岗位：加药工" in lines and "岗位：化验员" in lines
    assert "工作人员" in lines                   # a group of people is not a job title
    assert "水厂运行岗位说明" in lines            # nor is a title without a list right below
    rows = rows_of(html)
    assert ("泵房值守长", "duty", "按调度指令开停水泵") in rows
    assert ("加药工", "duty", "按投加量配制絮凝剂") in rows
