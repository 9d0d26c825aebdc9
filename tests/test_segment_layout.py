"""Layout rules added for flattened and wrapped text, on text written for these tests."""
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.group, r.duty) for r in extract(text)]


def duties(text):
    return [r.duty for r in extract(text) if r.section == "duty"]


def test_one_item_per_line_lists_are_not_joined():
    # HTML <li> items become lines with no marker and no punctuation
    text = "前台接待岗位职责\n\n岗位职责：\n\n负责来访客户的接待与登记\n\n接听公司总机电话并转接\n\n收发快递与信件\n"
    assert duties(text) == ["负责来访客户的接待与登记", "接听公司总机电话并转接", "收发快递与信件"]


def test_hard_wrapped_item_is_joined():
    text = ("仓库管理员岗位职责\n\n1. 配件管理：仓库管理员要负责对库存中的配件进行盘点、分类和管理，确保配件\n\n"
            "库存的准确性。\n\n2. 报废处理：负责报废配件的处理。\n")
    assert duties(text) == ["配件管理：仓库管理员要负责对库存中的配件进行盘点、分类和管理，确保配件库存的准确性",
                            "报废处理：负责报废配件的处理"]


def test_a_word_split_before_yi_is_not_a_new_group():
    text = "总经理岗位职责\n1、负责建立健全公司统\n一、高效的组织体系。\n2、负责财务管理。\n"
    assert duties(text) == ["负责建立健全公司统一、高效的组织体系", "负责财务管理"]


def test_further_paragraphs_of_a_numbered_item_while_the_list_goes_on():
    text = ("销售经理岗位职责\n一、制定销售战略规划。\n\n要根据公司发展战略，组织制定规划。\n\n"
            "二、领导部门员工完成销售工作。\n")
    assert duties(text) == ["制定销售战略规划。要根据公司发展战略，组织制定规划", "领导部门员工完成销售工作"]


def test_empty_marker_and_two_sentences_in_the_next_item():
    text = "总经理岗位职责 1、 2、全面负责公司的日常经营工作。 负责分析市场现状。 3、负责制定年度预算。\n"
    assert duties(text) == ["全面负责公司的日常经营工作", "负责分析市场现状", "负责制定年度预算"]


def test_item_title_on_its_own_line_takes_the_next_line():
    text = "展厅经理岗位职责\n1.展厅接待管理:\n负责落实接待礼仪规范。\n2.交车流程管理:\n落实执行交车流程。\n"
    assert duties(text) == ["展厅接待管理：负责落实接待礼仪规范", "交车流程管理：落实执行交车流程"]


def test_lettered_sub_items_under_a_titled_item_get_its_group():
    text = ("销售经理岗位职责\n1、形象管理：形象的好坏直接影响客户。\nA、静态：展厅物品保持整齐。\nB、动态：人员举止保持礼貌。\n"
            "2、人员管理：培养队伍。\nA、了解下属的不同个性。\n")
    assert [(g, d) for _, _, g, d in rows(text)] == [
        ("形象管理", "静态：展厅物品保持整齐"), ("形象管理", "动态：人员举止保持礼貌"), ("人员管理", "了解下属的不同个性")]


def test_heading_beats_a_copied_wrong_job_name():
    text = "4、网络电话主管\n1.职务名称:展厅主管 2.直接上级:展厅经理 4.职责与权限:\n(1)负责网络销售;\n(2)负责电话回访;\n"
    assert rows(text) == [("网络电话主管", "duty", "", "负责网络销售"), ("网络电话主管", "duty", "", "负责电话回访")]


def test_one_line_reporting_facts_do_not_swallow_the_list():
    text = "大客户经理 岗位职责\n直接上级:市场总监 直接下级:无\n1、负责大客户的开发\n2、统计客户需求\n"
    assert rows(text) == [("大客户经理", "duty", "", "负责大客户的开发"), ("大客户经理", "duty", "", "统计客户需求")]


def test_duty_table_rows_give_groups():
    text = ("售后主管岗位职责 职责一职责描述:负责制定服务标准工作时间百分比: 工作 任务 1、制定售后标准 2、督促执行 "
            "职责二职责描述:负责资源配置工作时间百分比: 工作 任务 1、负责人员调配\n")
    assert [(g, d) for _, _, g, d in rows(text)] == [
        ("负责制定服务标准", "制定售后标准"), ("负责制定服务标准", "督促执行"), ("负责资源配置", "负责人员调配")]


def test_requirement_and_description_in_one_paragraph():
    text = ("销售计划员\n职位描述:\n任职资格:大专以上学历,1到2年汽车销售经验\n负责销售系统操作,协助部门经理做好管理工作。\n"
            "具体工作职责如下:\n1.协助制定销售计划;\n")
    assert [(s, d) for _, s, _, d in rows(text)] == [
        ("requirement", "大专以上学历，1到2年汽车销售经验"),
        ("summary", "负责销售系统操作，协助部门经理做好管理工作"),
        ("duty", "协助制定销售计划")]
