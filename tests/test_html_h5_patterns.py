"""Extraction and chrome patterns found by the fifth held-out set, on pages written for these
tests (tests/fixtures/html_h5/, modelled on the patterns, not on any held-out text):

- a job-description sheet exported from Excel as an HTML table (序号 | 岗位名称 | 所在部门 |
  汇报对象 | 岗位职责 | 任职要求 | 岗位权限): the role comes from the job column, never the unit's
  or the boss's; each content column is a labelled section; a note row across the table
  (制表/审批/日期) is not a row;
- fields laid side by side with a wide gap (`月薪：…　　工作時間：…`) are lines of their own, and
  pay, hours, working-week, address and sign-off lines are chrome;
- a Discuz thread: floors (沙发, 板凳) and action bars (回复 支持 (7) 反对 (1) …) are chrome,
  every post that carries a list is kept;
- share bars and copyright lines at the foot of a text page are chrome.
"""
from __future__ import annotations

from pathlib import Path

from parsers import duties
from parsers.chrome import line_chrome
from parsers.html import extract, html_to_text

HTML_H5 = Path(__file__).resolve().parent / "fixtures" / "html_h5"


def page(name: str) -> str:
    return (HTML_H5 / name).read_text(encoding="utf-8")


def lines_of(html: str) -> list[str]:
    return [ln for ln in html_to_text(html).splitlines() if ln]


def rows_of(text: str) -> list[tuple[str, str, str]]:
    return [(r.role, r.section, r.duty) for r in duties.extract(text)]


def by_role(rows: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for role, section, duty in rows:
        out.setdefault(role, []).append((section, duty))
    return out


# --- 1. a role sheet exported from Excel ------------------------------------------------------

def test_excel_role_sheet_renders_one_role_per_row_with_labelled_sections():
    lines = lines_of(page("excel_role_sheet.html"))
    # the role comes from the job column; the unit's and the boss's columns are left out
    assert [ln for ln in lines if ln.startswith("岗位名称：")] == [
        "岗位名称：冷库主管", "岗位名称：叉车司机", "岗位名称：单证专员"]
    for left_out in ("仓储运营部", "运营总监", "客户服务部", "客服经理", "所在部门", "汇报对象"):
        assert not any(left_out in ln for ln in lines), left_out
    i = lines.index("岗位名称：冷库主管")
    assert lines[i + 1:i + 3] == ["岗位职责：", "1、统筹冷库各温区的收货、储存和发货作业；"]
    assert "任职要求：" in lines and "工作权限：" in lines
    assert "任职要求：持有场内机动车辆驾驶证；能适应零下低温环境作业" in lines
    assert "工作权限：对信息不全的出库指令有权暂缓执行" in lines
    # the note across the table stays in the text, below the last role
    assert lines[-1].startswith("制表：综合管理部")


def test_excel_role_sheet_rows_by_role_and_section():
    rows = by_role(rows_of(html_to_text(page("excel_role_sheet.html"))))
    assert list(rows) == ["冷库主管", "叉车司机", "单证专员"]
    assert rows["冷库主管"] == [
        ("duty", "统筹冷库各温区的收货、储存和发货作业"),
        ("duty", "每日复核温湿度记录，发现超温立即组织处置"),
        ("duty", "安排班组排班并考核作业效率"),
        ("requirement", "物流管理相关专业大专以上学历"),
        ("requirement", "五年以上冷链仓储经验"),
        ("authority", "对不符合温控标准的来货有权拒收"),
        ("authority", "对违反操作规程的员工有权停工整改")]
    # a flattened `1、…；2、…` cell is three duties; `；` phrases under 任职要求 two requirements
    assert [d for s, d in rows["叉车司机"] if s == "duty"] == [
        "按拣货单完成托盘的搬运和上下架", "每班出车前检查叉车电量和制动", "保持作业通道畅通无杂物"]
    assert [d for s, d in rows["叉车司机"] if s == "requirement"] == ["持有场内机动车辆驾驶证", "能适应零下低温环境作业"]
    # cell line breaks are item breaks; the sign-off note glues onto nothing
    assert rows["单证专员"] == [("duty", "录入入库单和出库单"), ("duty", "核对客户对账单"), ("duty", "整理归档运输单据"),
                              ("authority", "对信息不全的出库指令有权暂缓执行")]


def test_a_unit_column_before_the_job_column_is_not_the_role():
    html = ("<table><tr><td>部门</td><td>岗位</td><td>直接上级</td><td>主要职责</td></tr>"
            "<tr><td>质检部</td><td>来料检验员</td><td>质检主管</td><td>按抽样标准检验来料<br>填写检验记录</td></tr>"
            "<tr><td>质检部</td><td>计量员</td><td>质检主管</td><td>负责量具的周期校准；维护计量台账</td></tr></table>")
    lines = lines_of(html)
    assert "岗位：来料检验员" in lines and "岗位：计量员" in lines
    assert not any("质检主管" in ln or "质检部" in ln for ln in lines[1:])
    assert [(r, d) for r, _, d in rows_of(html_to_text(html))] == [
        ("来料检验员", "按抽样标准检验来料"), ("来料检验员", "填写检验记录"),
        ("计量员", "负责量具的周期校准"), ("计量员", "维护计量台账")]


def test_a_merged_unit_cell_spanning_several_jobs():
    """Excel merges the unit cell over its jobs' rows: the rows below have one cell fewer."""
    html = ("<table><tr><td>序号</td><td>所属部门</td><td>岗位名称</td><td>岗位职责</td><td>任职资格</td></tr>"
            "<tr><td>1</td><td rowspan=2>餐饮部</td><td>厨师长</td><td>制定每周菜单；控制食材成本</td><td>十年以上厨房经验</td></tr>"
            "<tr><td>2</td><td>传菜员</td><td>按单传菜<br>撤换餐具</td><td></td></tr>"
            "<tr><td>3</td><td>客房部</td><td>客房服务员</td><td>清扫客房并补充布草</td><td>吃苦耐劳</td></tr></table>")
    lines = lines_of(html)
    assert [ln for ln in lines if ln.startswith("岗位名称：")] == ["岗位名称：厨师长", "岗位名称：传菜员", "岗位名称：客房服务员"]
    assert not any("餐饮部" in ln or "客房部" in ln for ln in lines)
    rows = by_role(rows_of(html_to_text(html)))
    assert rows["传菜员"] == [("duty", "按单传菜"), ("duty", "撤换餐具")]
    assert rows["厨师长"] == [("duty", "制定每周菜单"), ("duty", "控制食材成本"), ("requirement", "十年以上厨房经验")]
    assert rows["客房服务员"] == [("duty", "清扫客房并补充布草"), ("requirement", "吃苦耐劳")]


def test_header_cells_wrapped_onto_two_lines():
    html = ("<table><tr><td>序号</td><td>岗位<br>名称</td><td>直接<br>上级</td><td>岗位<br>职责</td></tr>"
            "<tr><td>1</td><td>收银员</td><td>店长</td><td>负责收银结算；负责交班对账</td></tr>"
            "<tr><td>2</td><td>理货员</td><td>店长</td><td>按单补货<br>整理货架</td></tr></table>")
    assert lines_of(html) == ["岗位名称：收银员", "岗位职责：负责收银结算；负责交班对账",
                              "岗位名称：理货员", "岗位职责：", "按单补货", "整理货架"]


def test_a_unit_table_still_names_the_unit():
    html = ("<table><tr><th>部门</th><th>工作职责</th></tr>"
            "<tr><td>采购部</td><td>负责供应商开发；负责比价和下单</td></tr>"
            "<tr><td>仓储部</td><td>负责收发货；负责月度盘点</td></tr></table>")
    assert [r for r, _, _ in rows_of(html_to_text(html))] == ["采购部", "采购部", "仓储部", "仓储部"]


def test_a_long_relation_cell_is_kept_under_its_label():
    """Only a short unit or boss name is left out; a cell that says more stays visible."""
    html = ("<table><tr><td>岗位名称</td><td>汇报对象</td><td>岗位职责</td></tr>"
            "<tr><td>门店店长</td><td>区域经理，业务上同时接受品牌总部督导的指导</td><td>负责门店排班；负责库存盘点</td></tr>"
            "<tr><td>收银员</td><td>门店店长</td><td>负责收银结算；负责交班对账</td></tr></table>")
    lines = lines_of(html)
    assert "汇报对象：区域经理，业务上同时接受品牌总部督导的指导" in lines
    assert not any(ln == "汇报对象：门店店长" for ln in lines)


# --- 2. fields side by side; pay, hours and address lines --------------------------------------

def test_wide_gaps_split_fields_onto_their_own_lines():
    lines = lines_of(page("hk_job_page.html"))
    assert "月薪：HK$22,000 - 26,000（另有勤工獎）" in lines
    assert "工作時間：星期二至日 上午5:00 - 下午2:00" in lines
    assert "月薪：HK$15,500 - 17,000" in lines and "6天工作" in lines


def test_a_single_wide_space_or_two_plain_spaces_do_not_split():
    html = "<div class='content'><p>岗位名称：面点师　部门：厨房</p><p>负责早餐面点的制作  和出品</p></div>"
    assert lines_of(html) == ["岗位名称：面点师 部门：厨房", "负责早餐面点的制作 和出品"]


def test_a_wide_gap_after_a_list_marker_is_not_a_field_gap():
    html = ("<div class='content'><p>一、　　负责门店开闭店检查</p><p>第二条　　本职责适用于各门店</p>"
            "<p>2、&nbsp;&nbsp;&nbsp;&nbsp;负责收货验收　　3、负责陈列补货</p></div>")
    assert lines_of(html) == ["一、 负责门店开闭店检查", "第二条 本职责适用于各门店", "2、 负责收货验收", "3、负责陈列补货"]


def test_job_page_chrome_lines_give_no_rows():
    rows = rows_of(html_to_text(page("hk_job_page.html")))
    assert [d for _, _, d in rows] == [
        "按配方搓制及发酵面团，控制焗炉温度及时间", "每日盘点面粉、牛油等原料，提交订货单", "保持工场清洁，遵守食物安全守则",
        "招呼顾客，介绍当日新产品", "负责收银、包装及整理货架", "收铺前清点现金并填写日结表"]


def test_chrome_lines_of_a_job_page():
    assert line_chrome("月薪：HK$22,000 - 26,000（另有勤工奖）") == "job card: pay"
    assert line_chrome("时薪：¥28起") == "job card: pay"
    assert line_chrome("工作时间：星期二至日 上午5:00 - 下午2:00") == "opening hours"
    assert line_chrome("上班时间：周一至周五 9点-18点") == "opening hours"
    assert line_chrome("6天工作") == line_chrome("做六休一") == "job card: working week"
    assert line_chrome("晴记烘焙坊 观塘开源道50号地下 | 荃湾沙咀道200号B铺") == "address: where the company is"
    assert line_chrome("地址：成都市武侯区科华北路62号") == "address: where the company is"
    assert line_chrome("荃湾分店：沙咀道200号B铺") == "address: where the company is"
    assert line_chrome("荃湾分店：负责周末促销") is None
    assert line_chrome("请将简历及近期作品（PDF，10MB以内）发送至 hr@example.com") == "contact: how to apply"
    # lines that do things with these words are not chrome
    for content in ("工资：按月核算员工工资并报财务审核", "工作时间：负责安排每周的值班表",
                    "负责开源道50号门市的日常管理", "维护3号楼 5号楼的消防设施", "仓库 | 3号库 | 5号库",
                    "5天内完成新员工入职手续"):
        assert line_chrome(content) is None, content


def test_sign_off_lines_are_chrome_and_field_lines_are_not():
    why = "document sign-off: who drew it up, approved it, when"
    assert line_chrome("制表：综合管理部 审批：张经理 日期：2027年3月2日") == why
    assert line_chrome("编制：行政部") == line_chrome("批准：刘总") == line_chrome("日期：2027年3月2日") == why
    for content in ("审核：报销单", "编制：3人", "审核：审核各部门报销单据", "日期：每月5日前完成对账"):
        assert line_chrome(content) is None, content


# --- 3. a forum thread ----------------------------------------------------------------------

def test_forum_floors_and_action_bars_are_chrome_every_post_kept():
    text = html_to_text(page("forum_thread.html"))
    lines = [ln for ln in text.splitlines() if ln]
    # the starter's reply carries a list: it is kept, after the quoted question
    assert "③收款开票，晚上对账交班。" in lines
    assert lines.index("招的，前台接待的事情大概是这些：") > lines.index("楼主好，前台接待还招吗？前台每天主要干些什么呢？")
    records, drops = duties.extract_with_drops(text)
    for rec in records:
        for chrome in ("回复", "支持", "举报", "沙发", "板凳", "楼主"):
            assert chrome not in rec.duty, (chrome, rec.duty)
    assert sum(1 for d in drops if d.reason == "forum post furniture: floor or action buttons") == 3
    duty_texts = [r.duty for r in records]
    for item in ("带领学员完成开放水域课程的理论和泳池训练", "填写航行日志和油料记录", "接待到店客人，登记潜水经历和健康声明"):
        assert item in duty_texts, item


def test_a_quote_of_a_post_on_the_page_is_left_out_once_noted():
    result = extract(page("forum_thread.html"))
    lines = [ln for ln in result.text.splitlines() if ln]
    assert lines.count("楼主好，前台接待还招吗？前台每天主要干些什么呢？") == 1
    quoted = [d for d in result.dropped if d.reason == "html: forum quote: repeats a post shown on the page"]
    assert len(quoted) == 1 and "前台每天主要干些什么呢" in quoted[0].text


def test_a_quote_of_a_post_not_on_the_page_stays():
    html = page("forum_thread.html").replace(
        "楼主好，前台接待还招吗？前台每天主要干些什么呢？</font></blockquote>",
        "上一页说的救生员现在还缺人吗？</font></blockquote>")
    result = extract(html)
    assert "上一页说的救生员现在还缺人吗？" in result.text.splitlines()
    assert not any("forum quote" in d.reason for d in result.dropped)


def test_quotes_that_only_repeat_each_other_stay():
    """The quoted post itself is not on the page (not kept as content): its copies in two
    replies are the only ones, so neither goes."""
    question = "<p>请问仓管员每天主要做些什么工作呢？</p>"
    html = ("<html><body><div class='content'>"
            f"<div class='post'><blockquote>{question}</blockquote><p>仓管员每天：1、收货验收 2、盘点库存 3、按单发货</p></div>"
            f"<div class='post'><blockquote>{question}</blockquote><p>再补充一条：4、整理货架，保持通道畅通</p></div>"
            "</div></body></html>")
    result = extract(html)
    assert result.text.splitlines().count("请问仓管员每天主要做些什么工作呢？") == 2
    assert not any("quote" in d.reason for d in result.dropped)


def test_forum_chrome_lines():
    why = "forum post furniture: floor or action buttons"
    for chrome in ("沙发", "板凳", "地板", "12#", "回复 支持 (7) 反对 (1) 使用道具 举报", "回复 | 引用 | 举报", "只看该作者 举报"):
        assert line_chrome(chrome) == why, chrome
    for content in ("回复客户咨询", "支持", "编辑", "负责回复和举报的处理"):
        assert line_chrome(content) is None, content


# --- 4. share bars and copyright at a text page's foot ----------------------------------------

def test_share_and_copyright_lines_are_chrome():
    assert line_chrome("Share 分享: WeChat | LinkedIn | Weibo") == "share buttons"
    assert line_chrome("分享到：微信 朋友圈 微博 QQ空间") == "share buttons"
    assert line_chrome("© 2027 Studio Qiao. All rights reserved.") == "copyright or site licence"
    assert line_chrome("Copyright 2027 青桥设计") == "copyright or site licence"
    assert line_chrome("浙ICP备12345678号-1") == "copyright or site licence"
    for content in ("负责公司公众号内容的分享和转发", "分享经验，带教新人", "负责版权所有登记和商标申请材料的准备工作"):
        assert line_chrome(content) is None, content


def test_a_text_page_footer_gives_no_rows():
    text = ("Landscape Designer 景观设计师\n"
            "Key Responsibilities 主要职责\n"
            "1. 负责住宅景观方案设计和施工图绘制；\n"
            "2. 配合项目经理进行现场交底和材料封样。\n"
            "\n"
            "Share 分享: WeChat | Weibo | LinkedIn\n"
            "© 2027 Studio Qiao. All rights reserved.\n")
    assert [d for _, _, d in rows_of(text)] == ["负责住宅景观方案设计和施工图绘制", "配合项目经理进行现场交底和材料封样"]


def test_extraction_records_nothing_silently_for_an_excel_sheet():
    """The sheet has no chrome: nothing of it is dropped by extraction."""
    result = extract(page("excel_role_sheet.html"))
    assert result.dropped == []
