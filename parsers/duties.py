"""Decoded document text → duty records (role, section, item).

Three passes, each a plain function:
1. `clean_document` (normalize/clean.py) repairs and simplifies the text, keeping an offset
   map back to the input.
2. `pieces` cuts every line at list markers and at role / section headings found inside
   flattened lines, giving a flat stream of role, section and text pieces.
3. `blocks` walks that stream with the running role, section and group, joins wrapped lines
   to their item, and `records` turns each block into rows (splitting unnumbered `；` / space
   lists, deciding summary / requirement / authority from content where headings are silent).
   Notes, asides, file names, a department on its own line and a lead-in citing a rule give
   no row (recorded as dropped, with the reason); an item labelled `（任职要求）` is a
   requirement without the label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.clean import Cleaned, clean_document
from normalize.punct import chinese_punct
from parsers import roles as R
from parsers import sections as S
from parsers.blocks import CLOSING_NOTICE as _CLOSING_NOTICE, Block, blocks, join_spans
from parsers.pieces import pieces
from parsers.records import DutyRecord
from parsers.tokens import tokenize

_CJK = r"\u3400-\u9fff"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}，。、；：！？（）“”《》,.;:!?()])\s+|\s+(?=[{_CJK}，。、；：！？（）“”《》,.;:!?()])")
# page chatter that is never a row; qualifications strong enough to override a duty heading
SITE_STRONG = re.compile(r"小编|本文|范文网|下载到电脑|Word文档|供大家|收藏本文|点击下载|免费下载")
SITE_CHATTER = re.compile(r"小编|范文|供大家|仅供参考|供参考|下载|整理的|本文|欣赏|分享到|收藏|点击查看|点击进入|阅读全文|阅读更多|网站|网友|免费|精选|推荐阅读|推荐文章|相关推荐|相关文档|相关主题|文本预览|当前位置|时间[:：]|是什么$|干啥|怎么写|怎么做|有哪些|楼主|楼上|沙发|顶一下|谢谢分享|感谢分享")
STRONG_QUAL = re.compile(rf"学历|学位|\d+\s*年以上.{{0,12}}经验|^\d+\s*年(?:及)?以上|年龄|{S.AGE}|驾驶证|驾照|^(?:大专|本科|中专|高中)")
# how a prose description of a whole post opens or what it says (`在总经理领导下`, `全面负责…工作`)
_LEAD_SUMMARY = re.compile(r"^在.{1,14}(?:领导|指导|带领|领导和指导)下|全面负责|主持.{0,10}全面工作")
_ESSAY = re.compile(r"我们(?!公司)|你")
# an item that stops on a word that cannot end a phrase was cut off by the source
_CUT_OFF = re.compile(r"[的和及与或并对在为将把向从给、]$")
# the document's own frame, never a row: a preamble announcing the list (`为规范……，现将各岗位职责
#公布如下`) and a closing clause (`本职责自…起执行，由…负责解释`, `解释权归…`)
_PREAMBLE = re.compile(r"(?:现将|特将|兹将|特制定|制定本|特此|根据《|^为(?:了|进一步|切实|更好地?|加强|规范|明确))"
                       r".{0,120}(?:如下|以下|本(?:岗位)?(?:职责|制度|规定|办法|说明书?))[。:：]?$")
_CLOSING_CLAUSE = re.compile(r"^(?:本|以上|上述)[^，,。；;]{0,16}自[^，,。；;]{2,24}(?:起|之日)(?:开始)?(?:执行|施行|实施|生效|试行)"
                             r"|^(?:本|以上|上述)[^。；;]{0,40}由[^，,。；;]{1,16}负责解释|解释权归")
# a note about the text itself: where it came from, how it is laid out
_SOURCE_NOTE = re.compile(r"(?:以下|本文|本页|上述|以上)?(?:内容|资料|文字|表格|文档)?(?:由|从|系|摘自|转自|引自)[^。；;]{0,24}"
                          r"(?:导出|转载|摘录|整理|复制|粘贴|扫描|录入)|格式(?:保持|保留|维持)原样|(?:未|不)(?:作|做)(?:任何)?(?:修改|改动|编辑)")
# a qualification asked of everyone: `所有人员上岗前须持有效的…证`, `船员上船前须持有…`
_FOR_ALL = re.compile(r"^(?:所有|全体|全部|各岗位|每[位名个])?[^。；;，,]{0,8}(?:人员|员工|职工|船员|队员|工人|从业人员)"
                      r"[^。；;]{0,12}(?:均须|均需|均应|必须|须|需|应)(?:持有?|具备|取得|通过|经过)")
SUMMARY_CUE = re.compile(r"是|作为|包括|如下|以下|负责.{0,30}(?:工作|管理)")


def extract(text: str) -> list[DutyRecord]:
    """All duty records of one document's decoded text."""
    return extract_with_drops(text)[0]


@dataclass
class Dropped:
    """Text segmentation saw as a block but gave no row, and why (so nothing vanishes unseen)."""
    char_start: int           # offsets in the decoded text, like a record's
    char_end: int
    text: str
    reason: str


def extract_with_drops(text: str) -> tuple[list[DutyRecord], list[Dropped]]:
    """Records, and every block of the document that gave no row with the reason."""
    if not text or not text.strip():
        return [], []
    cleaned = clean_document(text)
    stream = pieces(cleaned.text)
    drops: list[Dropped] = []
    return records(cleaned, text, blocks(cleaned.text, stream), drops), drops


@dataclass
class _Row:
    role: str
    role_span: tuple[int, int]
    section: str
    group: str
    spans: list[tuple[int, int]]
    list_id: int
    open: bool = False      # its last clause ended with a comma: the next one may join it


def records(cleaned: Cleaned, raw: str, blist: list[Block],
            drops: list[Dropped] | None = None) -> list[DutyRecord]:
    ct = cleaned.text

    def drop(spans: list[tuple[int, int]], reason: str) -> None:
        if drops is not None and join_spans(ct, spans):
            start, end = _span(cleaned, spans)
            drops.append(Dropped(start, end, _finish(join_spans(ct, spans)), reason))

    any_role = any(b.role for b in blist)
    rows: list[_Row] = []
    # list-level vote for `岗位要求`-style headings: things to do → duty, else requirement
    votes: dict[int, list[bool]] = {}
    for b in blist:
        if b.section == "duty?" and b.kind == "item":
            vote = _task(join_spans(ct, b.spans))
            if vote is not None:
                votes.setdefault(b.list_id, []).append(vote)
    role_has_items: set[tuple[str, tuple[int, int]]] = set()
    for bi, b in enumerate(blist):
        text = join_spans(ct, b.spans)
        if not text:
            continue
        if b.kind == "chrome":
            drop(b.spans, b.reason or "page chrome (running header or footer, page number, export note)")
            continue
        if not b.role and any_role and not b.shared:
            drop(b.spans, "no role: the page names roles elsewhere, this sits under none "
                          "(page title over many roles, related articles, chapter)")
            continue
        key = (b.role, b.role_span)
        sec = b.section
        if (b.kind == "para" and _PREAMBLE.search(text)) or _CLOSING_CLAUSE.search(text):
            drop(b.spans, "the document's preamble or closing clause (announces the list, says when it applies)")
            continue
        if b.kind == "item":
            if sec in ("other",):
                drop(b.spans, "section other (reporting line, pay, company facts)")
                continue
            if b.unmarked and ((SITE_CHATTER.search(text) and not S.looks_like_duty(text)) or SITE_STRONG.search(text)):
                drop(b.spans, "site chatter")
                continue
            if b.unmarked and b.role and sec in (None, "duty") and key not in role_has_items \
                    and text.startswith(b.role) and re.match(r"(?:是|作为|乃)(?!.{0,6}(?:负责|协助))", text[len(b.role):]):
                # `摄影师是工作室的核心，要对…负责` opening the lines under a bare role line: the post
                # described (summary); the task lines after it are its duties
                rows.append(_Row(b.role, b.role_span, "summary", b.group, b.spans, b.list_id))
                continue
            label = _SECTION_LABEL.search(text)
            if label and S.heading_section(label.group("l")) in ("requirement", "duty?", "duty", "authority"):
                # `持有…证书，会游泳（任职要求）`: the item says which section it belongs to; the
                # label is not part of the row
                sec = S.heading_section(label.group("l"))
                sec = "requirement" if sec == "duty?" else sec
                b = Block(**{**b.__dict__, "spans": _cut_tail(ct, b.spans, len(label.group()))})
                text = join_spans(ct, b.spans)
            elif sec == "duty?":
                v = votes.get(b.list_id, [])
                # a list of things to do is duties; otherwise the heading governs every item
                sec = "duty" if v and sum(v) * 2 >= len(v) else "requirement"
            elif sec in (None, "duty"):
                sec = "requirement" if _strong_qual_item(text, sec) else "duty"
            elif sec == "summary":
                sec = "requirement" if S.is_qualification(text) else "duty"
            if sec == "duty" and S.is_authority_item(text):
                sec = "authority"
            if len(text) > 60 and _ESSAY.search(text):
                drop(b.spans, "essay written to the reader")
                continue
            role_has_items.add(key)
            rows.append(_Row(b.role, b.role_span, sec, b.group, b.spans, b.list_id))
            continue
        # unmarked paragraph
        if (SITE_CHATTER.search(text) and not S.looks_like_duty(text)) or SITE_STRONG.search(text):
            drop(b.spans, "site chatter")
            continue
        note = _NOTE_PARA.match(text)
        label = ct[ct.rfind("\n", 0, b.spans[0][0]) + 1:b.spans[0][0]] + (note.group() if note else "")
        if (sec == "other" or note) and len(text) <= 80 and _FOR_ALL.search(text[note.end():] if note else text) \
                and re.search(r"(?:备注|附注|注)\s*[:：]\s*$", label):
            # `备注：所有船员上船前须持有…证`: a note under the table that asks every post for a
            # qualification is a requirement for no one role
            rows.append(_Row("", (0, 0), "requirement", "", b.spans, b.list_id))
            continue
        if sec == "other":
            drop(b.spans, "section other (reporting line, pay, company facts)")
            continue
        if _SOURCE_NOTE.search(text) and len(text) <= 60 and not S.looks_like_duty(text):
            drop(b.spans, "a note on where the text came from or how it is laid out (`以下内容由…导出，格式保持原样`)")
            continue
        if _NOTE_PARA.match(text) or _FILE_NAME.fullmatch(text.strip()) \
                or (_ASIDE.match(text) and not S.looks_like_duty(_ASIDE.sub("", text))
                    and not S.is_requirement_like(_ASIDE.sub("", text))):
            drop(b.spans, "a note, an aside or a file name after the list (`注：…`, `另外，…`, `XX.pdf`)")
            continue
        if len(text) <= 80 and "。" not in text and re.match(r"(?:根据|依据|按照|依照)", text) and _LEAD_IN_END.search(re.sub(r"(?:\s*\[\d{1,3}\])+\s*$", "", text)):
            drop(b.spans, "a lead-in to the list below (`…的主要职责是：`)")
            continue
        if _DEPARTMENT.fullmatch(text.strip()) and not S.looks_like_duty(text):
            drop(b.spans, "a department's name on a line of its own (a signature, a letterhead)")
            continue
        if _EMPLOYER.fullmatch(text.strip()):
            drop(b.spans, "the employer's name on a line of its own")
            continue
        if re.fullmatch(r"[(（][^()（）]{1,30}[)）]", text.strip()):
            drop(b.spans, "a note in brackets (source, chapter, remark)")
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", text)) < (3 if sec in ("duty", "requirement") else 4):
            drop(b.spans, "too short for a paragraph row")
            continue
        nb = blist[bi + 1] if bi + 1 < len(blist) else None
        if sec is None and b.role and key not in role_has_items and not b.described and nb is not None \
                and (nb.role, nb.role_span) == key and nb.section == "duty" and nb.list_id != b.list_id \
                and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 12 and not STRONG_QUAL.search(text) \
                and not text.rstrip().endswith((":", "：")):
            # a paragraph right under the role's heading, before its duties' own heading: the
            # post described (summary), not one of the duties
            rows.append(_Row(b.role, b.role_span, "summary", b.group, _cut_conclusion(ct, b.spans), b.list_id))
            continue
        if key in role_has_items and _CLOSING_NOTICE.search(text) and not S.looks_like_duty(text):
            drop(b.spans, "a closing notice after the list (how to apply, contact, opening hours, reply)")
            continue
        got = _para_rows(ct, b, sec, key in role_has_items)
        if not got:
            drop(b.spans, "section other" if sec == "other" else
                 "no role named yet" if not b.role and sec is None else "prose that is neither item nor summary")
        rows.extend(got)
        if any(r.section == "duty" for r in rows[-3:]):
            role_has_items.add(key)
    out: list[DutyRecord] = []
    seq: dict[tuple, int] = {}
    # lists of labelled fields (`学历：…` `经验：…` `技能：…` `其他：…`): there `其他：` is one
    # more label the row keeps like its siblings, not a catch-all to drop
    # (only where the author numbered the items: a label a table cell gave, joined to its
    # value by extraction, is no part of the item)
    labelled: dict[int, int] = {}

    def numbered(r: _Row) -> bool:
        s0 = min(a for a, _ in r.spans)
        return bool(_NUMBER_BEFORE.fullmatch(ct[ct.rfind("\n", 0, s0) + 1:s0]))

    for r in rows:
        head = _FIELD_LABEL.match(_finish(join_spans(ct, r.spans)))     # a label its row keeps
        if head and not _CATCH_ALL.fullmatch(head.group(1)) and numbered(r):
            labelled[r.list_id] = labelled.get(r.list_id, 0) + 1
    for r in rows:
        text = _finish(join_spans(ct, r.spans), keep_catch_all=labelled.get(r.list_id, 0) >= 2 and numbered(r))
        if len(re.sub(r"\W", "", text)) < 2:
            drop(r.spans, "fewer than two word characters")
            continue
        if _DEFINITION.fullmatch(text):
            drop(r.spans, "a term's definition (`X：…的缩写`, `X：是指…`), not a row")
            continue
        if _EMPTY_FIELD.fullmatch(text):
            drop(r.spans, "a field with no value (`工具：无`): it asks for nothing")
            continue
        if _DATE_ONLY.fullmatch(text):
            drop(r.spans, "a date (when the document was signed or published)")
            continue
        if not re.search(rf"[{_CJK}]", text) and re.search(r"[A-Za-z]{2,}", text):
            drop(r.spans, "English words and no Chinese: a label or translation, not a row of a Chinese page")
            continue
        start, end = _span(cleaned, r.spans)
        k = (r.role, r.role_span, r.section)
        seq[k] = seq.get(k, 0) + 1
        rs, re_ = cleaned.tracked.span(*r.role_span) if r.role_span[1] > r.role_span[0] else (0, 0)
        flags = ["residual_garble"] if cleaned.garbled(start, end) else []
        if _CUT_OFF.search(text):
            flags.append("truncated")
        out.append(DutyRecord(
            role=r.role, role_raw=_raw(raw, rs, re_), section=r.section, seq=seq[k], duty=text,
            duty_raw=_raw(raw, start, end), char_start=start, char_end=end,
            role_canonical=R.canonical(r.role) if r.role else "", group=r.group,
            tokens=tokenize(text), repairs=cleaned.repairs_in(start, end), flags=flags))
    return out


# paragraphs that are no row: a note or an attachment (`注：…`, `附：…`), an aside that opens
# with `另外，` and asks nothing of the post, an attached file's name (`XX-01.pdf(application/pdf)`)
_NOTE_PARA = re.compile(r"^(?:注|附|备注|附注|注意|提示|PS|P\.S\.)\s*[\d一二三]?\s*[:：]", re.I)
_ASIDE = re.compile(r"^(?:另外|此外|顺便说一下|顺便说下|补充一下|最后)[，,]\s*")
_FILE_NAME = re.compile(r"[^\s，,。；;：:]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|txt|zip|rar|jpe?g|png)"
                        r"(?:\s*[(（][^()（）]{1,40}[)）])?(?:\s*[\d.]+\s*[KMG]?B)?", re.I)
# a section named in brackets at an item's end: `…会游泳（任职要求）`
_SECTION_LABEL = re.compile(r"\s*[(（]\s*(?P<l>[\u4e00-\u9fff]{2,8})\s*[)）][。；;，,.\s]*$")


def _cut_tail(ct: str, spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The spans without their last `n` characters of text (a label at the end)."""
    out = list(spans)
    while n > 0 and out:
        s, e = out[-1]
        while e > s and ct[e - 1].isspace():
            e -= 1               # the joined text strips each span: count from its last visible character
        if e - s > n:
            out[-1] = (s, e - n)
            n = 0
        else:
            n -= e - s
            out.pop()
    return out


# a paragraph that announces the list below it by citing a rule (`根据《…》，护林员的主要职责是：`);
# one that describes the post first (`X是…的人员，其主要职责包括：`) is a summary
_LEAD_IN_END = re.compile(r"(?:职责|任务|工作|内容|事项)(?:主要)?(?:是|为|有|包括|如下)\s*[:：]$|(?:如下|以下|下列)[^，,。；;]{0,8}[:：]$")
_DEPARTMENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:部门|部|科|处|中心|车间|办公室|工段|班组)")
_DATE_ONLY = re.compile(r"(?:\d{2,4}|[〇零一二三四五六七八九]{4})\s*[年/.\-]\s*[\d一二三四五六七八九十]{1,2}\s*[月/.\-]"
                        r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日?)?")
_EMPLOYER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·&]{2,40}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|公司|事务所)")
_DEFINITION = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]{1,12}\s*[:：]\s*(?:(?:是指|指的是|系指|指(?![导挥引定派示令出明正点标南望责数纹甲]))[^；;]{2,80}|.{2,80}(?:的缩写|的简称|的英文缩写|的统称))")
_EMPTY_FIELD = re.compile(r"(?:[\u4e00-\u9fff]{2,8}\s*[:：]\s*)?(?:无|暂无|没有|无要求|不限|不拘|[-—/／])")
_LICENCE = re.compile(r"驾驶证|驾照|身份证|资格证|证件")


def _strong_qual_item(text: str, sec: str | None) -> bool:
    """A qualification strong enough to override a duty heading (or no heading), unless the
    item opens with a task verb: then a document or licence it names is what the task
    handles (`查验客户驾驶证，签订合同`), and under a duty heading so is anything else."""
    m = STRONG_QUAL.search(text)
    if not m:
        return False
    if S.looks_like_duty(text) and not S.SKILL_START.match(text):
        return not (sec == "duty" or _LICENCE.fullmatch(m.group()))
    return True


def _task(text: str) -> bool | None:
    """Under an ambiguous `要求` heading: does this entry say what to do (not what to have)?"""
    if _OBEY.match(text):
        return None              # `遵守…规定`, `服从…安排`: a task or a disposition asked of the holder — no vote
    if _RULE.search(text) and not S.is_qualification(text):
        return True              # `驿站人员须统一着装…`: a rule of conduct is a thing to do
    return S.looks_like_duty(text) and not S.SKILL_START.match(text) and not STRONG_QUAL.search(text)


_OBEY = re.compile(r"^(?:遵守|服从|听从|遵从|遵纪守法)")
_RULE = re.compile(r"(?:必须|须|应当|不得|严禁|禁止|一律)(?!要)")


def _mostly_tasks(texts: list[str]) -> bool:
    votes = [v for v in (_task(t) for t in texts if t) if v is not None]
    return bool(votes) and sum(votes) * 2 >= len(votes)


def _para_rows(ct: str, b: Block, sec: str | None, role_listed: bool) -> list[_Row]:
    """Rows of an unmarked paragraph, by the section it sits in and what it says."""
    spans = _cut_conclusion(ct, b.spans)
    text = join_spans(ct, spans)

    def row(section: str, sp: list[tuple[int, int]]) -> _Row:
        return _Row(b.role, b.role_span, section, b.group, sp, b.list_id)

    if sec == "other" or not b.role and sec is None:
        return []
    parts = _split(ct, spans, "；;", period_space=True)
    prose = bool(re.search(r"。(?=\S)", text.rstrip("。 ")))
    if sec == "duty?" and not _mostly_tasks([join_spans(ct, sp) for sp in parts]):
        sec = "requirement"          # under `任职要求`, what is not a list of tasks: qualifications/description
    if sec in (None, "duty", "duty?") and len(parts) == 1 and not role_listed and b.next_is_item and b.role \
            and text.rstrip().endswith("。") and len(text) >= 20 and _LEAD_SUMMARY.search(text):
        return [row("summary", spans)]   # `在院长领导下，全面负责…工作。` over the role's numbered list
    if sec in ("duty", "duty?") and len(parts) == 1:
        sentences = _split(ct, spans, "。！!")
        if len(sentences) >= 2 and all(S.looks_like_duty(t) and len(t) <= 60
                                       for t in (join_spans(ct, sp) for sp in sentences)):
            parts = sentences        # `负责A。负责B。负责C。` under a duty heading: one task per sentence
    if sec in ("duty", "duty?") and len(parts) == 1 and not prose:
        words = _split_spaces(ct, spans)
        if len(words) >= 3 and all(len(re.findall(r"[\u4e00-\u9fff]", join_spans(ct, w))) >= 3 for w in words):
            parts = words            # `工作内容： 照顾起居 记录成长 指导育儿`: phrases separated by spaces
    if sec in (None, "duty", "duty?", "authority"):
        listed = len(parts) >= 3 or (len(parts) == 2 and re.search("[；;]", text))
        if (listed and not prose) or sec in ("duty", "duty?", "authority"):
            out = []
            for sp in parts:
                t = join_spans(ct, sp)
                s = "authority" if sec == "authority" or S.is_authority_item(t) else (
                    "requirement" if _strong_qual_item(t, sec) or (sec == "duty?" and S.is_qualification(t)) else "duty")
                out.append(row(s, sp))
            return out
        if b.described and not role_listed and not STRONG_QUAL.search(text):
            return [row("summary", spans)]
        if sec is None and not role_listed and not listed and b.role and text.startswith(b.role) \
                and re.match(r"(?:主要|全面)?(?:负责|是|作为|承担|由)", text[len(b.role):]):
            return [row("summary", spans)]      # `图书管理员负责…工作。` — the role described, before its list
        words = _split_spaces(ct, spans)
        if len(words) >= 3 and not prose:
            return [row("duty", sp) for sp in words]
        if STRONG_QUAL.search(text):
            return [row("requirement", spans)]
        if b.next_is_item and not text.rstrip().endswith((":", "：")) and not SUMMARY_CUE.search(text[:12]) and len(text) <= 60:
            return [row("duty", spans)]
        if S.looks_like_duty(text) and len(text) <= 60 and not prose and not text.rstrip().endswith((":", "：")) \
                and not SUMMARY_CUE.search(text):
            return [row("duty", spans)]
        if not role_listed and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 6 \
                and not re.search(r"[?？=]|^说明[:：]", text):
            return [row("summary", spans)]
        return []
    if sec == "requirement":
        semi = _split(ct, spans, "；;")
        if len(semi) == 1 and not prose:
            wide = _split_wide(ct, spans)
            if len(wide) >= 2:
                semi = wide          # `任职资格：本科以上学历  持有CATTI证书  熟悉法律`: wide gaps part items
        if (len(semi) >= 2 or (len(spans) == 1 and len(text) <= 30 and "。" not in text.rstrip("。")
                                and not S.looks_like_duty(text))) and not prose:
            # `要求：a；b；c`, or one short line of an unmarked list: under a requirement heading
            # every listed phrase is a requirement
            return [row("requirement", sp) for sp in semi]
    # summary / requirement headings: clauses are qualifications (requirement rows, one per
    # `；`/`。` sentence) or a description of the work (one summary row)
    out: list[_Row] = []
    kind_prev = "summary"
    for sp, sep in _clauses(ct, spans):
        t = join_spans(ct, sp)
        if out and out[-1].section == "summary" and _DESCRIBES.match(t):
            kind = "summary"     # `负责…，是…的直接体现者`: the clause goes on describing the post
        else:
            kind = "requirement" if S.is_requirement_like(t) else (
                "summary" if S.looks_like_duty(t) or not out else kind_prev)
        if out and out[-1].section == kind and (kind == "summary" or out[-1].open):
            out[-1].spans = out[-1].spans + sp
        else:
            out.append(row(kind, list(sp)))
        out[-1].open = sep in "，,、"
        kind_prev = kind
    return out


_DESCRIBES = re.compile(r"^(?:是|为|系|属于|作为)(?!.{0,6}(?:优先|以上|学历|专业))")
_QUAL_END = re.compile(r"(?<=经验|学历|专业|优先|以上)(?=负责|协助|完成|做好|配合|参与)")


def _clauses(ct: str, spans: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], str]]:
    """Clauses cut at `，,；;。` (and where a duty starts right after a qualification),
    each with the separator that ended it ("" at the end or at a zero-width cut)."""
    out: list[tuple[list[tuple[int, int]], str]] = []
    cur: list[tuple[int, int]] = []
    for s, e in spans:
        cuts = {m.start() + s for m in _QUAL_END.finditer(ct[s:e])}
        if join_spans(ct, cur) and S.looks_like_duty(ct[s:e].lstrip()):
            out.append((cur, ""))        # a wrapped line that starts a duty sentence
            cur = []
        pos = s
        for i in range(s, e):
            if i in cuts and i > pos:
                cur.append((pos, i))
                out.append((cur, ""))
                cur, pos = [], i
            if ct[i] in "，,；;。":
                if i > pos:
                    cur.append((pos, i))
                if join_spans(ct, cur):
                    out.append((cur, ct[i]))
                cur, pos = [], i + 1
        if e > pos:
            cur.append((pos, e))
    if join_spans(ct, cur):
        out.append((cur, ""))
    # keep the commas inside a row: re-extend each clause to the next clause's start
    fixed = []
    for n, (sp, sep) in enumerate(out):
        if sep in "，,、" and sep and n + 1 < len(out):
            sp = sp[:-1] + [(sp[-1][0], sp[-1][1] + 1)]
        fixed.append((sp, sep))
    return fixed


_CONCLUSION = re.compile(r"[。！!]\s*(?=(?:以上|综上|总之|总而言之|通过上述|由此可见|总的来说))")


def _cut_conclusion(ct: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop an essay's closing sentence (`。以上仅是…`) from the paragraph it ends."""
    out = []
    for s, e in spans:
        m = _CONCLUSION.search(ct, s, e)
        if m:
            out.append((s, m.start() + 1))
            return out
        out.append((s, e))
    return out


def _split(ct: str, spans: list[tuple[int, int]], seps: str,
           period_space: bool = False) -> list[list[tuple[int, int]]]:
    """Cut spans at separator characters (the separator is dropped).

    With `period_space`, `。` followed by a space (a line end in flattened text) cuts too.
    """
    out: list[list[tuple[int, int]]] = [[]]
    for s, e in spans:
        pos = s
        for i in range(s, e):
            if ct[i] in seps or (period_space and ct[i] == "。" and i + 1 < e and ct[i + 1] in " \u3000"):
                if i > pos:
                    out[-1].append((pos, i))
                if join_spans(ct, out[-1]):
                    out.append([])
                pos = i + 1
        if e > pos:
            out[-1].append((pos, e))
    return [sp for sp in out if join_spans(ct, sp)]


def _split_wide(ct: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Phrases parted by wide gaps (two spaces or more, or U+3000), each with 3+ Han, or []."""
    if len(spans) != 1:
        return []
    s, e = spans[0]
    if e - s > 300:
        return []
    out: list[list[tuple[int, int]]] = []
    pos = s
    for m in re.finditer(r"[ \t]{2,}|\u3000+", ct[s:e]):
        out.append([(pos, s + m.start())])
        pos = s + m.end()
    out.append([(pos, e)])
    out = [sp for sp in out if join_spans(ct, sp).strip()]
    if len(out) < 2 or any(len(re.findall(r"[\u4e00-\u9fff]", join_spans(ct, sp))) < 3 for sp in out):
        return []
    return out


def _split_spaces(ct: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """An unnumbered list written as short phrases separated by spaces, or []."""
    if len(spans) != 1:
        return []
    s, e = spans[0]
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", ct[s:e])]
    if len(words) < 3:
        return []
    lens = [b - a for a, b in words]
    if max(lens) > 40 or sum(lens) / len(lens) > 24:
        return []
    if sum(1 for a, b in words if ct[b - 1] in "，,、") * 3 > len(words):
        return []
    return [[w] for w in words]




# an item that opens with a field's label (`学历：`, `工作经验：`)
_FIELD_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*[:：]\s*\S")
_CATCH_ALL = re.compile(r"其他|其它|另外")
# a list number alone before an item on its line (`4、`, `（4）`, `4.`)
_NUMBER_BEFORE = re.compile(r"\s*(?:[(（]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）、.．]|[①-⑳])\s*")


def _finish(text: str, keep_catch_all: bool = False) -> str:
    """Guideline cleaning of one item's text (`keep_catch_all`: the item sits among labelled
    fields, so its `其他：` label stays like theirs)."""
    text = _SPACE_IN_CJK.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?:\s+\d{1,2})+$", "", text)          # a lost number left at the end
    if not keep_catch_all:
        text = re.sub(r"^(?:其他|其它|另外)\s*[:：]\s*(?=\S{2})", "", text)   # `其他：…`: a catch-all label, not content
    text = re.sub(r"(?<=[.。；;])[一二三四五六七八九十]{1,2}$", "", text)   # `…工作.十` + `一、` next line
    text = re.sub(r"(?<=[.。；;!！])\s*[\u4e00-\u9fff]{2,20}(?:有限责任公司|有限公司|股份有限公司|集团公司)$", "", text)
    text = text.strip(" ；;。.，,、:：")
    text = chinese_punct(text)
    return text.strip(" ；;。.，,、")


def _span(cleaned: Cleaned, spans: list[tuple[int, int]]) -> tuple[int, int]:
    ct = cleaned.text
    s = min(a for a, _ in spans)
    e = max(b for _, b in spans)
    while s < e and ct[s].isspace():
        s += 1
    while e > s and ct[e - 1].isspace():
        e -= 1
    return cleaned.tracked.span(s, e)


def _raw(raw: str, start: int, end: int) -> str:
    return re.sub(r"\s*\n\s*", "", raw[start:end]).strip()
