"""Main-content extraction keeps every content block of a page and the structure the
segmenter reads: all forum posts with content, all job cards, every row of every handbook
table, list markers; chrome (related lists, post furniture, comments) goes.

The pages are written here for the test (no corpus text)."""
from __future__ import annotations

from parsers.html import html_to_text


def lines_of(html: str, selectors=None) -> list[str]:
    return [ln for ln in html_to_text(html, selectors).splitlines() if ln]


FORUM = """<html><head><title>图书馆各岗位职责求助 - 书友论坛</title></head><body>
<div id="hd"><a href="/">论坛首页</a> <a href="/f/3">职场</a> <a href="/search">搜索</a></div>
<table class="post"><tr><td class="author">阿青<br>积分 12</td><td>
<div class="postinfo">1楼 发表于 2022-3-1 08:10</div>
<div class="message">单位要整理岗位职责，谁有图书馆的？</div></td></tr></table>
<table class="post"><tr><td class="author">老周<br>积分 905</td><td>
<div class="postinfo">2楼 发表于 2022-3-1 09:42</div>
<div class="message">借阅员岗位职责<br>
1、负责图书的借还登记，核对读者证件；<br>
2、整理归还的图书，按索书号及时上架；<br>
3、解答读者的检索咨询，指导使用查询机；<br>
4、统计每日借阅数据，月底汇总上报。<br></div>
<div class="sign">读书使人进步</div></td></tr></table>
<table class="post"><tr><td class="author">小林<br>积分 230</td><td>
<div class="postinfo">3楼 发表于 2022-3-1 11:05</div>
<div class="message">编目员岗位职责：<br>
(1)负责新到图书的分类、编目和加工，做到数据准确；(2)维护馆藏书目数据库，定期查重纠错；(3)协助采访人员核对订单，处理缺书和复本。<br>
</div></td></tr></table>
<table class="post"><tr><td class="author">过客<br>积分 1</td><td>
<div class="postinfo">4楼 发表于 2022-3-2 07:30</div>
<div class="message">收藏了，谢谢</div>
<div class="reply">回复 引用 举报</div></td></tr></table>
<div id="ft">书友论坛 © 2022 浙ICP备00000000号</div>
</body></html>"""


def test_forum_keeps_every_post_with_content_and_drops_post_furniture():
    lines = lines_of(FORUM)
    assert "1、负责图书的借还登记，核对读者证件；" in lines            # 2nd post
    assert "4、统计每日借阅数据，月底汇总上报。" in lines
    assert any(ln.startswith("(1)负责新到图书的分类") for ln in lines)  # 3rd post
    assert lines.index("借阅员岗位职责") < lines.index("编目员岗位职责：")
    text = "\n".join(lines)
    for chrome in ("论坛首页", "老周", "积分", "发表于", "读书使人进步", "收藏了", "回复", "ICP"):
        assert chrome not in text, chrome


HANDBOOK = """<!DOCTYPE html><html><head><title>后勤部岗位说明书</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zd">制度</a></div>
<h1>后勤部岗位说明书</h1>
<table border="1">
<tr><td>岗位名称</td><td>食堂主管</td><td>所属部门</td><td>后勤部</td></tr>
<tr><td>岗位目的</td><td colspan="3">保障员工用餐安全、卫生、准时。</td></tr>
<tr><td>主要职责</td><td colspan="3">1. 制定每周菜谱并报后勤经理审核；<br>2. 监督食材验收，留样48小时；<br>3. 安排厨工排班，检查个人卫生。</td></tr>
<tr><td>任职条件：</td><td colspan="3">持有健康证，三年以上团餐管理经验</td></tr>
</table>
<table border="1">
<tr><td>岗位名称</td><td>宿舍管理员</td><td>所属部门</td><td>后勤部</td></tr>
<tr><td>主要职责</td><td colspan="3">（1）负责宿舍人员入住、退宿登记；<br>（2）每日巡查宿舍用电安全。</td></tr>
</table>
<table><tr><th>班次</th><th>时间</th></tr><tr><td>早班</td><td>6:00-14:00</td></tr></table>
<div class="footer">本说明书由行政部解释</div>
</body></html>"""


def test_handbook_tables_keep_every_row_with_labels():
    lines = lines_of(HANDBOOK)
    for expected in ("岗位名称：食堂主管", "所属部门：后勤部", "岗位目的：保障员工用餐安全、卫生、准时。",
                     "主要职责：", "1. 制定每周菜谱并报后勤经理审核；", "3. 安排厨工排班，检查个人卫生。",
                     "任职条件：持有健康证，三年以上团餐管理经验",
                     "岗位名称：宿舍管理员", "（2）每日巡查宿舍用电安全。"):
        assert expected in lines, (expected, lines)
    # a multi-line value sits on the lines under its label, in order
    i = lines.index("主要职责：")
    assert lines[i + 1].startswith("1. 制定") and lines[i + 3].startswith("3. 安排")
    assert lines.index("岗位名称：食堂主管") < lines.index("岗位名称：宿舍管理员")
    assert "首页" not in "\n".join(lines)


def test_header_rows_and_numbered_rows_are_not_label_pairs():
    html = ("<table><tr><th>班次</th><th>时间</th></tr><tr><td>早班</td><td>6:00-14:00</td></tr>"
            "<tr><td>3</td><td>负责交接班记录；</td></tr></table>")
    assert lines_of(html) == ["班次 时间", "早班：6:00-14:00", "3 负责交接班记录；"]


CARDS = """<html><body><div class="top">招聘网 | 登录</div>
<div class="list">
<div class="card"><h3>网约车调度员</h3>
<div class="desc">岗位职责：<br>1.根据订单热力图调度车辆，缩短乘客等待时间；<br>2.处理司乘纠纷，安抚乘客情绪；<br>3.每日汇总调度异常并提出改进建议。</div></div>
<div class="card"><h3>车辆质检员</h3>
<div class="desc">岗位职责：<br>1.对入网车辆进行外观和内饰检查；<br>2.核对车辆证照信息，登记检查结果。</div></div>
<div class="card"><h3>客服坐席</h3>
<div class="desc">岗位职责：接听司机来电，解答注册和结算问题，记录工单并跟进，直至问题关闭。</div></div>
</div>
<div class="footer">© 招聘网</div></body></html>"""


def test_every_job_card_is_kept_with_its_title():
    lines = lines_of(CARDS)
    for title in ("网约车调度员", "车辆质检员", "客服坐席"):
        assert title in lines, (title, lines)
    assert "2.核对车辆证照信息，登记检查结果。" in lines
    assert lines.index("网约车调度员") < lines.index("车辆质检员") < lines.index("客服坐席")
    assert "登录" not in "\n".join(lines)


def test_ordered_list_items_get_their_numbers():
    html = ("<article><h2>档案管理员岗位职责</h2><ol start='3'><li>负责档案接收；</li><li>负责档案借阅；</li>"
            "<li value='9'>负责档案销毁登记；</li><li>负责年度移交。</li></ol></article>")
    lines = lines_of(html)
    assert lines[1:] == ["3. 负责档案接收；", "4. 负责档案借阅；", "9. 负责档案销毁登记；", "10. 负责年度移交。"]


def test_list_types_bullets_and_existing_markers():
    html = ("<div class='list'><ol type='a'><li>整理书架；</li><li>清点图书。</li></ol>"
            "<ul><li>熟悉中图法；</li><li>1、已有编号的条目不再加标记；</li><li>（二）括号编号也是标记。</li></ul>"
            "<ol><li>外层条目<ul><li>内层条目</li></ul></li><li>第二条</li></ol></div>")
    lines = lines_of(html, ["div.list"])      # the rendering alone, not the content choice
    assert lines == ["a. 整理书架；", "b. 清点图书。", "• 熟悉中图法；", "1、已有编号的条目不再加标记；",
                     "（二）括号编号也是标记。", "（一）外层条目", "• 内层条目", "2. 第二条"]


RELATED = """<html><body>
<div class="wrap"><h1>药店店员岗位职责</h1>
<div class="txt"><p>1、负责药品的陈列和补货，做到整齐美观；</p><p>2、按处方调配药品，向顾客说明用法用量；</p>
<p>3、检查药品有效期，近效期药品及时登记上报。</p></div>
<h3>相关推荐</h3>
<p>药店店长岗位职责</p><p>药店营业员工作总结</p>
<div><h4>猜你喜欢</h4><ul><li>执业药师岗位职责范本</li><li>药品采购员岗位职责</li></ul></div>
<ul><li><a href="/1">药店管理制度</a></li><li><a href="/2">药店员工守则</a></li></ul>
</div></body></html>"""


def test_related_lists_are_dropped_even_without_links():
    lines = lines_of(RELATED)
    assert lines[0] == "药店店员岗位职责"
    assert "3、检查药品有效期，近效期药品及时登记上报。" in lines
    text = "\n".join(lines)
    for chrome in ("相关推荐", "药店店长", "工作总结", "猜你喜欢", "执业药师", "管理制度"):
        assert chrome not in text, chrome


def test_a_related_heading_inside_content_ends_only_its_own_list():
    html = ("<div class='content'><h2>收银员岗位职责</h2><p>1、负责收银结算，做到准确无误；</p>"
            "<p>2、保管好备用金，交班时清点交接。</p><h3>相关文章</h3><p>收银员工作总结</p>"
            "<h3>理货员岗位职责</h3><p>1、负责商品上架和补货，保持货架整洁；</p></div>")
    lines = lines_of(html)
    assert "收银员工作总结" not in lines and "相关文章" not in lines
    assert "理货员岗位职责" in lines and "1、负责商品上架和补货，保持货架整洁；" in lines


def test_selectors_still_pick_the_content_and_lists_keep_markers():
    html = ("<div class='side'><ol><li>侧栏</li></ol></div>"
            "<div class='job'><ol><li>负责仓库盘点；</li><li>负责出库复核。</li></ol></div>")
    assert lines_of(html, ["div.job"]) == ["1. 负责仓库盘点；", "2. 负责出库复核。"]


def test_deeply_nested_tables_do_not_crash():
    html = "<table><tr><td>" * 60 + "负责值班记录；" + "</td></tr></table>" * 60
    assert "负责值班记录；" in html_to_text(html)


def test_word_style_cells_pair_but_layout_cells_do_not():
    word = ("<table><tr><td><p class='MsoNormal'><span>岗位名称</span></p></td><td><p>出纳</p></td></tr>"
            "<tr><td><p>工作职责</p></td><td><p>1、负责现金收付，做到日清月结；</p><p>2、登记现金日记账。</p></td></tr></table>")
    assert lines_of(word) == ["岗位名称：出纳", "工作职责：", "1、负责现金收付，做到日清月结；", "2、登记现金日记账。"]
    layout = ("<table><tr><td><p>栏目说明</p></td><td><h2>出纳岗位职责</h2><p>1、负责现金收付，做到日清月结；</p>"
              "<p>2、登记现金和银行存款日记账，按月对账。</p></td></tr></table>")
    text = html_to_text(layout, ["table"])
    assert "栏目说明：" not in text
    assert "\n\n\n出纳岗位职责\n\n\n1、负责现金收付" in text     # the cell's paragraphs stay blocks (hard breaks)


COMMENTS = """<html><body><div class="logo">财会范文网</div>
<div class="wrap"><div class="l"><h1>出纳岗位职责</h1><div class="c">
<p>1、负责现金收付，做到日清月结；</p><p>2、登记现金和银行存款日记账，按月与会计对账；</p>
<p>3、保管库存现金和有价证券，确保安全。</p></div>
<div><p>网友评论</p><div>游客：我们公司的出纳还要负责发工资，这个也应该写进去吧，另外报销审核归谁管呢？</div>
<div>游客2：学习了</div></div></div>
<div class="r"><p>本站所有内容均来自网友投稿，如有侵权，请联系我们删除，我们将在三个工作日内处理。</p></div></div>
<div><a href="/about">关于本站</a> | <a href="/c">联系方式</a> | 本站部分内容来自网络</div></body></html>"""


def test_unlabelled_comment_threads_and_disclaimers_are_not_content():
    """Blocks that score like prose but are a comment thread (opened by 网友评论) or a
    take-down notice are chrome, even without class names saying so."""
    lines = lines_of(COMMENTS)
    assert lines == ["出纳岗位职责", "1、负责现金收付，做到日清月结；", "2、登记现金和银行存款日记账，按月与会计对账；",
                     "3、保管库存现金和有价证券，确保安全。"]


def test_a_section_named_like_a_related_list_is_still_content():
    html = ("<div class='content'><h2>采购员岗位职责</h2><p>1、负责供应商的询价、比价和议价工作；</p>"
            "<p>2、跟踪订单交期，确保物料按时到货。</p><h3>相关权限</h3><p>1、对供应商的初选建议权；</p>"
            "<p>2、对不合格物料的拒收权。</p></div>")
    lines = lines_of(html)
    assert "相关权限" in lines and "2、对不合格物料的拒收权。" in lines
