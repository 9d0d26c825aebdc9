"""Segmentation patterns that the seventh held-out set revealed, on text written for these
tests (other trades, other words): ISO procedure terms and granted powers, numbered Markdown
role headings, decimals inside items, glossed Latin post names, chiefs named by their work,
document header lines, job-bank field lines, box-drawn post tables, forum floors that add a
role inline.

Each pattern has a case that must fire and, where a look-alike exists, one that must not.
"""
from parsers import roles as R
from parsers import sections as S
from parsers.duties import extract, extract_with_drops


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(text)]


# --- 1. ISO procedure: a terms part is no role, a granted power is authority ---------------

ISO = ("仓储部职责管理程序\n\n"
       "1 目的\n明确仓储部各岗位的职责与权限。\n\n"
       "2 术语和定义\n2.1 WMS：仓库管理系统（Warehouse Management System）的缩写。\n"
       "2.2 FIFO：先进先出的缩写。\n\n"
       "3 职责\n3.1 仓储主管\n3.1.1 组织编制月度盘点计划并监督执行。\n"
       "3.1.2 有权拒收包装破损或单据不全的来货。\n"
       "3.2 叉车司机\n3.2.1 按调度指令完成货物装卸和库内转运。\n3.2.2 每班检查叉车制动和灯光。\n")


def test_terms_part_names_no_role_and_its_definitions_give_no_row():
    got = rows(ISO)
    assert not any("缩写" in d for _, _, d in got)
    assert {r for r, _, _ in got} == {"仓储主管", "叉车司机"}


def test_an_item_that_grants_a_power_is_authority():
    got = rows(ISO)
    assert ("仓储主管", "authority", "有权拒收包装破损或单据不全的来货") in got
    assert ("仓储主管", "duty", "组织编制月度盘点计划并监督执行") in got
    # look-alike: `有权益` is not a power granted
    assert not S.is_authority_item("维护会员有权益保障的服务体验")
    assert S.is_authority_item("享有对外采购合同的审批权限")


def test_terms_words_are_not_job_titles():
    for word in ("术语", "术语和定义", "缩略语", "附录"):
        assert not R.plausible_role(word)


# --- 2. Markdown: a numbered `## 一、职位` heading over section headings starts a role -----

MD = ("# 某剧院岗位手册\n\n"
      "## 一、舞台监督\n\n**岗位概述**：统筹演出现场的技术与人员调度。\n\n"
      "### 工作职责\n\n1. 编制演出流程表并主持技术合成排练。\n2. 演出中发出灯光、音响和换景指令。\n\n"
      "### 任职要求\n\n- 3年以上剧场舞台管理经验\n\n"
      "## 二、灯光操作员\n\n### 工作职责\n\n- 按灯光提示本操作调光台\n- 演出后检查灯具并登记故障\n")


def test_numbered_markdown_heading_over_sections_starts_a_role():
    got = rows(MD)
    assert ("舞台监督", "duty", "编制演出流程表并主持技术合成排练") in got
    assert ("舞台监督", "requirement", "3年以上剧场舞台管理经验") in got
    assert ("舞台监督", "summary", "统筹演出现场的技术与人员调度") in got
    assert ("灯光操作员", "duty", "按灯光提示本操作调光台") in got


def test_presenter_is_a_job_title():
    assert R.bare_title_role("晚间主持人") == "晚间主持人"


# --- 3. a decimal after a Latin name is no marker; a glossed Latin post name is a role -----

PLANT = ("一、注塑领班\n1）按排产单安排机台和模具。\n2）每班巡查产品外观。\n\n"
         "二、IPQC（巡检员）\n1) 依照MIL 1.0抽样方案巡检在制品，填写巡检记录。\n"
         "2) 对异常批次挂牌隔离并通知领班。\n")


def test_decimal_after_latin_name_does_not_split_an_item():
    got = rows(PLANT)
    assert ("IPQC", "duty", "依照MIL 1.0抽样方案巡检在制品，填写巡检记录") in got
    assert ("IPQC", "duty", "对异常批次挂牌隔离并通知领班") in got


def test_glossed_latin_post_name():
    assert R.bare_title_role("IPQC（巡检员）") == "IPQC"
    assert R.bare_title_role("KPI（负责考核）") is None      # the note is a task, not a title


def test_flattened_multi_level_numbers_still_split():
    got = rows("仓管员岗位职责\n1.1 负责收货验收，核对送货单与采购订单的数量和规格。 "
               "1.2 负责发货复核，确保出库单据与实物一致并签字。\n")
    assert [d for _, _, d in got] == ["负责收货验收，核对送货单与采购订单的数量和规格",
                                      "负责发货复核，确保出库单据与实物一致并签字"]


# --- 4. a chief named by the work; a document header line ----------------------------------

TRAIN = ("铁路客运段列车乘务岗位职责\n\n发布部门：客运段办公室　　文件号：KY-2025-031\n\n"
         "一、列车员\n1. 负责所属车厢的验票和旅客引导。\n2. 保持车厢卫生整洁。\n\n"
         "二、列车长\n1. 负责全列客运工作的组织和指挥。\n2. 处理旅客投诉和突发事件。\n")


def test_chief_heading_starts_a_role_and_header_line_is_no_row():
    got = rows(TRAIN)
    assert ("列车长", "duty", "负责全列客运工作的组织和指挥") in got
    assert ("列车员", "duty", "保持车厢卫生整洁") in got
    assert not any("文件号" in d for _, _, d in got)


def test_chief_suffix_and_its_look_alikes():
    for title in ("列车长", "值班长", "乘务长"):
        assert R.has_role_suffix(title)
    for word in ("快速成长", "工作时长", "业绩增长", "各有所长"):
        assert R.bare_title_role(word) is None


# --- 5. a summary sentence that goes on describing the post stays one summary row ----------

def test_summary_clause_that_describes_the_post_is_not_a_requirement():
    text = ("## 值班编辑\n\n**岗位概述**：负责夜间时段稿件的编发与核校，是新闻安全的最后一道关口。\n\n"
            "### 工作职责\n\n1. 审核当班稿件的事实和导向。\n2. 处理突发新闻的首发。\n")
    got = rows(text)
    assert ("值班编辑", "summary", "负责夜间时段稿件的编发与核校，是新闻安全的最后一道关口") in got
    assert not any(s == "requirement" for _, s, _ in got)


# --- 6. a forum floor that adds another role's list inline ---------------------------------

FLOORS = ("奶茶店岗位职责求参考\n\n"
          "店长职责：\n⑴ 负责门店排班和考勤\n⑵ 每日盘点原料并下单补货\n\n"
          "吧台员职责：\n⑴ 按配方出杯，保证出品口味一致\n⑵ 收档后清洗封口机和制冰机\n\n"
          "再说说外卖骑手的：接单后十分钟内取餐；按导航路线配送；送达后拍照留证\n")


def test_floor_that_adds_a_role_inline_switches_the_role():
    got = rows(FLOORS)
    assert [d for r, s, d in got if r == "外卖骑手"] == ["接单后十分钟内取餐", "按导航路线配送", "送达后拍照留证"]
    assert ("吧台员", "duty", "收档后清洗封口机和制冰机") in got
    assert not any("再说说" in d for _, _, d in got)


def test_floor_after_a_blank_line_is_not_the_wrap_of_the_last_item():
    text = FLOORS.replace("制冰机\n\n再说说", "制冰机\n再说说")
    got = rows(text)
    assert ("吧台员", "duty", "收档后清洗封口机和制冰机") in got
    assert ("外卖骑手", "duty", "按导航路线配送") in got


def test_a_chat_line_without_a_role_or_a_list_does_not_switch():
    got = rows(FLOORS.replace("再说说外卖骑手的：接单后十分钟内取餐；按导航路线配送；送达后拍照留证",
                              "补充一下：以上仅供参考"))
    assert {r for r, _, _ in got} == {"店长", "吧台员"}


# --- 7. a job-bank post: venue prefix, employer line, counts, field lines ------------------

POST = ("【南湖园区】温室园艺员（正职）\n"
        "青禾农业科技股份有限公司\n"
        "更新日期：2025/08/02　　应聘人数：11-30人\n\n"
        "工作内容\n1.负责温室作物的播种、移栽和日常浇灌。\n2.记录温湿度并调整遮阳网和风机。\n\n"
        "职务名称：温室园艺员\n职务类别：农艺技术员、园艺工\n工作性质：全职\n\n"
        "条件要求\n学历要求：高中、专科\n工作经历：不拘\n科系要求：园艺相关、植物保护相关\n"
        "擅长工具：无\n工作技能：会操作小型农机者优先\n其他条件：\n"
        "1.能适应高温环境作业。\n2.做事细心，有耐心。\n\n"
        "公司福利：劳保、年终奖金\n相关职缺：植保员｜采摘工\n")


def test_job_bank_post_fields():
    got = rows(POST)
    assert {r for r, _, _ in got} == {"温室园艺员"}
    assert ("温室园艺员", "duty", "负责温室作物的播种、移栽和日常浇灌") in got
    reqs = [d for _, s, d in got if s == "requirement"]
    assert reqs == ["学历要求：高中、专科", "科系要求：园艺相关、植物保护相关", "工作技能：会操作小型农机者优先",
                    "能适应高温环境作业", "做事细心，有耐心"]
    assert not any("有限公司" in d or "人数" in d or "类别" in d or "职缺" in d for _, _, d in got)


def test_a_qualification_field_keeps_its_label_under_any_heading():
    got = rows("仓库管理员岗位职责\n1、负责物料收发。\n2、每月盘点。\n学历要求：中专以上\n")
    assert ("仓库管理员", "requirement", "学历要求：中专以上") in got


def test_a_requirement_heading_with_a_list_is_still_a_heading():
    # look-alike: `学历要求：` over a numbered list is a heading, and its numbered value is split
    got = rows("仓库管理员岗位职责\n1、负责物料收发。\n技能要求：\n1、会用叉车。\n2、熟悉ERP。\n")
    assert [d for _, s, d in got if s == "requirement"] == ["会用叉车", "熟悉ERP"]


def test_employer_name_line_is_no_row_but_a_sentence_naming_it_is():
    _, drops = extract_with_drops(POST)
    assert any("employer" in d.reason for d in drops)
    got = rows("销售代表岗位职责\n负责向客户介绍青禾农业科技股份有限公司的产品；收集订单；催收回款\n")
    assert any("有限公司" in d for _, _, d in got)


# --- 8. a table of posts drawn with box characters or Markdown pipes -----------------------

BOX = ("区人民医院2025年招聘编外人员公告\n\n一、招聘岗位\n\n"
       "┌──┬──────┬──┬────────────────┐\n"
       "│序号│岗位名称    │人数│任职条件                        │\n"
       "├──┼──────┼──┼────────────────┤\n"
       "│1   │药房调剂员  │2   │药学专业中专以上学历；持药士证  │\n"
       "├──┼──────┼──┼────────────────┤\n"
       "│2   │护工        │5   │年龄50周岁以下；身体健康；能上夜│\n"
       "│    │            │    │班                              │\n"
       "└──┴──────┴──┴────────────────┘\n\n"
       "二、报名方式\n现场报名，携带身份证和学历证书原件。\n")


def test_box_table_cells_are_rows_of_each_rows_role():
    got = rows(BOX)
    assert [(r, d) for r, s, d in got if s == "requirement"] == [
        ("药房调剂员", "药学专业中专以上学历"), ("药房调剂员", "持药士证"),
        ("护工", "年龄50周岁以下"), ("护工", "身体健康"), ("护工", "能上夜班")]
    assert not any(d in ("1", "2", "5") or "┌" in d or "序号" in d for _, _, d in got)


def test_after_the_table_no_role_runs_on():
    got = rows(BOX)
    assert not any("现场报名" in d for _, _, d in got)


PIPES = ("## 门店岗位一览\n\n"
         "| 岗位 | 岗位职责 | 人数 |\n| --- | --- | --- |\n"
         "| 理货员 | 负责货架补货；检查商品保质期；整理端架陈列 | 4 |\n"
         "| 防损员 | 出入口巡查；处理报警商品 | 2 |\n")


def test_markdown_pipe_table_of_posts():
    got = rows(PIPES)
    assert [d for r, s, d in got if r == "理货员" and s == "duty"] == ["负责货架补货", "检查商品保质期", "整理端架陈列"]
    assert [d for r, s, d in got if r == "防损员"] == ["出入口巡查", "处理报警商品"]


def test_a_table_without_a_post_column_is_left_alone():
    # look-alike: a shift table has no post column; it is not read as posts
    text = ("收银员岗位职责\n1、负责收银和对账。\n\n| 班次 | 时间 |\n| --- | --- |\n| 早班 | 8:00-16:00 |\n")
    got = rows(text)
    assert {r for r, _, _ in got} == {"收银员"}
    assert ("收银员", "duty", "负责收银和对账") in got


def test_two_word_qualification_heading():
    assert S.heading_section("资格条件") == "requirement"
    assert S.heading_section("其他条件") == "requirement"


BOX2 = ("╔═══╦════╦══════════╦══════════╗\n"
        "║岗位║学历    ║岗位职责            ║招聘条件            ║\n"
        "╠═══╬════╬══════════╬══════════╣\n"
        "║污水处║大专    ║巡检曝气池和二沉池；║持污水处理工证；能适║\n"
        "║理工  ║        ║填写运行日志        ║应倒班              ║\n"
        "║化验员║本科    ║每日检测进出水指标  ║化学相关专业        ║\n"
        "╚═══╩════╩══════════╩══════════╝\n")


def test_box_table_with_wrapped_post_and_two_section_columns():
    got = rows(BOX2)
    assert ("污水处理工", "duty", "巡检曝气池和二沉池") in got
    assert ("污水处理工", "duty", "填写运行日志") in got
    assert ("污水处理工", "requirement", "能适应倒班") in got
    assert ("污水处理工", "requirement", "大专") in got
    assert ("化验员", "duty", "每日检测进出水指标") in got
    assert ("化验员", "requirement", "化学相关专业") in got
    assert {r for r, _, _ in got} == {"污水处理工", "化验员"}


# --- 9. variants: a power-granting item is never a title; Markdown posts with no title word;
# --- head counts and `岗位一：` in headings; one document-control field; dated lines ---------

def test_power_granting_bullet_is_not_taken_for_a_title():
    got = rows("## 组长\n### 工作职责\n- 安排班组生产\n- 有权调配组内人员\n")
    assert got == [("组长", "duty", "安排班组生产"), ("组长", "authority", "有权调配组内人员")]


def test_numbered_markdown_names_with_lists_are_posts():
    text = ("# 剧组手册\n\n## 一、剧务\n\n**岗位概述**：统筹剧组日常事务。\n\n**工作职责**\n\n"
            "1. 安排排练场地\n2. 管理道具借还\n\n## 二、场记\n\n1. 记录每场拍摄信息\n")
    got = rows(text)
    assert ("剧务", "summary", "统筹剧组日常事务") in got
    assert ("剧务", "duty", "管理道具借还") in got
    assert ("场记", "duty", "记录每场拍摄信息") in got


def test_numbered_markdown_topics_without_lists_are_not_posts():
    text = "# 公司介绍\n\n## 一、公司简介\n\n我们成立于2001年，专注物流。\n\n## 二、发展历程\n\n2001年成立。\n"
    assert rows(text) == []


def test_an_unplaced_markdown_heading_is_never_glued_to_the_item_above():
    got = rows("# 手册\n\n## 剧务\n\n1. 安排排练场地\n2. 管理道具借还\n\n## 注意事项很多的说明\n\n记录每场拍摄信息\n")
    assert ("", "duty", "管理道具借还") in got or any(d == "管理道具借还" for _, _, d in got)
    assert not any("##" in d or "注意事项" in d for _, _, d in got)


def test_head_count_and_numbered_post_label_in_headings():
    for text in ("# 手册\n\n## 舞台监督（2人）\n\n### 工作职责\n\n- 主持技术合成排练\n\n"
                 "## 灯光操作员（1人）\n\n### 工作职责\n\n- 操作调光台\n",
                 "# 手册\n\n## 岗位一：舞台监督\n\n### 工作职责\n\n- 主持技术合成排练\n\n"
                 "## 岗位二：灯光操作员\n\n### 工作职责\n\n- 操作调光台\n"):
        assert rows(text) == [("舞台监督", "duty", "主持技术合成排练"), ("灯光操作员", "duty", "操作调光台")]


def test_single_document_control_field_is_no_row():
    got = rows("发布部门：人力资源部\n\n一、保洁员\n1. 负责公共区域清洁。\n")
    assert got == [("保洁员", "duty", "负责公共区域清洁")]


def test_a_dated_line_does_not_swallow_the_heading_below():
    got = rows("仓储物流专员\n2025/09/12 更新\n工作内容\n1. 负责冷冻库进出货点收与储位管理。\n2. 协助堆高机作业及月台调度。\n")
    assert got == [("仓储物流专员", "duty", "负责冷冻库进出货点收与储位管理"),
                   ("仓储物流专员", "duty", "协助堆高机作业及月台调度")]


def test_fact_label_after_a_wide_gap_is_a_fact():
    got = rows("仓储专员\n2025/09/12 更新　　应聘人数：0~5人\n\n工作内容\n1. 负责冷冻库进出货点收。\n")
    assert got == [("仓储专员", "duty", "负责冷冻库进出货点收")]


def test_pipe_table_without_outer_pipes():
    text = ("岗位 | 岗位职责 | 人数\n--- | --- | ---\n理货员 | 负责货架补货；检查商品保质期 | 4\n"
            "防损员 | 出入口巡查；处理报警商品 | 2\n")
    got = rows(text)
    assert got == [("理货员", "duty", "负责货架补货"), ("理货员", "duty", "检查商品保质期"),
                   ("防损员", "duty", "出入口巡查"), ("防损员", "duty", "处理报警商品")]


def test_next_numbered_post_name_without_a_title_suffix_is_the_next_role():
    text = ("电台岗位职责\n一、主持人\n1. 主持直播节目。\n2. 撰写串联单。\n"
            "二、导播\n1. 接听热线并筛选来电。\n2. 操作延时器。\n")
    got = rows(text)
    assert [d for r, _, d in got if r == "导播"] == ["接听热线并筛选来电", "操作延时器"]
    # look-alike: a group inside a role is numbered by another marker, so stays a group
    got = rows("店长岗位职责\n一、店长\n（一）日常管理\n1. 排班。\n（二）商品管理\n1. 盘点。\n")
    assert {r for r, _, _ in got} == {"店长"}


def test_more_ways_a_floor_adds_a_role():
    for lead, role in (("我再补充个保安的：", "保安"), ("顺便说下收银员的：", "收银员"), ("另外前台的工作：", "前台")):
        got = rows("店长职责：\n1、排班\n2、盘点\n\n" + lead + "巡查登记；交接班记录\n")
        assert [r for r, _, d in got if d == "交接班记录"] == [role]


def test_a_definition_is_no_row_even_under_a_role():
    got = rows("质检员岗位职责\n1、MSA：测量系统分析的缩写。\n2、按MSA计划完成量具校验。\n3、首件：指每批生产的第一件产品。\n")
    assert got == [("质检员", "duty", "按MSA计划完成量具校验")]


def test_an_item_with_a_label_and_a_guiding_verb_is_not_a_definition():
    got = rows("班组长岗位职责\n1、培训：指导新员工操作设备。\n2、安全：指挥班组应急疏散演练。\n")
    assert [d for _, _, d in got] == ["培训：指导新员工操作设备", "安全：指挥班组应急疏散演练"]


def test_tab_separated_table_of_posts():
    text = ("附件：岗位表\n职位代码\t职位名称\t招聘人数\t岗位职责\t任职条件\n"
            "A01\t造价员\t1\t编制工程预算；审核结算\t工程造价专业；持二级造价师证\n"
            "A02\t资料员\t2\t整理竣工资料\t大专以上学历\n\n三、报名\n携带身份证到现场报名。\n")
    got = rows(text)
    assert got == [("造价员", "duty", "编制工程预算"), ("造价员", "duty", "审核结算"),
                   ("造价员", "requirement", "工程造价专业"), ("造价员", "requirement", "持二级造价师证"),
                   ("资料员", "duty", "整理竣工资料"), ("资料员", "requirement", "大专以上学历")]


def test_iso_terms_heading_variants_name_no_role():
    for word in ("术语和缩略语", "名词解释", "定义"):
        got = rows(f"1 目的\n规范岗位职责。\n2 {word}\n2.1 BOM：物料清单的缩写。\n2.2 ECN：工程变更通知。\n"
                   "3 职责\n3.1 工艺工程师\n3.1.1 编制作业指导书。\n3.1.2 组织新产品试产。\n")
        assert {r for r, _, _ in got} == {"工艺工程师"}, word


def test_job_bank_post_with_tag_prefix_breadcrumb_and_needs_heading():
    text = ("人才网 › 餐饮类 › 厨师\n[急聘]粤菜二厨\n和风食堂有限公司\n\n工作内容\n1. 负责烧腊及热菜出品。\n\n"
            "需求条件\n学历限制：初中以上\n专业证照：中式烹调师四级\n电脑专长：无\n")
    got = rows(text)
    assert got == [("粤菜二厨", "duty", "负责烧腊及热菜出品"),
                   ("粤菜二厨", "requirement", "学历限制：初中以上"),
                   ("粤菜二厨", "requirement", "专业证照：中式烹调师四级")]


def test_a_field_line_inside_a_duty_list_does_not_end_the_list():
    got = rows("保安员岗位职责\n1、负责门岗值守。\n学历：高中以上\n2、负责夜间巡逻。\n")
    assert got == [("保安员", "duty", "负责门岗值守"), ("保安员", "requirement", "学历：高中以上"),
                   ("保安员", "duty", "负责夜间巡逻")]


def test_numbered_cells_give_one_item_a_number():
    text = ("│岗位名称│任职条件                          │\n"
            "├────┼─────────────────┤\n"
            "│辅警    │1.高中以上学历；2.年龄35周岁以下； │\n"
            "│        │3.无违法犯罪记录                   │\n"
            "└────┴─────────────────┘\n")
    got = rows(text)
    assert got == [("辅警", "requirement", "高中以上学历"), ("辅警", "requirement", "年龄35周岁以下"),
                   ("辅警", "requirement", "无违法犯罪记录")]


def test_civil_service_post_table_with_value_columns():
    text = ("某县2025年事业单位招聘岗位表\n\n"
            "| 招聘单位 | 岗位类别 | 岗位名称 | 人数 | 学历 | 专业 | 其他条件 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 县水利局 | 专技 | 水文监测员 | 2 | 大专及以上 | 水文与水资源 | 能适应野外作业 |\n"
            "| 县档案馆 | 管理 | 档案管理员 | 1 | 本科及以上 | 不限 | 无 |\n\n"
            "备注：年龄计算截至报名首日。\n")
    got = rows(text)
    assert got == [("水文监测员", "requirement", "大专及以上"), ("水文监测员", "requirement", "水文与水资源"),
                   ("水文监测员", "requirement", "能适应野外作业"), ("档案管理员", "requirement", "本科及以上")]


def test_next_numbered_work_area_is_a_group_not_a_role():
    got = [(r.role, r.group, r.duty) for r in extract(
        "门店岗位职责\n一、店长\n1. 排班。\n2. 盘点。\n二、客户服务\n1. 接待顾客。\n2. 处理投诉。\n三、收银员\n1. 收款。\n")]
    assert ("店长", "客户服务", "接待顾客") in got
    assert ("收银员", "", "收款") in got


def test_numbered_markdown_work_areas_are_not_posts():
    text = ("# 门店工作手册\n\n## 一、客户服务\n\n- 接待进店顾客\n- 处理顾客投诉\n\n"
            "## 二、设备维护\n\n- 每日检查冷柜温度\n- 每周清洗咖啡机\n")
    assert {r for r, _, _ in rows(text)} == {""}
