"""Sections of a role: duty / summary / requirement / authority / other.

From headings (`工作职责`, `职位概要`, `任职资格`, `工作权限`, `直接上级` …) and, where a
heading is missing or says little (`岗位要求`, `任职要求`), from the content: education and
experience are requirements, `…权` lists are authority, lists of things to do are duties.
"""
from __future__ import annotations

import re

_H = {
    "duty": r"工作任务(?:及要求)?|(?:你|您)(?:需要|将要?|要|每天)(?:做|负责|承担)(?:的)?(?:事情?|工作|内容)?(?:有|是|包括)?|作业(?:内容|项目|任务)|岗位任务|工作事项|(?:岗位)?职责(?:[、与及和]|以及)?(?:工作)?权限|工作范围|(?:主要|具体|岗位|工作|基本|本职|日常|核心)?(?:的)?(?:岗位|工作)?(?:职责|工作内容|职责描述|职责内容|工作任务|工作职责|岗位职责|职责范围|主要职责)(?:及内容)?(?:包括|有)?(?:如下|以下)?",
    "duty?": r"(?:(?:具体|主要|基本)?(?:的)?(?:岗位|工作|任职)要求|(?:其他|其它)?要求)(?:如下|以下)?",
    "requirement": r"(?:任职|岗位|职位|上岗|从业|应聘|应征|其他|其它|附加|招聘|招录|报考|聘用|录用|需求|必备|应具备)?(?:资格|条件|资质){1,2}(?:要求)?|(?:我们)?(?:希望|期待|期望)(?:你|您)(?:具备|拥有|能够|是)?|(?:(?:具体|主要|基本)?(?:的)?(?:素质|能力|资格|学历|知识|技能|职位|入职)要求)(?:如下|以下)?|任职资格及要求|应具备的(?:素质|能力|条件)"
                   r"|(?:共同|通用|共性|公共)(?:任职|岗位)?(?:要求|条件|资格)|对[^\s，,。；;:：]{1,10}的(?:基本|任职)?(?:要求|期望)",
    "authority": r"(?:工作|岗位|相关)?(?:权限|权力|权利|职权)(?:范围)?|职权范围",
    "summary": r"(?:职位|岗位|工作|职责)(?:概要|概述|综述|总述|描述|简介|目的|说明|设置目的)|职责总述",
    "other": r"备注|附注|公司介绍|公司简介|企业介绍|企业简介|关于我们|联系方式|联系我们|相关职位|职位推荐|相似职位|其他职位|相关职缺|相似职缺|其他职缺|推荐职缺|相关岗位|推荐职位|薪资待遇|福利待遇|薪资福利|薪酬福利|工资福利|待遇福利|福利待遇|报告对象|督导|直接下属|下属岗位|所属部门|所在部门|部门|岗位编号|岗位等级|所受监督|所施监督|监督关系|汇报关系|直接上级|直接下级|间接上级|间接下级|汇报对象|上级|下级|工作关系|工作协作关系|协作关系|薪酬|薪资|待遇|工资|考核|考核标准|考核指标|绩效|KPI|工作时间|上班时间|上班时段|工作时段|工作环境|工作地点|工作地址|公司地址|竞争力分析|公司基本信息|公司信息|工商信息|基本信息|岗位信息|晋升|发展方向|福利|所需培训|使用工具|工作设备"
             r"|(?:其他|其它|额外|更多)(?:福利|待遇)|(?:福利|薪资|薪酬|工资|薪金|收入|待遇|奖金)(?:构成|结构|组成|范围|说明|标准|水平|政策|补充)"
             r"|招聘人数|需求人数|人数|(?:应征|应聘|报名|投递|录用|招录|招收)人数|(?:职务|职位|职缺|岗位|工作|职业)类别|职类|工作待遇|工作性质|上班地点|休假制度|管理责任|出差外派|可上班日|到职日期?|远程工作|远端工作|招聘名额|名额|到岗时间|申请方式|应聘方式|投递方式|报名方式|应聘流程|招聘流程"
             r"|(?:职位|岗位|员工|公司)(?:福利|待遇)|晋升空间|发展空间|晋升通道|晋升路径|职业发展|发展前景|(?:岗位|职位|福利)亮点|职位诱惑",
}
_HEADING = {k: re.compile(rf"^(?:{v})\s*[:：]?$") for k, v in _H.items()}
_INLINE = re.compile(
    r"(?:^|(?<=[\s。；;]))(?P<h>" + "|".join(f"(?:{v})" for k, v in _H.items())
    + r")(?:[(（](?![一二三四五六七八九十]+[)）])[\u4e00-\u9fff]{2,6}[)）])?\s*(?:[:：]\s*|\s+|$|(?=[\d①-⑳(（]))")

# an age (`35岁以下`), not the age of the people served (`3岁以下婴幼儿`)
AGE = r"\d+\s*周?岁(?![以的]?(?:下的|以下的)?(?:婴|幼|儿|孩|宝|小|学生|老人|患))"
QUALIFICATION = re.compile(
    r"学历|学位|本科|大专|中专|专科|高中|毕业|(?:相关|以上|优先|类)专业|专业(?:优先|不限)|年以上|年及以上|年(?:以上)?(?:工作|相关|行业|销售|管理)?经验|经验|经历"
    rf"|年龄|{AGE}|性别|男女|驾照|驾驶执照|驾驶证|资格证|上岗资格|证书|持有|普通话|身体健康|形象|五官|身高|优先"
    r"|熟练使用|熟悉使用|办公软件|办公自动化|计算机|电脑操作|英语|外语|能力强|(?:沟通|组织|协调|表达|学习|分析|判断|执行|管理|领导|抗压)能力"
    r"|责任心|责任感|事业心|吃苦耐劳|团队精神|团队意识|合作精神|亲和力|品行|品德|性格|素质|敬业|认知|具备|具有")
DUTY_START = re.compile(
    r"^(?:负责|协助|制定|制订|组织|完成|执行|管理|认真|积极|主动|定期|按照|按|根据|依据|严格|建立|做好|配合|参与|督促|监督|处理|收集|"
    r"维护|确保|保证|落实|编制|审核|审批|检查|接待|跟踪|跟进|指导|培训|安排|登记|办理|联系|汇报|上报|宣传|开展|推动|贯彻|"
    r"及时|每日|每天|每月|每周|对|向|与|为|将|在|带领|领导|协调|控制|分析|统计|整理|保管|熟练掌握|掌握|了解|熟悉|接听|"
    r"受理|解答|提供|实施|策划|拟定|拟订|监控|考核|招聘|发放|记录|核对|报送|传达|召开|主持|审查|核算|计算(?!机)|接受|服从|遵守|做|搞好|抓好|"
    r"收发|编写|撰写|设计|开发|拓展|开拓|维修|保养|诊断|推广|推销|采购|订购|督导|引导|陪同|传递|反馈|回访|邀约|介绍|"
    r"讲解|演示|布置|清洁|打扫|承担|确认|审阅|签订|签署|录入|上传|发布|维系|拜访|走访|调研|调查|研究|评估|考察|监测|巡查|"
    r"巡视|核查|盘点|清点|准备|筹备|起草|制作|编辑|保持|保障|保管|保证|建设|健全|完善|优化|改进|提升|提高|促进|加强|"
    r"熟练|运用|使用|操作|安装|调试|测试|检验|验收|配送|运输|发货|收货|入库|出库|结算|收取|收款|付款|报销|申报|缴纳|查验|核验|核实|查看)")
# a power: `…的审批权`, `考核权、建议权、…`, or an item that grants one (`有权对违章作业叫停`,
# `享有…的否决权`)
AUTHORITY_ITEM = re.compile(r"(?:权|职权|权限|权利)(?:等)?$|(?:[^、，,]{1,8}权[、，,]){2,}"
                            r"|^(?:有权(?![益威])|(?:享有|拥有|具有)[^，,。；;]{0,20}(?:权力|权限|决定权|否决权|审批权|建议权|处罚权|叫停权))")


# a short note in brackets after a heading: `任职要求（通用）`, `岗位职责(试行)`
HEADING_NOTE = re.compile(r"[(（][^()（）]{1,6}[)）]$")
# a note saying the section is shared by every role of the page
COMMON_NOTE = re.compile(r"[(（](?:通用|共同|共性|公共|全体|各岗位|所有岗位|适用于?(?:各|所有|全部)岗位)(?:要求|部分)?[)）]$"
                         r"|^(?:共同|通用|共性|公共)(?:任职|岗位)?(?:要求|条件|资格)")


def heading_section(text: str) -> str | None:
    """Section named by a heading text (markers already removed), or None."""
    core = re.sub(r"\s+", "", text).rstrip(":：")
    core = HEADING_NOTE.sub("", core).rstrip(":：") or core
    if not core or len(core) > 14:
        return None
    for section, pattern in _HEADING.items():
        if pattern.match(core):
            return section
    return None


def find_inline_headings(text: str):
    """Section headings inside a flattened line: yields (start, end, section)."""
    for m in _INLINE.finditer(text):
        section = heading_section(m.group("h"))
        if section:
            yield m.start("h"), m.end(), section


def is_qualification(text: str) -> bool:
    return bool(QUALIFICATION.search(text))


# how qualifications open when they carry no education/experience word: skills and fitness
SKILL_START = re.compile(r"^(?:熟悉|熟练|掌握|了解|精通|懂|能够?|会|善于|擅长|适应|愿意|可接受|接受|身体|年龄|有较强|较强|良好的?|具有?|具备)")


def is_requirement_like(text: str) -> bool:
    """A qualification by its words, or a skill/fitness statement (`熟悉…流程`, `能适应倒班`)."""
    return bool(QUALIFICATION.search(text) or SKILL_START.match(text))


def looks_like_duty(text: str) -> bool:
    return bool(DUTY_START.match(text))


def is_authority_item(text: str) -> bool:
    return bool(AUTHORITY_ITEM.search(text.rstrip("。；;，,. ")))
