"""Segmentation patterns that the fourteenth held-out set revealed, on text written for these
tests (other trades, other words): a post named by a label line (`派驻职称：X`), a chat log's
speaker lines, a `其他：` label on a requirement and a headcount field, and CSV-shaped text.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from pathlib import Path

from parsers.duties import extract

FIX = Path(__file__).parent / "fixtures" / "segment_h14"


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. `<who>职称：<title>` names the post for what follows -------------------------------

def test_a_posting_label_line_names_the_role_of_the_items_below():
    text = ("外包服务合同 附件一：岗位说明\n"
            "甲方：某某物流有限公司  乙方：某某劳务派遣有限公司\n"
            "一、派遣职位：叉车司机\n"
            "（一）工作内容\n"
            "1.按调度单完成托盘货物的装卸和移库。\n"
            "2.每班开机前检查刹车、货叉和喇叭。\n"
            "（二）资格条件\n"
            "1.持有效叉车操作证。\n"
            "二、驻场岗位名称：理货员\n"
            "（一）工作内容\n"
            "1.核对到货数量并贴好库位标签。\n"
            "2.每日下班前整理退货区。\n"
            "三、其他\n"
            "乙方人员的社保由乙方缴纳。\n")
    got = rows(text)
    assert ("叉车司机", "duty", "按调度单完成托盘货物的装卸和移库") in got
    assert ("叉车司机", "duty", "每班开机前检查刹车、货叉和喇叭") in got
    assert ("叉车司机", "requirement", "持有效叉车操作证") in got
    assert ("理货员", "duty", "核对到货数量并贴好库位标签") in got
    assert ("理货员", "duty", "每日下班前整理退货区") in got
    assert not any(r == "" and s == "duty" for r, s, _ in got)


def test_a_working_title_label_in_traditional_script_names_the_post():
    text = ("工作職稱：保全人員\n"
            "工作內容：\n"
            "1.每小時巡邏廠區一次並簽到。\n"
            "2.管制訪客進出並登記。\n")
    got = rows(text)
    assert [(r, d) for r, s, d in got if s == "duty"] == [("保全人员", "每小时巡逻厂区一次并签到"),
                                                         ("保全人员", "管制访客进出并登记")]


# --- 2. CSV-shaped text: a header, then one post a record, quoted multi-line cells -----------

def test_csv_text_gives_each_record_its_post_duties_and_requirements():
    got = rows((FIX / "posts.csv.txt").read_text(encoding="utf-8"))
    assert [d for r, s, d in got if r == "面包师" and s == "duty"] == [
        "凌晨四点开始和面、发酵、整形", "按出炉计划烘烤吐司和欧包，记录炉温", "收档前清洁烤箱和操作台"]
    assert [d for r, s, d in got if r == "面包师" and s == "requirement"] == ["两年以上烘焙经验", "持健康证"]
    assert [d for r, s, d in got if r == "收银员" and s == "duty"] == [
        "负责收银和会员积分登记", "负责打包外卖订单", "每晚核对营业款"]
    assert [d for r, s, d in got if r == "收银员" and s == "requirement"] == ["高中以上学历", "会用收银系统"]
    # numbers in one line (`1.…；2.…`) are items too; the other columns give no row
    assert [d for r, s, d in got if r == "裱花师" and s == "duty"] == ["按订单完成蛋糕裱花", "每周整理花嘴和裱花袋"]
    assert not any(d in ("烘焙部", "前台", "2026/3/9") or d.isdigit() for _, _, d in got)
    assert len(got) == 13


def test_a_comma_list_that_is_no_csv_table_stays_prose():
    text = ("收银员岗位职责\n"
            "1、负责收银,找零,开票\n"
            "2、负责会员登记,积分,兑换\n")
    got = rows(text)
    assert [d for _, s, d in got if s == "duty"] == ["负责收银，找零，开票", "负责会员登记，积分，兑换"]


# --- 3. a chat log: a speaker's line never carries an item on --------------------------------

def test_a_chat_speaker_line_ends_the_item_above_and_gives_no_row():
    text = ("群聊记录导出\n"
            "\n"
            " 店长周敏：\n"
            "把几个岗位职责再发一遍\n"
            "【收银员】\n"
            "1.负责收银台现金和扫码收款\n"
            "2.交班时清点备用金\n"
            " 店长周敏：\n"
            "【理货员】\n"
            "1.按陈列图补货上架\n"
            "2.检查临期商品并下架\n"
            " 店长周敏：\n"
            "理货的那段是去年的版本\n"
            " 小刘：\n"
            "收到\n")
    got = rows(text)
    assert [d for r, s, d in got if r == "收银员"] == ["负责收银台现金和扫码收款", "交班时清点备用金"]
    assert [d for r, s, d in got if r == "理货员"] == ["按陈列图补货上架", "检查临期商品并下架"]
    assert not any("周敏" in d or "小刘" in d for _, _, d in got)


def test_a_speaker_header_with_a_clock_time_ends_the_item_above():
    text = ("张店长 09:15\n"
            "【收银员】\n"
            "1.负责收银台现金和扫码收款\n"
            "2.交班时清点备用金\n"
            "张店长 09:16\n"
            "【理货员】\n"
            "1.按陈列图补货上架\n"
            "小刘 09:20\n"
            "收到\n"
            "张店长 2026/03/02 09:31\n"
            "明天开始执行\n")
    got = rows(text)
    assert [d for r, s, d in got if r == "收银员"] == ["负责收银台现金和扫码收款", "交班时清点备用金"]
    assert [d for r, s, d in got if r == "理货员"] == ["按陈列图补货上架"]


def test_a_label_line_that_recurs_in_a_plain_page_is_no_speaker():
    text = ("一、仓管员\n"
            "岗位职责：\n"
            "1.负责收货入库\n"
            "任职要求：\n"
            "1.高中以上学历\n"
            "二、保管员\n"
            "岗位职责：\n"
            "1.负责库房巡查\n"
            "任职要求：\n"
            "1.能吃苦\n")
    got = rows(text)
    assert ("仓管员", "duty", "负责收货入库") in got and ("保管员", "requirement", "能吃苦") in got


# --- 4. a notice's table flattened to lines (single spaces between cells, long cells wrapped) --

def test_a_flattened_table_of_posts_gives_each_row_its_post_and_cells():
    got = rows((FIX / "flat_table_notice.txt").read_text(encoding="utf-8"))
    # the notice's general conditions are requirements of no post
    assert ("", "requirement", "年满18周岁，身体健康") in got
    assert ("", "requirement", "无违法犯罪记录") in got
    assert [d for r, s, d in got if r == "污水处理工" and s == "duty"] == [
        "负责格栅、沉砂池和曝气池的日常巡检", "按时记录进出水水量和水质数据", "清理格栅杂物并外运"]
    assert [d for r, s, d in got if r == "污水处理工" and s == "requirement"] == ["初中及以上学历，能上夜班"]
    assert [d for r, s, d in got if r == "化验员" and s == "duty"] == [
        "按规范采集进出水水样", "检测COD、氨氮和总磷，出具日报"]
    assert [d for r, s, d in got if r == "化验员" and s == "requirement"] == ["环境监测、化学相关专业大专及以上学历"]
    # the header, codes, head counts and the annex line after the table give no row
    assert not any(d in ("岗位编号", "需求人数", "A01", "2") or "附件" in d for _, _, d in got)
    assert len(got) == 9


def test_a_space_separated_line_of_words_without_a_posts_header_is_no_table():
    text = ("保洁员岗位职责\n"
            "1、负责 大堂 电梯 楼道 的清洁\n"
            "2、每日 两次 清运垃圾\n")
    got = rows(text)
    assert [r for r, _, _ in got] == ["保洁员"] * len(got) and len(got) >= 2


# --- 5. a headcount field is no row; `其他：` among labelled fields keeps its label -------------

def test_a_headcount_field_in_a_post_sheet_gives_no_row():
    text = ("岗位名称：锅炉司炉工\n"
            "所属部门：动力车间\n"
            "定员：6人（四班两倒）\n"
            "岗位职责\n"
            "1、按规程点火、升压和停炉\n"
            "2、每两小时记录一次水位和汽压\n")
    got = rows(text)
    assert got == [("锅炉司炉工", "duty", "按规程点火、升压和停炉"), ("锅炉司炉工", "duty", "每两小时记录一次水位和汽压")]


def test_other_label_stays_among_labelled_fields_and_goes_alone():
    labelled = rows("岗位名称：叉车工\n任职资格\n1、学历：初中及以上\n2、经验：一年以上叉车驾驶经验\n"
                    "3、证书：持特种设备作业人员证\n4、其他：能适应夜班\n")
    assert ("叉车工", "requirement", "其他：能适应夜班") in labelled
    assert ("叉车工", "requirement", "学历：初中及以上") in labelled
    alone = rows("岗位名称：叉车工\n任职资格\n1、初中及以上学历\n2、一年以上叉车驾驶经验\n3、其他：能适应夜班\n")
    assert ("叉车工", "requirement", "能适应夜班") in alone
    # lines without list numbers (a label column's cells joined to their values) drop it
    unnumbered = rows("岗位名称：叉车工\n任职资格\n学历：初中及以上\n经验：一年以上叉车驾驶经验\n"
                      "证书：持特种设备作业人员证\n其他：能适应夜班\n")
    assert ("叉车工", "requirement", "能适应夜班") in unnumbered
