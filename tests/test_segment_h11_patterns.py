"""Segmentation patterns that the eleventh and twelfth held-out sets revealed, on text written
for these tests (other trades, other words): tables aligned with runs of spaces, numbered role
headings (`4-2 …`), `一是…/其次…` enumerations, closing lines after the last item.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from pathlib import Path

from parsers.duties import extract

FIX = Path(__file__).parent / "fixtures" / "segment_h11"


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. a table aligned with spaces (a PDF dumped to text) --------------------------------

def test_a_space_aligned_table_gives_each_cell_line_to_its_column_and_role():
    got = rows((FIX / "spaced_table.txt").read_text(encoding="utf-8"))
    duties = [(r, d) for r, s, d in got if s == "duty"]
    reqs = [(r, d) for r, s, d in got if s == "requirement"]
    # a line that ran to the column's edge takes its wrapped rest; a full line followed by a
    # new duty does not
    assert ("叉车司机", "按调度单将托盘货物转运至指定库位，每班结束前清点") in duties
    assert ("叉车司机", "每日出车前检查刹车、喇叭和货叉链条") in duties
    assert ("冷库保管员", "监控冷库温度曲线，发现异常立即报告值班主管") in duties
    assert ("冷库保管员", "定期清理过期标签和破损包装") in duties
    # the qualification column keeps its own lines, a wrap after `、` included
    assert ("冷库保管员", "熟悉先进先出原则，会用WMS、RF扫码枪") in reqs
    assert ("叉车司机", "两年以上叉车驾驶经验") in reqs
    # past the page break the table goes on
    assert ("发货复核员", "装车完毕后拍照留档并在系统中确认发运") in duties
    assert len(duties) == 7 and len(reqs) == 5
    # the number column, the page footer and the note after the table are no rows
    assert not any("页" in d or d.strip().isdigit() or "仅供" in d for _, _, d in got)


def test_a_space_aligned_table_without_a_rule_line_reads_its_columns_from_the_header():
    text = ("门店岗位一览\n\n"
            "岗位          工作职责                              任职要求\n"
            "收银员        负责收银台现金和扫码收款，交班时      高中以上学历\n"
            "              与接班人当面点清\n"
            "              每日打印营业日报并交店长签字          会用 POS 机和 Excel 表格\n"
            "理货员        按陈列图补货上架，检查保质期          能吃苦耐劳\n")
    got = rows(text)
    assert ("收银员", "duty", "负责收银台现金和扫码收款，交班时与接班人当面点清") in got
    assert ("收银员", "duty", "每日打印营业日报并交店长签字") in got
    assert ("收银员", "requirement", "会用POS机和Excel表格") in got
    assert ("理货员", "requirement", "能吃苦耐劳") in got
    assert len(got) == 6


def test_space_aligned_columns_without_a_post_column_are_not_read_as_a_table_of_posts():
    text = ("值班安排\n\n"
            "日期      班次      负责人\n"
            "周一      早班      张三\n"
            "周二      晚班      李四\n")
    assert not any(r for r, _, _ in rows(text))


# --- 3. enumerations in words are list markers ---------------------------------------------

def test_yishi_enumerations_restart_under_each_role_and_lose_their_marker():
    text = ("一、仓库主管\n"
            "一是审核每日出入库单据；二是每月组织一次盘点。\n\n"
            "二、搬运工\n"
            "一是按指令装卸货物，轻拿轻放；二是不得在库区吸烟。\n")
    got = rows(text)
    assert ("搬运工", "duty", "按指令装卸货物，轻拿轻放") in got
    assert ("搬运工", "duty", "不得在库区吸烟") in got
    assert not any(d.startswith(("一是", "二是")) for _, _, d in got)


def test_shouxian_qici_and_diyi_dier_split_items_and_are_removed():
    one_line = ("质检员岗位职责\n"
                "首先，每批来料抽检尺寸和外观；其次，填写来料检验记录；最后，不合格品挂红牌隔离。\n")
    got = [d for _, s, d in rows(one_line) if s == "duty"]
    assert got == ["每批来料抽检尺寸和外观", "填写来料检验记录", "不合格品挂红牌隔离"]
    per_line = ("巡检员岗位职责\n\n"
                "第一，每两小时巡查一遍厂区消防通道。\n"
                "第二，记录巡查中发现的隐患。\n"
                "第三，夜班结束前向班长交接。\n")
    got = [d for _, s, d in rows(per_line) if s == "duty"]
    assert got == ["每两小时巡查一遍厂区消防通道", "记录巡查中发现的隐患", "夜班结束前向班长交接"]


def test_a_lone_shouxian_inside_prose_and_a_closing_zuihou_are_no_markers():
    text = ("保洁员岗位职责\n"
            "1、负责大堂和电梯的日常清洁\n"
            "2、每日清运垃圾两次\n\n"
            "最后，感谢各位同事的配合。\n")
    got = [d for _, _, d in rows(text)]
    assert not any("感谢" in d for d in got)
    prose = ("前台接待岗位职责\n"
             "前台是客人到店的第一站，首先，要保持微笑，热情接待每一位到店的客人并做好登记。\n")
    got = [d for _, _, d in rows(prose)]
    assert not any(d.startswith("要保持微笑") for d in got)


# --- 2. `4-2 …`: a handbook's section number in front of a role is numbering ----------------

def test_a_hyphenated_section_number_is_not_part_of_the_role_and_each_numbered_role_is_new():
    text = ("第三章 厨房人员职掌\n\n"
            "3-1 厨房主管\n"
            "（一）制定每周菜单并核算成本。\n"
            "（二）检查食材验收记录。\n\n"
            "3-2 面点师傅\n"
            "（一）按订单制作包点和糕点。\n"
            "（二）每日收工后清洁蒸柜和案板。\n")
    got = rows(text)
    assert ("厨房主管", "duty", "制定每周菜单并核算成本") in got
    assert ("面点师傅", "duty", "按订单制作包点和糕点") in got
    assert ("面点师傅", "duty", "每日收工后清洁蒸柜和案板") in got
    assert not any(r.startswith("3") for r, _, _ in got)


# --- 4. a closing line after the last item is no wrap of it ---------------------------------

def test_a_closing_notice_after_the_last_item_is_neither_its_wrap_nor_a_row():
    apply = ("职位：园艺技术员\n"
             "工作内容：\n"
             "（一）修剪园区绿篱和乔木\n"
             "（二）按季节施肥、打药\n\n"
             "有意者请将简历发送至人事部，截止日期为本月底，谢谢！\n")
    got = rows(apply)
    assert ("园艺技术员", "duty", "按季节施肥、打药") in got
    assert not any("简历" in d for _, _, d in got)
    hours = ("【咖啡师】\n"
             "1、按配方制作咖啡饮品\n"
             "2、每日清洗咖啡机和磨豆机\n\n"
             "本店营业时间为8:00至22:00，外卖电话：0755-1234567。\n")
    got = rows(hours)
    assert ("咖啡师", "duty", "每日清洗咖啡机和磨豆机") in got
    assert not any("营业时间" in d for _, _, d in got)


def test_a_sentence_after_a_blank_line_still_carries_on_a_long_wrapped_item():
    # a long item cut at the page width goes on after a page gap
    text = ("资料员岗位职责\n"
            "1、负责项目部所有技术资料、施工日志、隐蔽工程验收记录和材料合格证明的收集\n\n"
            "整理与归档。\n"
            "2、办理竣工资料移交。\n")
    got = [d for _, _, d in rows(text)]
    assert any(d.endswith("整理与归档") for d in got)


def test_a_wiki_related_pages_heading_ends_the_last_role():
    text = ("== 收银员 ==\n"
            "=== 岗位职责 ===\n"
            "* 核对每日营业款\n"
            "* 保管备用金\n\n"
            "== 相关页面 ==\n"
            "* [[门店排班表]]\n"
            "* [[收银操作手册]]\n")
    got = rows(text)
    assert ("收银员", "duty", "保管备用金") in got
    assert not any("[[" in d or "相关" in d for _, _, d in got)


# --- 5. a sentence that describes the role under a bare role line is its summary -------------

def test_a_role_described_before_its_task_lines_is_a_summary():
    text = ("各岗位分工如下。\n\n"
            "调酒师\n"
            "调酒师是酒吧的门面，要对每一杯酒的口味和出品速度负责。\n"
            "负责按酒单调制鸡尾酒和无酒精饮品。\n"
            "每晚打烊后盘点酒水并填写损耗表。\n\n"
            "服务员\n"
            "负责点单、上酒和收拾台面。\n"
            "及时补充纸巾和冰块。\n")
    got = rows(text)
    assert ("调酒师", "summary", "调酒师是酒吧的门面，要对每一杯酒的口味和出品速度负责") in got
    assert ("调酒师", "duty", "负责按酒单调制鸡尾酒和无酒精饮品") in got
    assert ("调酒师", "duty", "每晚打烊后盘点酒水并填写损耗表") in got
    assert not any(s == "summary" for r, s, _ in got if r == "服务员")


# --- 5b. a duty table's number and weight cells are not the row; `其他：` is no content ------

def test_a_duty_table_row_broken_one_cell_a_line_keeps_the_table_going():
    text = ("岗位名称：配料员\n\n"
            "二、岗位职责\n"
            "序号 职责描述 权重\n"
            "1 按配方单称量原料并复核 40%\n"
            "2\n\n"
            "记录每批投料的批号和重量，\n"
            "交班前清理秤台\n\n"
            "30%\n\n"
            "3 完成班长安排的其他工作 10%\n\n"
            "三、任职资格\n"
            "学历：高中及以上\n"
            "其他：能适应三班倒\n")
    got = rows(text)
    duties = [d for _, s, d in got if s == "duty"]
    assert "按配方单称量原料并复核" in duties
    assert "完成班长安排的其他工作" in duties
    assert not any("%" in d or d.startswith("3") for d in duties)
    assert ("配料员", "requirement", "能适应三班倒") in got


# --- 6. a note on where the text came from is not a summary ---------------------------------

def test_an_export_note_under_the_title_is_no_row_but_a_real_description_is():
    text = ("包装车间岗位职责\n\n"
            "以下资料由办公室从旧档案系统导出，未作任何修改。\n\n"
            "【封箱工】\n"
            "1. 按装箱单核对箱内产品数量\n"
            "2. 封箱后贴好批次标签\n")
    got = rows(text)
    assert not any("导出" in d for _, _, d in got)
    assert ("封箱工", "duty", "封箱后贴好批次标签") in got


# --- 7. a table note asking every post for a qualification ---------------------------------

def test_a_note_asking_every_post_for_a_qualification_is_a_requirement_with_no_role():
    text = ("岗位：电工\n"
            "职责内容：负责车间线路的巡检\n"
            "职责内容：按时抄录电表\n\n"
            "岗位：焊工\n"
            "职责内容：按图纸焊接钢结构件\n\n"
            "备注：所有人员上岗前须持有效的特种作业操作证。\n")
    got = rows(text)
    assert ("", "requirement", "所有人员上岗前须持有效的特种作业操作证") in got
    assert ("焊工", "duty", "按图纸焊接钢结构件") in got
    other = text.replace("所有人员上岗前须持有效的特种作业操作证", "车间每周五下午停电检修")
    assert not any(s == "requirement" for _, s, _ in rows(other))


def test_a_closing_notice_right_under_the_last_item_is_no_wrap_either():
    reply = ("配送员职责\n"
             "1.按线路送货上门，当面签收\n"
             "2.每周清洗保温箱，保持车厢整洁\n"
             "3.回收客户退回的空箱和周转筐\n"
             "以上请各位收到请回复。\n")
    got = rows(reply)
    assert ("配送员", "duty", "回收客户退回的空箱和周转筐") in got
    assert len(got) == 3
    hours = ("【咖啡师】\n"
             "1、按配方制作咖啡饮品\n"
             "2、每日清洗咖啡机和磨豆机\n"
             "本店营业时间为8:00至22:00，外卖电话：0755-1234567。\n")
    got = rows(hours)
    assert ("咖啡师", "duty", "每日清洗咖啡机和磨豆机") in got
    assert len(got) == 2


def test_a_numbered_heading_beside_numbered_post_headings_is_a_post_even_without_a_title_suffix():
    text = ("第二章 前厅人员职掌\n\n"
            "2-1 前厅经理\n"
            "（一）安排每日排班。\n"
            "（二）处理顾客投诉。\n\n"
            "2-2 迎宾\n"
            "（一）在门口迎接顾客并引座。\n"
            "（二）高峰时段发放等位号。\n")
    got = rows(text)
    assert ("前厅经理", "duty", "处理顾客投诉") in got
    assert ("迎宾", "duty", "在门口迎接顾客并引座") in got
    assert ("迎宾", "duty", "高峰时段发放等位号") in got
