"""Extraction and chrome patterns found by the seventh held-out set, on pages written for these
tests (tests/fixtures/html_h7/, modelled on the patterns, not on any held-out text):

- a 贴吧-style thread: a floor's tail (`2楼2027-03-02 20:40`, `来自Android客户端1楼…`), its
  reply button (`回复(2)`, `收起回复`) and the replies inside a floor (楼中楼) are not content;
  a floor that carries a list keeps one item per line, and chat floors give no rows;
- a Markdown handbook in a .txt: a byline with a `[返回目录](…)` link and a footer of a
  reprint notice and `[上一节：…](…) | [下一节：…](…)` links are chrome, not rows;
- a chapter of an employee manual: a `上一章：… 下一章：…` line is chrome, and its chapter titles
  open no role; a document header (`印发单位：…　　文号：…`, `实施日期：…`) is chrome.
"""
from __future__ import annotations

from pathlib import Path

from parsers import duties
from parsers.chrome import line_chrome
from parsers.html import extract

HTML_H7 = Path(__file__).resolve().parent / "fixtures" / "html_h7"


def page(name: str) -> str:
    return (HTML_H7 / name).read_text(encoding="utf-8")


def rows_of(text: str) -> list[tuple[str, str, str]]:
    return [(r.role, r.section, r.duty) for r in duties.extract(text)]


# --- 1. a 贴吧-style thread ------------------------------------------------------------------

def test_thread_floor_tails_reply_buttons_and_floor_replies_are_left_out_and_noted():
    ex = extract(page("tieba_bakery_thread.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    for left_out in ("1楼", "2楼", "回复", "收起回复", "抄作业", "不客气", "2027-03-02"):
        assert not any(left_out in ln for ln in lines), left_out
    tails = [d.text for d in ex.dropped if "forum floor" in d.reason]
    assert "2楼2027-03-02 20:40" in tails and "来自Android客户端1楼2027-03-02 20:11" in tails
    noted = "\n".join(d.text for d in ex.dropped)
    assert "回复(2)" in noted and "麦香阿七：大佬写得太细了" in noted and "回复 麦香阿七 ：不客气" in noted
    # the floor with the lists keeps one item per line, under its role line
    i = lines.index("面包师职责：")
    assert lines[i + 1:i + 5] == ["⑴ 每天凌晨按生产单和面、发酵、整形、烘烤", "⑵ 记录烤箱温度和出炉时间，保证每批次口感一致",
                                  "⑶ 原料开封后标注日期，过期原料当班报废", "⑷ 下班前清洁搅拌机和烤盘，关闭燃气总阀"]
    assert lines[i + 5:i + 8] == ["收银员职责：", "⑴ 负责收银、开票和会员积分登记", "⑵ 每晚核对营业款，差额当日上报店长"]


def test_thread_rows_are_the_listed_duties_only():
    rows = rows_of(extract(page("tieba_bakery_thread.html")).text)
    assert rows == [("面包师", "duty", "每天凌晨按生产单和面、发酵、整形、烘烤"),
                    ("面包师", "duty", "记录烤箱温度和出炉时间，保证每批次口感一致"),
                    ("面包师", "duty", "原料开封后标注日期，过期原料当班报废"),
                    ("面包师", "duty", "下班前清洁搅拌机和烤盘，关闭燃气总阀"),
                    ("收银员", "duty", "负责收银、开票和会员积分登记"),
                    ("收银员", "duty", "每晚核对营业款，差额当日上报店长")]


def test_a_line_with_a_floor_number_or_a_date_inside_a_sentence_stays():
    html = ("<html><body><div class='post'><p>仓管员职责：</p><p>1. 每月2楼库房盘点一次，2027-03-02 09:30前提交盘点表</p>"
            "<p>2. 回复供应商的到货询问，登记到货时间</p></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert "1. 每月2楼库房盘点一次，2027-03-02 09:30前提交盘点表" in lines
    assert "2. 回复供应商的到货询问，登记到货时间" in lines


# --- 2. a Markdown handbook in a .txt ----------------------------------------------------------

def test_markdown_handbook_byline_and_footer_give_no_rows():
    rows = rows_of(page("handbook_markdown.txt"))
    assert [r for r in rows if r[0] == "冷库管理员"] == [
        ("冷库管理员", "duty", "每日两次巡查各温区温度，记录温控台账"),
        ("冷库管理员", "duty", "负责入库货物的验收和库位分配，确保先进先出"),
        ("冷库管理员", "duty", "发现制冷设备报警时，立即通知设备组并转移货物"),
        ("冷库管理员", "requirement", "物流管理相关专业中专及以上学历"),
        ("冷库管理员", "requirement", "能适应低温环境作业")]
    assert [d for role, _, d in rows if role == "装卸组长"] == [
        "按发车计划安排装卸人员和叉车", "监督装车顺序和码放高度，防止货损", "每班结束后清点托盘数量并交接"]
    assert {role for role, _, _ in rows} == {"冷库管理员", "装卸组长"}


def test_reprint_notices_and_navigation_links_are_chrome():
    footer = "*本制度汇编版权归青禾冷链物流所有，未经书面许可不得转载或复制。* | [上一节：组织架构](./sec2.md) | [下一节：薪酬制度](./sec4.md)"
    assert line_chrome(footer) is not None
    assert line_chrome("本站内容版权归原作者所有") == "copyright or reprint notice"
    assert line_chrome("未经授权，禁止转载") == "copyright or reprint notice"
    assert line_chrome("原创文章，禁止转载。") == "copyright or reprint notice"
    nav = "navigation: previous or next chapter, back to the contents"
    assert line_chrome("| [上一节：组织架构](./sec2.md) | [下一节：薪酬制度](./sec4.md)") == nav
    assert line_chrome("> 最后修订 · 编写：运营管理部 · [返回目录](../index.md)") == nav
    assert line_chrome("上一篇：仓库主管岗位职责") == nav
    assert line_chrome("下一页") == nav


def test_content_that_mentions_reprints_or_the_next_step_is_not_chrome():
    for content in ("负责审核来稿，未经作者授权不得转载他人作品",
                    "下一节点的交接由当班护士完成，交接时核对药品和记录",
                    "负责确认作品版权归属并登记",
                    "上一班次未完成的工单：交接后由本班跟进，并在系统中备注原因",
                    "下一步：整理客户名单，按区域分配给业务员，每周跟进两次，月底汇总"):
        assert line_chrome(content) is None, content


# --- 3. a chapter of an employee manual ---------------------------------------------------------

def test_chapter_navigation_and_document_header_give_no_rows_and_no_roles():
    rows = rows_of(page("manual_chapter_nav.txt"))
    assert {role for role, _, _ in rows} == {"护士长", "社区护士"}
    assert [d for role, _, d in rows if role == "社区护士"] == [
        "负责门诊输液、注射和换药，严格执行无菌操作", "参与家庭医生签约服务，按计划上门随访慢病患者",
        "下一节点的交接由当班护士完成，交接时核对药品和记录"]
    assert not any("印发" in d or "文号" in d or "上一章" in d or "下一章" in d for _, _, d in rows)


def test_document_header_lines_are_chrome():
    why = "document header: issuing unit, file number, version, date"
    assert line_chrome("印发单位：综合办公室　　文号：AK〔2027〕12号") == why
    assert line_chrome("发布部门：质量管理部　　文件编号：QM-0301　　版本号：B/2") is not None
    assert line_chrome("实施日期：2027年4月1日") is not None
    assert line_chrome("文件号：ZD-2027-031") == why
    assert line_chrome("发布部门：安全环保部") == why
    assert line_chrome("编制部门：生产部　　生效日期：2027-05-01") is not None
    for content in ("发布部门的年度计划需经总经理审批",
                    "文件号：按公司发文规则编写，报办公室登记后方可下发",
                    "发布部门：负责对外发布招聘信息，维护招聘渠道"):
        assert line_chrome(content) is None, content


# --- 4. what else a job page or an intranet page hides ---------------------------------------------

def test_a_job_title_shown_only_in_the_page_title_becomes_the_first_line():
    ex = extract(page("jobboard_title_only.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert lines[:3] == ["酒店前厅接待主管", "职位描述", "工作职责："]
    rows = rows_of(ex.text)
    assert {role for role, _, _ in rows} == {"酒店前厅接待主管"}
    assert [s for _, s, _ in rows] == ["duty"] * 4 + ["requirement"] * 2


def test_no_title_line_when_the_content_names_the_job_or_the_title_is_not_one():
    named = ("<html><head><title>仓库主管招聘_某某网</title></head><body><div class='detail'>"
             "<h2>仓库主管</h2><p>岗位职责：</p><p>1、负责仓库收发存管理，每月盘点；</p><p>2、带领理货员完成出入库作业。</p>"
             "</div></body></html>")
    assert extract(named).text.splitlines()[0] == "仓库主管"
    other = named.replace("<title>仓库主管招聘_某某网</title>", "<title>库管主管招聘_某某网</title>")
    assert extract(other).text.splitlines()[0] == "仓库主管"     # a heading already names a role
    question = ("<html><head><title>求助：仓库的活都归谁管？_仓储吧</title></head><body><div class='post'>"
                "<p>岗位职责：</p><p>1、负责仓库收发存管理，每月盘点；</p><p>2、带领理货员完成出入库作业。</p>"
                "</div></body></html>")
    assert extract(question).text.splitlines()[0] == "岗位职责："


def test_a_breadcrumb_names_the_job_when_the_content_does_not():
    ex = extract(page("intranet_crumb_role.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert lines[0] == "停车场收费员" and not any("当前位置" in ln for ln in lines)
    assert any("当前位置" in d.text for d in ex.dropped)
    rows = rows_of(ex.text)
    assert {role for role, _, _ in rows} == {"停车场收费员"}
    assert rows[0] == ("停车场收费员", "duty", "按规定标准收取停车费，准确开具票据，不得私收费用")


def test_a_side_menu_of_other_jobs_and_a_byline_are_left_out():
    ex = extract(page("intranet_leftnav_jobs.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert lines[0] == "质检员岗位职责"
    for left_out in ("车间主任", "数控车工", "仓库保管员", "设备维修工", "发布人", "首页"):
        assert not any(left_out in ln for ln in lines), left_out
    assert any(d.reason.endswith("(a menu of other postings)") and "数控车工" in d.text for d in ex.dropped)
    rows = rows_of(ex.text)
    assert {role for role, _, _ in rows} == {"质检员"}
    assert len([1 for _, s, _ in rows if s == "duty"]) == 4


def test_a_list_of_job_titles_with_their_own_lists_stays():
    html = ("<html><body><div class='content'><ul>"
            "<li>车间主任<ul><li>负责车间生产计划的执行</li><li>组织每日班前会</li></ul></li>"
            "<li>数控车工<ul><li>按图纸加工零件</li><li>做好首件自检</li></ul></li>"
            "<li>质检员<ul><li>按规程抽检</li><li>填写检验记录</li></ul></li>"
            "</ul></div></body></html>")
    text = extract(html).text
    for kept in ("车间主任", "数控车工", "质检员", "组织每日班前会"):
        assert kept in text, kept


def test_job_card_facts_and_navigation_inside_the_content_give_no_rows():
    ex = extract(page("jobboard_card_inline.html"))
    lines = [ln for ln in ex.text.splitlines() if ln]
    for left_out in ("成都-双流区", "3-5年", "招3人", "上一条", "上一篇"):
        assert not any(left_out in ln for ln in lines), left_out
    rows = rows_of(ex.text)
    assert rows == [("冷链司机", "duty", "驾驶冷藏车完成市内门店配送，按线路准时到店"),
                    ("冷链司机", "duty", "出车前检查车辆和冷机，全程监控厢温并记录"),
                    ("冷链司机", "duty", "配合门店完成交接签收，带回周转筐和单据"),
                    ("冷链司机", "requirement", "持B2及以上驾照，三年以上货车驾驶经验"),
                    ("冷链司机", "requirement", "熟悉成都市区道路")]


def test_an_unlabelled_requirement_list_of_education_and_experience_stays():
    html = ("<html><body><div class='content'><h2>出纳</h2><p>任职要求：</p>"
            "<ul><li>大专</li><li>3-5年</li></ul><p>岗位职责：</p><ul><li>负责现金收付和银行结算</li>"
            "<li>登记现金日记账</li></ul></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert "• 大专" in lines and "• 3-5年" in lines


def test_card_breadcrumb_and_bracketed_navigation_lines():
    assert line_chrome("成都-双流区 3-5年 中专/中技 招3人") is not None
    assert line_chrome("招5人") is not None
    assert line_chrome("6千-9千") == "job card: pay"
    assert line_chrome("首页 > 招聘信息 > 仓库主管") == "navigation: breadcrumb"
    assert line_chrome("当前位置：首页 >> 岗位说明") == "navigation: breadcrumb"
    assert line_chrome("【上一篇】叉车司机 【下一篇】装卸工") is not None
    assert line_chrome("发布人：质量部") is not None
    for content in ("本科 3-5年", "3-5年", "首页设计与维护，负责网站栏目更新", "发布：负责招聘信息的发布"):
        assert line_chrome(content) is None, content


def test_markdown_contents_links_and_html_comments_give_no_rows():
    rows = rows_of(page("handbook_toc_comment.txt"))
    assert rows == [("私人教练", "duty", "为会员做体测并制定训练计划"),
                    ("私人教练", "duty", "课前检查器械，课中保护会员安全"),
                    ("前台接待", "duty", "负责会员签到和储物柜钥匙发放"),
                    ("前台接待", "duty", "完成续卡登记和收银")]
    why = "navigation: table-of-contents links"
    assert line_chrome("- [一、私人教练](#一私人教练)") == why
    assert line_chrome("- [一、私人教练]（#一私人教练）") == why          # brackets widened by cleaning
    assert line_chrome("* [第二章 岗位职责](./ch2.md)") == why
    assert line_chrome("1. 登记会员信息，详见[会员手册](./member.md)") is None


def test_an_html_comment_in_a_text_file_is_noise():
    from normalize.noise import strip_noise
    assert strip_noise("完成续卡登记和收银<!-- 待补充 -->\n") == "完成续卡登记和收银\n"
    assert strip_noise("a <!-- one\ntwo --> b") == "a  b"


def test_a_thread_copied_as_text_keeps_only_the_listed_duties():
    rows = rows_of(page("thread_copy.txt"))
    assert rows == [("熨烫工", "duty", "按衣物标签选择熨烫温度，真丝羊毛类垫布熨烫"),
                    ("熨烫工", "duty", "每天下班前清理蒸汽熨斗水垢，关闭锅炉电源")]


def test_floor_tails_and_replies_in_text_are_noise_but_dated_fields_are_not():
    from normalize.noise import strip_noise
    assert strip_noise("洗衣小白：学到了，谢谢 2027-04-06 19:58\n").strip() == ""
    assert strip_noise("收起回复\n回复(12)\n").strip() == ""
    assert strip_noise("关闭锅炉电源IP属地:湖北\n") == "关闭锅炉电源\n"
    # a numbered item that ends with a date and time is not a reply
    assert "按时交接" in strip_noise("1、交接班：按时交接 2027-04-06 08:00\n")


def test_a_menu_of_job_titles_between_line_breaks_is_left_out_too():
    html = page("intranet_leftnav_jobs.html")
    menu = ('<div class="joblist">车间主任<br>数控车工<br>质检员<br>仓库保管员<br>设备维修工<br></div>')
    start, end = html.index('<ul class="joblist">'), html.index("</ul>") + len("</ul>")
    ex = extract(html[:start] + menu + html[end:])
    lines = [ln for ln in ex.text.splitlines() if ln]
    assert lines[0] == "质检员岗位职责"
    assert not any(name in lines for name in ("车间主任", "数控车工", "设备维修工", "岗位说明书"))


def test_the_job_title_is_read_from_the_title_formats_of_job_boards():
    body = ("<body><div class='job-detail'><h3>职位描述</h3><p>岗位职责：</p>"
            "<p>1、负责门店水果的进货验收和陈列；</p><p>2、每日盘点损耗并登记。</p></div></body>")
    for title in ("「果蔬理货员招聘」_鲜丰超市招聘-某直聘", "【果蔬理货员招聘_鲜丰超市招聘_4-6k】-某聘",
                  "果蔬理货员招聘-鲜丰超市招聘-某勾招聘", "【图】果蔬理货员 - 余杭区鲜丰超市 - 某城",
                  "【急聘】果蔬理货员（包吃）_某聘网", "鲜丰超市招聘果蔬理货员_某网"):
        text = extract(f"<html><head><title>{title}</title></head>{body}</html>").text
        assert text.splitlines()[0] == "果蔬理货员", title
    for title in ("鲜丰超市2027年招聘公告", "超市员工岗位职责大全_某文库", "求助：理货的活都归谁管？"):
        text = extract(f"<html><head><title>{title}</title></head>{body}</html>").text
        assert text.splitlines()[0] == "职位描述", title


def test_visitor_comments_under_a_careers_page_are_left_out():
    ex = extract(page("careers_comments.html"))
    assert not any("游客" in ln or "欢迎来面试" in ln for ln in ex.text.splitlines())
    assert any(d.text.startswith("游客：") for d in ex.dropped)
    rows = rows_of(ex.text)
    assert [(r, d) for r, s, d in rows if s == "duty"] == [
        ("调度员", "根据订单安排车辆和线路，跟踪在途车辆"), ("调度员", "处理司机异常上报，协调客户改约"),
        ("装卸工", "负责货物装卸和码放"), ("装卸工", "配合仓管清点货物")]
    # a dated field of the job is not a comment
    html = "<html><body><div class='c'><p>报名截止：2027-01-20</p><p>1、完成时间：2027-01-12</p></div></body></html>"
    assert "报名截止：2027-01-20" in extract(html).text and "1、完成时间：2027-01-12" in extract(html).text


def test_floor_replies_are_left_out_by_their_lines_when_their_boxes_have_no_telling_class():
    html = page("tieba_bakery_thread.html").replace("lzl_cnt", "sub-item").replace("lzl_link_unfold", "act")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    for left_out in ("回复", "收起回复", "抄作业", "不客气", "2027-03-02"):
        assert not any(left_out in ln for ln in lines), left_out
    assert "⑵ 每晚核对营业款，差额当日上报店长" in lines


def test_a_byline_and_an_update_stamp_under_a_role_give_no_rows():
    rows = rows_of(page("markdown_byline_under_role.txt"))
    assert rows == [("驻场维修技师", "duty", "每日巡检空调机组和水泵，记录运行参数"),
                    ("驻场维修技师", "duty", "接到报修后15分钟内到场处理")]
    why = "byline: who published it and when"
    assert line_chrome("> 最后 · 编辑：设备管理部") == why         # the date already cut by cleaning
    assert line_chrome("作者：李敏 | 来源：人事部") == why
    for content in ("更新", "修改", "负责系统更新", "编辑：负责稿件的编辑和校对", "发布：按时发布公告"):
        assert line_chrome(content) is None, content


def test_a_byline_split_by_a_wide_gap_leaves_no_line_behind():
    html = ("<html><body><div class='c'><p><b>护工岗位职责</b></p><p>1. 协助老人洗漱进食。</p><p>2. 记录老人饮食和睡眠情况。</p>"
            "<p>发布人：照护部 林岚\u3000\u3000发布时间：2027-02-11\u3000阅读次数：57</p></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert lines == ["护工岗位职责", "1. 协助老人洗漱进食。", "2. 记录老人饮食和睡眠情况。"]
    assert line_chrome("作者：李敏") == line_chrome("编辑：设备管理部") == "byline: who published it and when"
    assert line_chrome("编辑：负责稿件编辑") is None and line_chrome("编辑：校对稿件") is None


def test_more_document_header_forms():
    for header in ("密级：内部\u3000\u3000编号：HR-2027-03", "文件编号：KC-QP-015\u3000\u3000版本：A/0\u3000\u3000页码：第1页 共3页",
                   "编号：HR-001", "版本：A/0", "发布日期：2027-03-01\u3000\u3000实施日期：2027-04-01"):
        assert line_chrome(header) is not None, header
    assert line_chrome("编号：按顺序编写，不得重复") is None


def test_category_and_keyword_fields_of_a_job_page_give_no_rows():
    rows = rows_of(extract(page("jobboard_fields_tail.html")).text)
    assert rows == [("客房服务员", "duty", "按房态表清扫客房，更换布草"),
                    ("客房服务员", "duty", "检查迷你吧并登记消耗"),
                    ("客房服务员", "requirement", "能适应早晚班")]
    assert line_chrome("职能类别：货运司机") == line_chrome("关键词：冷链 配送") == "job card: category and keywords"
    assert line_chrome("关键字：负责分析客户需求，撰写方案") is None


def test_floor_tails_with_an_ip_place_or_without_the_year():
    html = ("<html><body><div class='thread'><div class='p'><div class='c'>我们店的分工：<br>前台职责：<br>"
            "1. 接待到店客人并登记<br>2. 整理预约表</div><div class='t'>IP属地:广东 来自iPhone客户端 2楼 03-02 20:40</div>"
            "<div class='r'>某某：收藏了 03-02 20:52</div></div></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert lines[-1] == "2. 整理预约表" and not any("IP属地" in ln or "收藏了" in ln for ln in lines)


def test_markdown_furniture_tags_and_quote_marks_give_no_rows():
    rows = rows_of(page("markdown_furniture.txt"))
    assert rows == [("礼宾员", "duty", "为抵店客人提供行李服务"),
                    ("礼宾员", "duty", "负责寄存行李的登记，出具寄存牌")]
    why = "Markdown furniture: contents marker, image or footnote"
    assert line_chrome("[TOC]") == line_chrome("![礼宾台](./img/desk.jpg)") == line_chrome("[^2]: 见附表") == why
    assert line_chrome("注：本手册自2027年4月1日起执行") == "a note about the document itself"
    assert line_chrome("注：操作前必须切断电源") is None


def test_tags_typed_into_a_text_file_are_noise_and_a_br_inside_a_line_is_a_break():
    from normalize.noise import strip_noise
    assert strip_noise("服务<br>\n登记<br/>出具寄存牌\n<b>礼宾员</b>\n") == "服务\n登记\n出具寄存牌\n礼宾员\n"
    assert strip_noise("库存低于<5%时报告\n") == "库存低于<5%时报告\n"
    # quote marks go only in a Markdown document
    assert strip_noise("## 礼宾员\n> 负责行李\n") == "## 礼宾员\n负责行李\n"
    assert strip_noise("礼宾员\n> 负责行李\n") == "礼宾员\n> 负责行李\n"


def test_an_unlinked_breadcrumb_inside_the_content_names_the_job_and_is_left_out():
    html = ("<html><head><title>内网 - 制度</title></head><body><div class='content'><p>首页 &gt; 岗位说明 &gt; 电梯维保员</p>"
            "<p><b>岗位职责</b></p><p>1. 每月对电梯进行两次保养。</p><p>2. 接到困人报警后30分钟内到场。</p></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert lines[:2] == ["电梯维保员", "岗位职责"]
    assert {role for role, _, _ in rows_of(extract(html).text)} == {"电梯维保员"}


def test_poster_badges_and_folded_floor_notices_are_forum_furniture():
    html = ("<html><body><div class='thread'><div class='p'><div>花田小满 LV6</div><div class='c'>前台职责：<br>"
            "1. 接待到店客人并登记<br>2. 整理预约表</div></div><div class='p'><div>路人甲 Lv.2</div>"
            "<div>该楼层疑似违规已被系统折叠 隐藏此楼查看此楼</div></div></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert lines == ["前台职责：", "1. 接待到店客人并登记", "2. 整理预约表"]
    assert line_chrome("楼主 花田小满 LV6") is not None and line_chrome("掌握 LV6 级别") is None


def test_navigation_lines_with_arrows_or_single_spaces():
    nav = "navigation: previous or next chapter, back to the contents"
    for line in ("<< 上一章\u3000\u3000下一章 >>", "« 上一篇：仓库主管岗位职责", "下一页 →",
                 "上一章：第四章 仓储部岗位职责 下一章：第六章 运输部岗位职责"):
        assert line_chrome(line) == nav, line


def test_a_short_list_of_tasks_named_like_soft_titles_stays():
    html = ("<html><body><div class='content'><h2>新媒体专员</h2><p>负责以下工作：</p>"
            "<ul><li>运营</li><li>文案</li><li>设计</li></ul></div></body></html>")
    lines = [ln for ln in extract(html).text.splitlines() if ln]
    assert lines[-3:] == ["• 运营", "• 文案", "• 设计"]
