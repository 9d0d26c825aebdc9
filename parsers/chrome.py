"""Lines of a job posting that are never rows: the job board's card fields and buttons, the
recruiter's name tag, contact instructions, benefit tags.

Why: a post copied from a job board (BOSS/58-style) or a recruitment notice carries these
lines between and around the real lists; read as text they became duty or requirement rows
(`12-18K·14薪`, `五险一金`, `林女士`, `有意者请将履历寄至…`).  Each rule looks at the whole
line and names the reason, so the line is dropped visibly, never silently.
"""
from __future__ import annotations

import re

# `12-18K·14薪`, `8000-12000元/月`, `15-25万/年`, `薪资面议`
_PAY = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[-~～至]\s*\d+(?:\.\d+)?\s*(?:[Kk千万]|元)(?:\s*/\s*(?:月|年|天|时))?"
                  r"(?:\s*[·・]\s*\d{1,2}\s*薪)?|(?:薪资|工资|薪酬)?面议)\s*$")
# fields of a job card split by bars: place | experience | education
_CARD_FIELD = re.compile(r"\d+\s*[-~～]\s*\d+\s*年|\d+\s*年以上|经验不限|应届|在校|学历不限|^(?:初中|高中|中专|中技|大专|本科|硕士|博士|MBA)(?:及以上)?$")
# what the recruiter's tag and the board's buttons say
_RECRUITER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:女士|先生|小姐)$"
                        r"|[·・•]\s*(?:刚刚|今日|昨日|本周|本月|\d+\s*[日天周月]内|半年内?|近半年|\d+\s*月内)?(?:活跃|在线)$"
                        r"|^(?:刚刚|今日|本周|本月)活跃$")
_BUTTON = (r"立即沟通|感兴趣|收藏|举报|分享|微信扫码分享|扫码分享|查看地图|查看全部|展开全部|收起|投递简历|立即投递|立即申请|申请职位|我要应聘|"
           r"在线咨询|聊一聊|发送简历|查看完整个人竞争力|查看更多|更多职位|返回顶部|打开APP|下载APP")
_BUTTONS = re.compile(rf"^\s*(?:{_BUTTON})(?:\s*[|｜/·]?\s*(?:{_BUTTON}))*\s*$")
# company facts of a card: funding stage and head count
_COMPANY = re.compile(r"(?:不需要融资|未融资|天使轮|[ABCD]\+?轮|Pre-?[AB]轮|战略投资|已上市|上市公司).{0,20}\d+\s*[-~～]\s*\d+\s*人"
                      r"|\d+\s*[-~～]\s*\d+\s*人.{0,6}(?:不需要融资|未融资|天使轮|[ABCD]轮|已上市)")
# how to apply: an address, mail or phone to send the CV to
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:[(（]\s*0\d{1,3}\s*[)）]\s*|0\d{2,3}\s*-\s*)?\d{3,4}\s*-\s*\d{4}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_APPLY = re.compile(r"^(?:有意者|有意向者|有意|感兴趣者|欢迎有意)|(?:简历|履历|应聘材料|求职信)(?:请)?(?:发送|寄送|寄|投递|发)(?:至|到)"
                    r"|电洽|来电咨询|联系电话|联系人\s*[:：]|(?:人事|人资|HR)[部处]?\s*[\u4e00-\u9fff]{1,2}(?:小姐|女士|先生)")
# a controlled document's header fields (`文件编号：… 受控状态：受控`, `版本号：A/1`)
_DOC_CONTROL = re.compile(r"受控状态|文件状态|文件编号|文档编号|版本号|版次|密级|保密等级|修订状态")
# opening or working hours on a line of their own: `营业时间 8:00-21:00 全年无休`
_HOURS = re.compile(r"^(?:营业时间|营业时段|上班时间|工作时间|办公时间|开放时间|服务时间)\s*[:：]?\s*\d{1,2}\s*[:：]\s*\d{2}\s*[-~～至到—]+\s*\d{1,2}\s*[:：]\s*\d{2}")
# a byline, however its fields are spaced (`发布：人事部&emsp;2026-07-08 阅读（1,206）`), and an
# article's reading counter (`阅读1.2万 在看86`)
_BYLINE = re.compile(r"^(?:发布|发布人|发布者|来源|作者|编辑|责任编辑)\s*[:：].{0,80}?(?:\d{4}\s*[-/.年]\s*\d{1,2}|阅读|浏览|点击)")
_COUNTER = re.compile(r"^(?:阅读|浏览|点击)(?:量|数)?\s*[:：(（]?\s*[\d.,]+\s*万?\s*[)）]?\s*(?:(?:在看|点赞|赞|评论|收藏|转发)\s*[\d.,]+\s*万?\s*)*$")
# a benefit tag (`五险一金`, `带薪年假`, `餐补`, `包住宿`, `周末双休`, `年终奖`)
_BENEFIT = re.compile(r"险|公积金|年假|休假|带薪|体检|[餐饭房车话]补|补贴|补助|福利|奖金?$|包(?:吃|住)|住宿|双休|班车|旅游|下午茶|期权|团建|节日|礼品|礼物|晋升")


def line_chrome(line: str) -> str | None:
    """Why this whole line is posting chrome, or None (a line that may carry content)."""
    text = line.strip()
    if not text or len(text) > 120:
        return None
    if _DOC_CONTROL.search(text) and re.search(r"[:：]", text) and len(text) <= 40 and not re.search(r"[，,。；;]", text):
        return "document control fields"
    if (_BYLINE.match(text) and len(text) <= 100) or _COUNTER.match(text):
        return "byline: who published it and when"
    if _HOURS.match(text) and len(text) <= 40:
        return "opening hours"
    if _PAY.match(text):
        return "job card: pay"
    fields = [f.strip() for f in re.split(r"\s*[|｜]\s*", text)]
    if len(fields) >= 2 and all(len(f) <= 14 for f in fields) and any(_CARD_FIELD.search(f) for f in fields):
        return "job card: place, experience, education"
    if _RECRUITER.search(text) and len(text) <= 16:
        return "job card: recruiter tag"
    if _BUTTONS.match(text):
        return "job board button"
    if _COMPANY.search(text) and len(text) <= 40:
        return "job card: company facts"
    if (_EMAIL.search(text) or _PHONE.search(text)) and (_APPLY.search(text) or len(text) <= 40):
        return "contact: how to apply"
    if _APPLY.match(text) and re.search(r"简历|履历|电话|邮箱|联系|面试|洽", text):
        return "contact: how to apply"
    tags = text.split()
    if len(tags) >= 3 and all(len(t) <= 6 for t in tags) \
            and sum(1 for t in tags if _BENEFIT.search(t)) * 3 >= len(tags) * 2:
        return "job card: benefit tags"
    return None
