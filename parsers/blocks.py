"""Pass 3 of segmentation: pieces → blocks (items and paragraphs) under role, section, group.

Walks the piece stream with the running role, section and group; decides which marked
pieces are headings (role, section, group) and which are items; joins wrapped lines to
their item and tells them apart from one-item-per-line lists; splits space-separated
lists; handles nested lists, lost markers and duty tables.

A note (`注：…`, `附：…`), an aside (`另外，…`), a file name, prose after a blank line or a
signature name never joins the item above as its wrap; clause-long `（一）…` siblings are
items, not group headings, and so are short `一、X` lines in a row with nothing under them;
`2. X` over its own `2.1 …` is an outline chapter (a group), the last item `2. X` before a
`2.2 …` heading is not.  In a forum post a line `收银员：收银找零；日结对账` names the role and
lists its duties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers import roles as R
from parsers.tokens import tokenize
from parsers import sections as S
from parsers.lists import Marker
from parsers.pieces import Piece

TERMINAL = "。！？!?；;"
WEAK_SUFFIXES = ("接待",)   # also common in item titles (`现场接待：`)
# endings that are also verbs or nouns (`准确完成收银`): such a line is a title only when alone
VERB_SUFFIXES = ("接待", "收银", "保洁", "调度", "督导", "保安", "库管", "内勤")
# `销售顾问：…` / `人力资源：人力资源部门负责…`
_ROLE_COLON = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,14})\s*[:：]\s*")
_ROLE_SPACE = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,12})\s+")
# `配件销售员是负责…` — a paragraph that opens by naming its role
# a sentence introducing a role's list: `我们所里的律师助理职责是这样写的：`, `出纳的职责如下：`,
# `前台主要负责以下工作：`
_LEAD_IN = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,24}?)(?:(?:的)?(?:(?:岗位|工作|主要|具体)?职责(?:是这样写的|写的是|是这样的|如下|有以下几点|有|包括|是)|(?:主要)?负责(?:以下|如下|下面)(?:几项|几个方面的?|这些)?(?:工作|内容|事情|事项)?)|的(?:岗位|工作|主要|具体)?(?:职责(?:说明书|说明|描述)?|岗位说明书|工作内容)(?:原文|原话)?(?:是这样写的|是这样的|写的是|如下|是)?"
                      # `巡逻员的活儿主要是这些：`, `保洁的工作大概有下面几样：`
                      r"|的(?:活儿?|活计|日常工作|工作|事情?)(?:主要|大概|大致|基本上|一般)?(?:就是|是|有|包括)(?:下面|以下)?(?:这些|这几样|这几项|几样|几项|几点))"
                      r"\s*(?:吧|呢|啊|哈|哦)?\s*[:：。]?$")
# how a conversational lead-in opens before naming the role: `另外说下…`, `说说…`, `介绍一下…`
_TALK = re.compile(r"^(?:(?:另外|还有|然后|再|接下来|下面|最后|顺便|顺带|楼上)[，,]?)?(?:给(?:大家|你们?|各位|楼主))?(?:(?:我再|我来|我|再|来)?"
                   r"(?:说说|说下|说一下|讲讲|讲下|讲一下|聊聊|聊下|聊一下|谈谈|介绍一下|介绍下|分享一下|分享下|补充一下|补充下|补充个|补个|漏了|加个|加一个|贴一下|贴下|附上))?")
# a closing remark after a list (`就这些，…`, `以上就是…`): never the wrapped end of the last item
_CLOSING = re.compile(r"^(?:就(?:这些|这么多|是这些)|(?:大概|差不多|大致|基本)(?:就)?(?:这些|是这样|如此)|以上(?:就是|便是|是|为|这些|内容|仅|所述)"
                      r"|总之|总的来说|总而言之|综上|希望(?:对|能|以上)|仅供参考)")
# a recruitment notice's general conditions heading (`报名条件`, `应聘资格`), for every post
_NOTICE_CONDITIONS = re.compile(r"(?:报名|报考|应聘|应征|招聘|招录|基本|资格)(?:条件|资格)(?:要求)?")
# a notice after a role's list, addressed to readers (never a wrap of the last item, never a row): how to apply (`有兴趣者请将履历寄交…`),
# whom to call, the shop's hours, `收到请回复`
CLOSING_NOTICE = re.compile(r"^(?:有意|有兴趣|有意向|感兴趣|欢迎)[^，,。]{0,6}(?:者|的|人士)|请[将把]?(?:个人)?(?:简历|履历|求职信|作品集)"
                             r"|(?:热线|电话|手机|微信|邮箱|E-?mail)\s*[:：]?\s*[\dA-Za-z][\dA-Za-z\-@.]{4,}"
                             r"|营业时间(?:为|是|[:：])|收到(?:请|后)?回复|^以上请", re.I)
_SUBJECT = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,12}?)(?:是|负责|在|作为|主要负责)")
# a job title closed by a full stop, then a sentence about the post: `质检专员。负责……`
_TITLE_SENTENCE = re.compile(r"^(?P<t>[^\s。，,；;：:、]{2,12})\s*。\s*(?P<rest>\S.*)$", re.S)
_NUMERAL_ONLY = re.compile(r"[\d一二三四五六七八九十百]{1,3}[、.．]?")


@dataclass
class Block:
    kind: str                 # item | para | chrome (page furniture: never a row)
    role: str
    role_span: tuple[int, int]
    section: str | None
    group: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    marker: Marker | None = None
    list_id: int = 0
    next_is_item: bool = False
    described: bool = False   # the text after `岗位名：` — a description of the role
    unmarked: bool = False    # an item of an unmarked one-per-line list
    reason: str = ""          # chrome: what kind of furniture (posting chrome names itself)
    shared: bool = False      # under a part for all roles (`D.工作要求` after `A.` `B.` `C.` roles)


def blocks(ct: str, stream: list[Piece]) -> list[Block]:
    out: list[Block] = []
    # page furniture (running header, page number, export note) gives no row and is not
    # there for the layout: an item wrapped across a page break carries on
    chrome = [Block("chrome", "", (0, 0), None, "", [(p.start, p.end)], reason=p.value)
              for p in stream if p.kind == "chrome"]
    stream = [p for p in stream if p.kind != "chrome"]
    role, role_span, section, group = "", (0, 0), None, ""
    cur: Block | None = None
    list_id = 0
    last_marker_kind = None
    last_head_kind = None
    bare_role_at: int | None = None
    role_named = False          # the running role comes from a `岗位名称：XX` field

    shared_spans: set[tuple[int, int]] = set()
    notice_kind: str | None = None      # marker kind of a notice's `报名条件` heading (its part ends at the next)

    def close():
        nonlocal cur
        if cur is not None and (cur.spans or cur.kind == "item"):
            cur.shared = not cur.role and cur.role_span in shared_spans
            out.append(cur)
        cur = None

    seen_roles: set[str] = set()
    role_mk: str | None = None          # marker kind of the heading that named the running role
    sect_kinds: set[str] = set()        # marker kinds that numbered section headings
    role_heads: dict[str, int] = {}     # marker kind → role headings it numbered (`A.` `B.`)
    head_num: dict[str, int] = {}       # marker kind → number of its last role heading

    def set_role(name: str, span: tuple[int, int]):
        nonlocal role, role_span, section, group, list_id, last_marker_kind, role_named, role_mk
        close()
        if name:
            seen_roles.add(name)
        role_named = False
        role_mk = None
        role, role_span, section, group = name, span, None, ""
        list_id += 1
        last_marker_kind = None

    def note_role_head(mk: Marker | None) -> None:
        nonlocal role_mk
        role_mk = mk.kind if mk is not None else None
        if mk is not None and mk.num is not None:
            role_heads[mk.kind] = role_heads.get(mk.kind, 0) + 1
            head_num[mk.kind] = mk.num

    def sibling_section(mk: Marker | None, span: tuple[int, int]) -> None:
        """`A.站长岗位职责` `B.入库员岗位职责` … `D.工作要求`: a section heading numbered as the
        next sibling of two or more role headings names no job and ends the last role's part."""
        if mk is not None:
            sect_kinds.add(mk.kind)
        if mk is None or mk.num is None or mk.kind not in ("letter", "cn", "pcn"):
            return
        if role and role_heads.get(mk.kind, 0) >= 2 and mk.num == head_num.get(mk.kind, -1) + 1:
            set_role("", span)
            shared_spans.add(span)     # what it says is for every role: rows with no role
        role_heads[mk.kind] = -99          # this kind's headings are not all roles

    other_until_line_end = False
    other_prev: str | None = None
    group_next = False
    related = False
    for i, p in enumerate(stream):
        text = ct[p.start:p.end].strip()
        nxt = stream[i + 1] if i + 1 < len(stream) else None
        if p.kind == "role" and p.related:
            related = True
        elif p.kind == "role" and related:
            # titles in a related-articles list name no role, unless a real list follows
            nxt_text = ct[nxt.start:nxt.end].strip() if nxt is not None else ""
            if not (nxt is not None and nxt.kind == "text" and nxt.marker is not None
                    and (S.looks_like_duty(nxt_text) or re.search(r"[，,；;]", nxt_text))):
                set_role("", (p.start, p.end))
                continue
            related = False
        if p.kind == "role" and not p.value and p.line_start:
            # `另外说下我们部门剪辑师的职责：` read as a heading over many roles (`部门`): the
            # lead-in names one
            name = _lead_in_role(text if text.endswith((":", "：")) else text + "：")
            if name:
                set_role(name, (p.start, p.end))
                continue
        if p.kind == "role":
            if p.named and bare_role_at is not None and bare_role_at == i - 1:
                # `4、网络电话主管` then `职务名称：展厅主管`: the heading wins
                continue
            set_role(p.value, (p.start, p.end))
            if p.value:
                note_role_head(p.marker)
            role_named = p.named
            bare_role_at = None
            continue
        if p.kind == "text" and p.cont and cur is not None:
            cur.spans.append((p.start, p.end))     # a table cell's next line
            continue
        if p.kind == "group":
            close()
            group = p.value          # a sub-heading inside a section (`#### 诊疗协助`)
            list_id += 1
            continue
        if p.kind == "sep":
            close()
            group_next = p.value == "group"
            continue
        if group_next and p.kind == "text" and p.marker is None and len(text) <= 40:
            # `职责描述：负责…制度` in a duty table names the group of the tasks below it
            group_next = False
            group = text.rstrip("：:")
            list_id += 1
            continue
        group_next = False
        if p.kind == "sect" and p.line_start and not p.framed and p.marker is None and cur is not None \
                and cur.kind == "para" and _open(ct, cur) \
                and not _FIELD.match(ct[max(cur.spans[-1][0], ct.rfind("\n", 0, cur.spans[-1][1]) + 1):cur.spans[-1][1]].strip()) \
                and not (_DATED.search(_last_line(ct, cur)) and len(_last_line(ct, cur)) < 16) \
                and (not text.endswith((":", "：")) or _last_line_len(ct, cur) >= 16) \
                and not (p.blank_before and (text.endswith((":", "：")) or _last_line_len(ct, cur) < 16)) \
                and not (nxt is not None and nxt.kind == "text" and not nxt.line_start and nxt.marker is None):
            cur.spans.append((p.start, p.end))
            close()
            section, group = p.value, ""
            list_id += 1
            continue
        if p.kind == "sect":
            if other_until_line_end and p.line_start:
                other_until_line_end = False     # `人数：2人` then `薪资：…`: the first fact's line is over
                if section == "other":
                    section = other_prev
            sibling_section(p.marker, (p.start, p.end))
            if notice_kind is not None and p.marker is not None and p.marker.kind == notice_kind and not role:
                set_role("", (p.start, p.end))       # the notice's next part: its conditions end
                notice_kind = None
            if p.value == "requirement" and p.marker is not None and not seen_roles and not role \
                    and _NOTICE_CONDITIONS.fullmatch(text.rstrip(":：").strip()):
                # `二、报名条件` in a recruitment notice before any post is named: what every
                # applicant needs, rows of no post (the posts come later, in the notice's table)
                set_role("", (p.start, p.end))
                shared_spans.add((p.start, p.end))
                notice_kind = p.marker.kind
                section, group = p.value, ""
                continue
            if role and len(seen_roles) >= 2 and S.COMMON_NOTE.search(text.rstrip(":：")):
                set_role("", (p.start, p.end))      # `任职要求（通用）`: shared by every role
                shared_spans.add((p.start, p.end))
            close()
            if p.value == "other" and nxt is not None and nxt.kind == "text" and not nxt.line_start:
                # `直接上级：总经理` — a one-line fact, not a section the next list belongs to
                other_until_line_end = True
                other_prev = section
            section, group = p.value, ""
            list_id += 1
            continue
        if other_until_line_end and p.line_start:
            other_until_line_end = False
            if section == "other":
                section = other_prev
        nxt = stream[i + 1] if i + 1 < len(stream) else None
        if p.marker is not None:
            mk = p.marker
            bare = text.rstrip(":：").strip()
            # a marked heading: section, role, or a group inside the role
            sect = S.heading_section(bare) if len(bare) <= 20 else None
            if notice_kind is not None and mk.kind == notice_kind and not role:
                set_role("", (p.start, p.end))       # the notice's next part: its conditions end
                notice_kind = None
            if sect == "requirement" and not seen_roles and not role and _NOTICE_CONDITIONS.fullmatch(bare):
                # `二、报名条件` in a recruitment notice before any post is named: what every
                # applicant needs, rows of no post (the posts come later, in the notice's table)
                close()
                set_role("", (p.start, p.end))
                shared_spans.add((p.start, p.end))
                notice_kind = mk.kind
                section, group = sect, ""
                continue
            if sect:
                sibling_section(mk, (p.start, p.end))
                if role and len(seen_roles) >= 2 and S.COMMON_NOTE.search(bare):
                    # `五、任职要求（通用）` after the roles: for every role, so for none of them
                    set_role("", (p.start, p.end))
                    shared_spans.add((p.start, p.end))
                close()
                section, group = sect, ""
                list_id += 1
                continue
            head = R.heading_role(bare) if len(bare) <= 30 else None
            if head:
                set_role(head, (p.start, p.end))
                note_role_head(mk)
                continue
            m = _TITLE_SENTENCE.match(text) if mk.kind in ("cn", "pcn") else None
            t = (R.bare_title_role(m.group("t"), 12) or R.soft_title_role(m.group("t"))) if m else None
            if t and not t.endswith(VERB_SUFFIXES) and not _verb_object(m.group("t")):
                # `（一）质检专员。负责……工作。` — the title ends at the full stop, and the sentence
                # after it describes the post (a summary); the items that follow are its duties
                set_role(t, (p.start, p.start + len(m.group("t"))))
                note_role_head(mk)
                last_head_kind = mk.kind
                lead = len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())
                cur = Block("para", role, role_span, section, group,
                            [(p.start + lead + m.start("rest"), p.end)], None, list_id, described=True)
                continue
            title = R.bare_title_role(bare, 12) if mk.kind != "letter" else None
            if not title and mk.kind == "multi" and role and role_mk == "multi" and not text.endswith((":", "：")):
                # `2.1 开锁技师` … `2.2 调度客服`: the outline number that named the running role
                # names the next one, even by a soft title (`客服`, `运营`) the layout alone marks
                title = R.soft_title_role(bare)
            if title and title.endswith(WEAK_SUFFIXES) and text.endswith((":", "：")):
                title = None
            if title and title.endswith(VERB_SUFFIXES) and mk.kind not in ("cn", "pcn"):
                title = None     # `2. 收银` in a running list is a task, not a new role
            if title and role_named and section == "duty" and mk.kind in ("cn", "pcn") and title not in seen_roles:
                title = None     # `岗位名称：售前客服` … `工作职责：` `一、咨询接待`: a group of that role's duties
            if title and (mk.kind in ("cn", "pcn", "multi") or len(title) <= 10):
                set_role(title, (p.start, p.end))
                note_role_head(mk)
                last_head_kind = mk.kind
                bare_role_at = i
                continue
            m = _ROLE_COLON.match(text) or _ROLE_SPACE.match(text)
            if m:
                name = m.group("r")
                rest = text[m.end():]
                t = R.bare_title_role(name, 12)
                known = R.tidy_role(name) in seen_roles
                if (t and not name.endswith(WEAK_SUFFIXES) and mk.kind in ("bullet", "num", "cn", "pcn")
                        and (":" in m.group() or "：" in m.group() or rest.startswith(name)))\
                        or (rest.startswith(name) and R.plausible_role(name, 8) and rest[len(name):len(name) + 1] not in "员师长工")\
                        or (not rest and R.plausible_role(name, 8) and mk.kind == last_head_kind and mk.kind in ("num", "bullet"))\
                        or (known and rest and re.search("[:：]", m.group()) and section in ("requirement", "duty?", "authority")):
                    last_head_kind = mk.kind
                    keep = section
                    set_role(R.tidy_role(name), (p.start, p.start + len(name)))
                    if known and keep in ("requirement", "duty?", "authority", "duty"):
                        section = keep   # `任职条件` › `• 风机检修工：持有…`: one section over roles named before
                    cur = Block("para", role, role_span, section, group,
                                [(p.start + m.end() + (len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())), p.end)],
                                None, list_id, described=True)
                    continue
            if mk.kind in ("cn", "pcn") and role and role_mk == mk.kind and role_heads.get(mk.kind, 0) >= 2 \
                    and mk.num is not None and mk.num == head_num.get(mk.kind, -99) + 1 \
                    and (p.line_start or len(bare) > 8) and not (len(bare) <= 8 and R.post_like(bare)):
                # `一、A岗位职责：1、…` `二、B岗位职责：1、…` then `三、报名时间：…`: the next number
                # of the markers that named the roles, naming no post, is the notice's next part
                # (never the wrap of the last role's last item)
                set_role("", (p.start, p.start))
                role_heads[mk.kind] = -99
            if mk.kind == "cn" and cur is not None and cur.kind == "item" and _open(ct, cur) \
                    and cur.marker is not None and cur.marker.kind != "cn" \
                    and ((not (p.line_start and p.blank_before) and (len(bare) > 20 or "，" in bare or "," in bare))
                         or (mk.num == 1 and ct[:p.start - (mk.end - mk.start)].rstrip()[-1:] in "统唯同之逐专单划归合整")):
                cur.spans.append((p.start - (mk.end - mk.start), p.end))
                continue
            if mk.kind == "cn" and role and role_mk not in (None, mk.kind) and mk.kind in sect_kinds \
                    and bare and len(bare) <= 20 and bare[-1] not in TERMINAL + "，,." and not S.looks_like_duty(bare):
                # `二、岗位职责` › `（一）全科医生` … then `三、报名方式`: a sibling of the section over
                # the roles, naming neither, ends their part
                set_role("", (p.start, p.end))
                continue
            nested = _next_marker_kind(stream, i) not in (None, mk.kind)
            if mk.kind in ("cn", "pcn") and role and role_mk == mk.kind and mk.num is not None \
                    and mk.num == head_num.get(mk.kind, -99) + 1 and 2 <= len(bare) <= 8 \
                    and R.post_like(bare) and R.plausible_role(bare, 8) and not S.looks_like_duty(bare) \
                    and nested:
                # `一、乘务员` … `二、播音`: the next number of the marker that named the running
                # role, a short name of a person's post over a list of its own, is the next role
                set_role(R.tidy_role(bare), (p.start, p.end))
                note_role_head(mk)
                last_head_kind = mk.kind
                continue
            if mk.kind in ("cn", "pcn") and bare and len(bare) <= 20 and bare[-1] not in TERMINAL + "，,." \
                    and (nested or not S.looks_like_duty(bare)) \
                    and not (not nested and _sibling_items(stream, i, mk)) \
                    and not (not nested and p.line_start and cur is not None and cur.kind == "item" and cur.marker is not None
                             and cur.marker.kind == mk.kind and mk.num is not None and cur.marker.num == mk.num - 1
                             and not (nxt is not None and nxt.kind == "text" and nxt.marker is None)):
                if mk.kind == last_marker_kind or last_marker_kind is None or True:
                    close()
                    group = bare
                    list_id += 1
                    continue
            body_follows = nxt is not None and nxt.kind == "text" and nxt.marker is None and nxt.line_start
            if text.endswith((":", "：")) and 2 <= len(bare) <= 12 and not re.search(r"[，,。；;]", bare) \
                    and not body_follows:
                close()
                group = bare
                continue
            if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:部门|部|中心|科室|车间)", bare):
                close()
                group = bare
                continue
            if mk.kind == "multi" and bare and len(bare) <= 20:
                close()
                continue
            if mk.kind == "num" and bare and len(bare) <= 12 and not re.search(r"[，,。；;：:、]", bare) \
                    and nxt is not None and nxt.kind == "text" and nxt.marker is not None and nxt.marker.kind == "multi" \
                    and _outline_child(ct, nxt, mk) and not S.looks_like_duty(bare):
                # `2. 岗位详细说明` over `2.1 …` `2.2 …`: an outline's chapter heading, not an item
                close()
                group = bare
                list_id += 1
                continue
            close()
            if last_marker_kind is not None and mk.kind != last_marker_kind and mk.kind in ("cn", "pcn"):
                group = ""
            last_marker_kind = mk.kind
            cur = Block("item", role, role_span, "requirement" if p.field else section, group,
                        [(p.start, p.end)] if text else [],
                        mk, list_id)
            continue
        # unmarked text
        if not text or _NUMERAL_ONLY.fullmatch(text):
            continue
        m = _ROLE_COLON.match(text) if p.line_start and section in ("authority", "requirement", "duty?", "duty") else None
        if m and m.group("r") in seen_roles and m.group("r") != role and text[m.end():].strip():
            # `班长：对…有叫停权` under a shared `权限` article: a role named earlier, the section
            # goes on for it
            keep = section
            set_role(m.group("r"), (p.start, p.start + len(m.group("r"))))
            section = keep
            lead = len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())
            cur = Block("para", role, role_span, section, group, [(p.start + lead + m.end(), p.end)], None, list_id)
            continue
        if text.endswith((":", "：")) and R.bare_title_role(text, 12) and not text[:-1].endswith(WEAK_SUFFIXES):
            set_role(R.bare_title_role(text, 12), (p.start, p.end))
            bare_role_at = i
            continue
        if text.endswith((":", "：")) and p.line_start and p.blank_before and nxt is not None \
                and nxt.marker is not None and nxt.line_start and R.soft_title_role(text):
            set_role(R.soft_title_role(text), (p.start, p.end))     # `新媒体运营：` over a list
            bare_role_at = i
            continue
        if p.line_start and role and text.rstrip(":：") == role and (nxt is None or nxt.line_start):
            set_role(role, (p.start, p.end))         # the role's name restated on a line of its own
            continue
        if p.line_start:
            title = R.bare_title_role(text, 12)
            # a short job title alone between blank lines is a heading, never a wrap
            alone = p.blank_before and (nxt is None or (
                nxt.line_start and (p.blank_after or nxt.kind != "text" or nxt.marker is not None)))
            if title and title.endswith(VERB_SUFFIXES) and not alone:
                title = None
            if not title and alone and nxt is not None and (nxt.kind == "sect" or nxt.marker is not None):
                title = R.soft_title_role(text)
            if title and (alone or not (cur is not None and _open(ct, cur) and cur.kind == "item" and len(text) <= 3)):
                if nxt is None or nxt.kind != "text" or nxt.marker is not None or nxt.line_start:
                    set_role(title, (p.start, p.end))
                    bare_role_at = i
                    continue
        if p.line_start and nxt is not None and nxt.kind == "text" and nxt.marker is not None \
                and (nxt.line_start or text.endswith((":", "："))):
            name = _lead_in_role(text)
            if name:
                set_role(name, (p.start, p.end))     # `…的律师助理职责是这样写的：` over a list
                continue
        words = _spaced_words(ct, p.start, p.end)
        if words:
            # an unnumbered list of short phrases separated by spaces; job titles among
            # them start a new role, `名称：` a group
            close()
            for ws, we in words:
                w = ct[ws:we].strip()
                title = R.bare_title_role(w, 10)
                if title and not w.endswith(("：", ":")):
                    set_role(title, (ws, we))
                    continue
                if w.endswith(("：", ":")) and len(w) <= 10:
                    close()
                    group = w.rstrip(":：")
                    continue
                close()
                cur = Block("item", role, role_span, section, group, [(ws, we)], None, list_id)
            continue
        lead = _inline_lead_role(text) if p.line_start and p.marker is None else None
        if lead is not None:
            # `补充一下配送员的：送货上门；…` — a floor that adds a role and its list on one line:
            # never the wrap of the item before, and the lead-in is not part of the first row
            name, cut = lead
            off = len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())
            set_role(name, (p.start + off, p.start + off + cut))
            cur = Block("para", role, role_span, None, group, [(p.start + off + cut, p.end)], None, list_id)
            continue
        prev_b = out[-1] if out and cur is not None and out[-1].list_id == cur.list_id else None
        if cur is not None and _open(ct, cur) and (not cur.spans or (p.line_start and p.blanks_before < 2
                                                                     and not (p.blanks_before and _SIGN_NAME.fullmatch(text))
                                                                     and _wrapped(ct, cur, text, prev_b, p.blanks_before > 0))):
            cur.spans.append((p.start, p.end))
            continue
        if cur is not None and cur.kind == "item" and p.line_start and cur.marker is not None \
                and cur.marker.num is not None and _list_goes_on(stream, i, cur.marker):
            # a further paragraph of a numbered item: the list carries on after it
            cur.spans.append((p.start, p.end))
            continue
        close()
        if p.line_start:
            m = _SUBJECT.match(text)
            if m and R.bare_title_role(m.group("r"), 10) and (not role or (m.group("r") not in role and role not in m.group("r"))):
                set_role(R.bare_title_role(m.group("r"), 10), (p.start, p.start + len(m.group("r"))))
        start, sect = p.start, section
        lead = (_chat_lead(text, role) or _glued_requirement(text)) if p.line_start else None
        if lead is not None:
            # `新人一般从助理做起，主要工作：…` — the chatty lead-in before the colon is not the row
            cut, kind = lead
            start = p.start + (len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())) + cut
            if kind == "requirement" and section in (None, "duty", "duty?"):
                sect = "requirement"
            elif kind == "duty" and section is None:
                sect = "duty"          # `…主要工作：` names what follows: things to do
        cur = Block("para", role, role_span, sect, group, [(start, p.end)], None, list_id)
        cur.next_is_item = bool(nxt is not None and nxt.kind == "text" and nxt.marker is not None
                                and nxt.marker.kind in ("bullet", "num", "paren", "circ"))
    close()
    return _nest_groups(ct, _fill_empty_items(ct, _unmarked_lists(ct, out))) + chrome


# a conversational lead-in ending in a colon: `新人一般从助理做起，主要工作：`, `我们店对收银员的要求不高：`
_CHAT_COLON = re.compile(r"^(?P<lead>[^：:\n。；;]{4,40})[：:]\s*(?=\S)")
_CHAT_WORDS = re.compile(r"我们|我|咱们|你|大家|新人|新手|一般|通常|平时|其实|说实话|基本上|大概|大多|刚来|刚入职|入职后|进来")
_CHAT_LABEL = re.compile(r"(?P<r>要求|条件|门槛|资格)|(?P<d>工作|职责|内容|任务|活儿?|事情?|负责)")


def _chat_lead(text: str, role: str) -> tuple[int, str] | None:
    """A chatty lead-in before a colon: (offset of the text after it, "requirement" | "duty"),
    or None.  The lead-in talks (a pronoun, `一般`, or a clause before) and its last clause
    names what follows (`主要工作`, `要求不高`)."""
    m = _CHAT_COLON.match(text)
    if not m or len(text) - m.end() < 6:
        return None
    lead = m.group("lead").strip()
    if S.heading_section(lead) or S.looks_like_duty(lead) or R.heading_role(lead) is not None:
        return None
    clauses = [c for c in re.split(r"[，,]", lead) if c.strip()]
    last = clauses[-1] if clauses else ""
    label = _CHAT_LABEL.search(last)
    if not label or not (_CHAT_WORDS.search(lead) or (role and role in lead)):
        return None
    if len(clauses) < 2 and not _CHAT_WORDS.search(lead):
        return None
    return m.end(), "requirement" if label.group("r") else "duty"


# `补充一下配送员的：`, `再说说保洁的工作：` — a talk phrase, a role, then its list on the same line
_INLINE_LEAD = re.compile(r"^(?P<lead>[^：:。；;，,!！?？\s]{3,24}?)[:：]\s*(?=\S)")
_POST_LIST = re.compile(r"^(?P<r>[^\s:：，,。；;、!！?？]{2,12})\s*[:：]\s*(?=\S)")
_LEAD_TAIL = re.compile(r"的(?:岗位|主要|具体|日常)?(?:职责|工作(?:内容)?|活儿?|事情?|任务)?$")


def _inline_lead_role(text: str) -> tuple[str, int] | None:
    """(role, offset of the list after the colon) for a chatty lead-in that names a role and
    runs straight into its list (`；`-separated or numbered), or None."""
    post = _POST_LIST.match(text)
    if post:
        # `收银员：收银找零；日结对账` — a job title, a colon, then its `；`-separated duties
        name, rest = post.group("r"), text[post.end():]
        title = R.bare_title_role(name, 12)
        parts = [x for x in re.split(r"[；;]", rest) if x.strip(" 。.")]
        if title and len(parts) >= 2 and not name.endswith(WEAK_SUFFIXES) and not S.heading_section(name):
            return title, post.end()
    m = _INLINE_LEAD.match(text)
    if not m:
        return None
    lead, rest = m.group("lead"), text[m.end():]
    if not _TALK.match(lead).group() or not _LEAD_TAIL.search(lead):
        return None              # only a talk phrase says "here is another role's list"
    if not re.search(r"[；;]", rest) and not re.match(r"\s*(?:\d{1,2}|[①-⑳⑴-⒇])", rest):
        return None
    core = _LEAD_TAIL.sub("", lead)
    name = _lead_in_role(core + "的职责：")
    return (name, m.end()) if name else None


def _verb_object(title: str) -> bool:
    """`培训销售人员` reads as a task verb and a job as its object, not as a job title
    (`收发岗`, `管理员`: what follows the verb is no job by itself)."""
    m = S.DUTY_START.match(title)
    return bool(m) and len(title) - m.end() >= 2 and bool(R.bare_title_role(title[m.end():], 12))


def _glued_requirement(text: str) -> tuple[int, str] | None:
    """`要求会开叉车，有证优先。` — `要求` glued to qualifications (no colon): (offset after it,
    "requirement") or None.  `要求员工按时打卡` (a manager's task) is not one."""
    m = re.match(r"(?:对[^，,。；;:：]{1,10}的)?要求(?:是|就是)?(?=[^\s:：如以])", text)
    if not m:
        return None
    rest = text[m.end():]
    if not S.is_requirement_like(rest) or (S.looks_like_duty(rest) and not S.SKILL_START.match(rest)):
        return None
    return m.end(), "requirement"


def _lead_in_role(text: str) -> str | None:
    """The role a list's lead-in sentence names (the longest job title ending its subject)."""
    clause = [c for c in re.split(r"[。！？!?，,；;]\s*", text.strip()) if c.strip()][-1:] or [""]
    clause = clause[0].strip()            # `谢邀。…，说说我们部门新闻编辑的岗位职责吧：`: the last clause leads in
    m = _LEAD_IN.match(clause) if len(clause) <= 40 else None
    if not m:
        return None
    subject = m.group("r").rsplit("的", 1)[-1]
    subject = subject[_TALK.match(subject).end():] or subject
    words = tokenize(subject)
    # `我们`, `店里`, `所里`, `部门`: who and where, not the title, and whatever comes before
    # them (`这是我们单位会计` → `会计`)
    who = [n for n, w in enumerate(words) if w in _NOT_TITLE_WORDS or (len(w) >= 2 and w.endswith("里"))]
    if who and who[-1] < len(words) - 1:
        last = words[who[-1]]
        words = words[who[-1] + 1:]
        if last in _PRONOUNS and len(words) > 1 and len(words[0]) == 1:
            words = words[1:]    # `我们台`, `咱们厂`: the one-character place after the pronoun
    for k in range(len(words)):
        cand = "".join(words[k:])
        title = (R.bare_title_role(cand, 10) or R.soft_title_role(cand, 10)) if len(cand) <= 10 else None
        if title and re.search(r"..岗(?:位)?$", title):
            title = re.sub(r"岗(?:位)?$", "", title)     # `编导岗的职责`: the post is `编导`
        if title:
            return title     # the longest title that starts on a word boundary
    return None


_PRONOUNS = {"我们", "咱们", "本", "我", "你们", "他们"}
_NOT_TITLE_WORDS = {"部门", "本部门", "科室", "团队", "这边", "那边", "这里", "我们", "咱们", "公司", "本公司", "我司", "我公司", "单位", "本单位", "你们", "他们", "我", "你", "他", "她", "本", "该", "这个", "那个", "这", "那", "贵"}


def _alone_on_line(ct: str, b: Block) -> bool:
    """Whether the block's (first) span is all there is on its line."""
    s, e = b.spans[0]
    line_s = ct.rfind("\n", 0, s) + 1
    line_e = ct.find("\n", e)
    line_e = len(ct) if line_e < 0 else line_e
    return not (ct[line_s:s].strip() or ct[e:line_e].strip())


def _short_line(ct: str, b: Block) -> bool:
    """A block that is one whole short line without a sentence inside: a list entry."""
    if b.kind != "para" or len(b.spans) != 1 or b.described or not _alone_on_line(ct, b):
        return False
    s, e = b.spans[0]
    text = ct[s:e].strip()
    return (2 <= len(text) <= 30 and not re.search(r"[。！？!?]\s*\S", text) and not text.endswith((":", "："))
            and not _NOT_ENTRY.search(text))


# lines that are titles or document labels (`《…》`, `岗位说明书`, `…规定`), or the tail of a
# wrapped sentence (`与奖惩`), not entries of a list
_NOT_ENTRY = re.compile(r"职责|说明书|信息$|规定$|[《》]|\.docx?|^(?:与|和|及|或|的|并|等|以及)")


def _unmarked_lists(ct: str, bl: list[Block]) -> list[Block]:
    """Short unmarked lines right under a role or section heading, two or more: one item each.

    Without this, a line that does not open with a task verb (`打印日报表`, `能吃苦`) was
    judged as prose and could vanish.
    """
    i = 0
    while i < len(bl):
        head = i == 0 or bl[i - 1].list_id != bl[i].list_id
        j = i
        while j < len(bl) and bl[j].list_id == bl[i].list_id and _short_line(ct, bl[j]):
            j += 1
        if head and j - i >= 2:
            for b in bl[i:j]:
                b.kind = "item"
                b.unmarked = True
            i = j
        else:
            i = max(j, i + 1)
    return bl


def _fill_empty_items(ct: str, bl: list[Block]) -> list[Block]:
    """`1、 2、A。 B` — a marker left empty and the next item holding two sentences: split them."""
    out: list[Block] = []
    pending = 0
    for b in bl:
        if b.kind == "item" and not join_spans(ct, b.spans):
            pending += 1
            continue
        if pending and b.kind == "item" and len(b.spans) == 1:
            s, e = b.spans[0]
            cuts = [m.end() + s for m in re.finditer(r"。\s+(?=\S)", ct[s:e])][:pending]
            pos = s
            for c in cuts:
                out.append(Block(**{**b.__dict__, "spans": [(pos, c)]}))
                pos = c
            b = Block(**{**b.__dict__, "spans": [(pos, e)]})
        pending = 0
        out.append(b)
    return out


_GROUP_TITLE = re.compile(r"^(?P<g>[^，,。；;:：]{2,16})[:：]")


def _nest_groups(ct: str, bl: list[Block]) -> list[Block]:
    """`1、形象管理：…` followed by `A、…` items: the numbered line heads a nested group."""
    out: list[Block] = []
    i = 0
    while i < len(bl):
        b = bl[i]
        nxt = bl[i + 1] if i + 1 < len(bl) else None
        if (b.kind == "item" and b.marker is not None and nxt is not None and nxt.kind == "item"
                and nxt.marker is not None and nxt.marker.kind != b.marker.kind
                and nxt.marker.kind in ("letter", "bullet", "circ", "paren")
                and nxt.role == b.role and nxt.role_span == b.role_span):
            m = _GROUP_TITLE.match(join_spans(ct, b.spans))
            if m:
                name = m.group("g").strip()
                j = i + 1
                while j < len(bl) and bl[j].kind == "item" and bl[j].marker is not None \
                        and bl[j].marker.kind != b.marker.kind and bl[j].role_span == b.role_span:
                    if not bl[j].group or bl[j].group == b.group:
                        bl[j].group = name
                    j += 1
                i += 1
                continue
        out.append(b)
        i += 1
    return out


def _spaced_words(ct: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of an unnumbered list written as short phrases separated by spaces, or []."""
    raw = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", ct[start:end])]
    if len(raw) < 4:
        return []
    words: list[list[int]] = []
    for ws, we in raw:
        w = ct[ws:we]
        if words:
            prev = ct[words[-1][0]:words[-1][1]]
            # a wrap after a comma, or `PDI 专员`, stays one phrase
            if prev[-1] in "，,、《(（“" or w[0] in "》)）”，,、" or re.search(r"《[^》]*$", prev) \
                    or (re.fullmatch(r"[A-Za-z0-9]{1,5}", prev) and R.has_role_suffix(w)):
                words[-1][1] = we
                continue
        words.append([ws, we])
    lens = [b - a for a, b in words]
    if len(words) < 4 or max(lens) > 80 or sum(lens) / len(lens) > 20:
        return []
    if sum(1 for n in lens if n < 3) * 4 > len(words):
        return []              # fragments (`本帖 由 admin 于`), not phrases
    if sum(1 for a, b in words[:-1] if ct[b - 1] == "。") * 4 > len(words):
        return []
    return [(a, b) for a, b in words]


def _next_marker_kind(stream: list[Piece], i: int) -> str | None:
    """Marker kind of the next marked piece after `i`, if any before a heading."""
    for p in stream[i + 1:i + 8]:
        if p.kind != "text":
            return None
        if p.marker is not None:
            return p.marker.kind
    return None


def _outline_child(ct: str, q: Piece, mk: Marker) -> bool:
    """Is the multi-level number before piece `q` the first child of item `mk` (`2.1` under
    `2.`)?  A `2.2 …` heading after the last item `2. …` of a list is its sibling's child."""
    text = ct[max(0, q.start - (q.marker.end - q.marker.start)):q.start]
    nums = re.findall(r"\d+", text)
    return len(nums) >= 2 and mk.num is not None and int(nums[0]) == mk.num and int(nums[1]) == 1


def _sibling_items(stream: list[Piece], i: int, mk: Marker) -> bool:
    """Is the marked piece `i` one of a run of same-kind numbers with nothing between them
    (`（一）…` `（二）…` `（三）…` lines in a row)?  A heading over nothing is no group: a
    clause-long line among such siblings is an item of the list."""
    if mk.num is None:
        return False
    for j, step in ((i + 1, 1), (i - 1, -1)):
        if 0 <= j < len(stream):
            q = stream[j]
            if q.kind == "text" and q.line_start and q.marker is not None and q.marker.kind == mk.kind \
                    and q.marker.num == mk.num + step:
                return True
    return False


def _list_goes_on(stream: list[Piece], i: int, mk: Marker) -> bool:
    """Is the next marked piece after `i` (unmarked text only in between) the next number of `mk`'s list?"""
    for p in stream[i + 1:i + 6]:
        if p.kind != "text":
            return False
        if p.marker is not None:
            return p.marker.kind == mk.kind and p.marker.num == (mk.num or 0) + 1
    return False


def _wrapped(ct: str, b: Block, nxt_text: str, prev: Block | None = None, blank: bool = False) -> bool:
    """Is the next line the rest of the block's last line (a wrap), not a new unmarked item?

    HTML lists and plain one-item-per-line lists have short lines that each stand alone;
    a wrapped line follows a long line or a clause left open by a comma.  `prev` is the
    block before `b` in the same list, if any.
    """
    end = b.spans[-1][1]
    line = ct[ct.rfind("\n", 0, end) + 1:end].strip()
    if _NEW_LINE_START.match(nxt_text):
        return False             # `注：…` / `附：…` / `另外，…` / `XX.pdf`: a note, an aside or a file, never a wrap
    if blank and b.kind == "item" and b.marker is not None and "。" not in line and not nxt_text.startswith(_GLUE_START) \
            and re.search(r"。\s*[^\s。]{4,}", nxt_text):
        return False             # sentences of prose after an item and a blank line: a paragraph of its own
    if blank and b.kind == "item" and b.marker is not None and len(line) < 24 and line[-1:] not in "，,、：:（(" \
            and not nxt_text.startswith(_GLUE_START) and re.search(r"[。！!]\s*$", nxt_text):
        return False             # a whole sentence after a short item and a blank line: a closing notice, no wrap
    if nxt_text.startswith(("年以上", "年及以上")) and not re.search(r"[\d一二三四五六七八九十两]$", line):
        return False             # `年以上…经验` after a complete line: an item whose number was lost
    if line[-1:] in "，,、：:（(":
        return True
    if _one_per_line(ct, prev, b, line) and not nxt_text.startswith(_GLUE_START):
        return False             # the list's lines stand alone: a line narrower than one that stood alone was not wrapped
    if _CLOSING.match(nxt_text):
        return False             # `就这些，…` after the last item closes the list
    if CLOSING_NOTICE.search(nxt_text) and not S.looks_like_duty(nxt_text):
        return False             # `有意者请将简历…`, `营业时间为…热线…`, `收到请回复`: a notice to readers
    if _FIELD.match(nxt_text) and _FIELD.match(line):
        return False             # `科系要求：…` then `擅长工具：…`: a post's fields, one a line
    if nxt_text.startswith(("【", "[")):
        return False             # a bracketed label (`【注意】…`) opens a line of its own
    if len(line) < 16:
        return b.kind == "item" and len(line) >= 8 and not S.looks_like_duty(nxt_text)
    if S.looks_like_duty(nxt_text) and len(line) < 30:
        return False
    return True


# how a line opens that never carries on the line before: a note (`注：`, `附：`, `备注：`), an
# aside (`另外，…`), an attached file's name (`XX-01.pdf`)
_NEW_LINE_START = re.compile(r"^(?:(?:注|附|备注|附注|说明|注意|提示|附件|PS|P\.S\.)\s*[\d一二三]?\s*[:：]"
                             r"|(?:另外|此外|另|补充一下|顺便说一下|顺便说下|最后)[，,]"
                             r"|[^\s，,。；;：:]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|txt|zip|rar|jpe?g|png)(?![A-Za-z]))",
                             re.I)


# a name alone on a line after a blank one (a letter's signature): never the wrap of the item above
_SIGN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


# a post's field on its line: a short label, a colon, its value (`工作性质：全职`)
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")


# how the rest of a wrapped sentence may open: a particle, conjunction or closing mark
_GLUE_START = tuple("的地得和及与并或等了着过中上下后时内外里者）)》”，,、；;。.")


def _width(text: str) -> int:
    """Display width: a Han or full-width character counts two, ASCII one."""
    return sum(1 if ord(c) < 0x2E80 else 2 for c in text)


def _one_per_line(ct: str, prev: Block | None, b: Block, line: str) -> bool:
    """An unmarked one-item-per-line list: `prev` stood alone on its whole line, `b` is one
    line too, and `b`'s line is narrower than `prev`'s by more than a character (a hard wrap cuts
    at the text's full width, which a line that stood alone already reached)."""
    if prev is None or prev.kind not in ("item", "para") or prev.marker is not None or b.marker is not None \
            or len(prev.spans) != 1 or len(b.spans) != 1 or prev.described or b.described \
            or not _alone_on_line(ct, prev):
        return False
    s, e = prev.spans[0]
    bs = b.spans[0][0]
    if ct[ct.rfind("\n", 0, bs) + 1:bs].strip():
        return False
    prev_line = ct[s:e].strip()
    return len(prev_line) >= 8 and _width(line) < _width(prev_line) - 2


# a line that ends on a date or a date stamp (`2025/09/12 更新`): complete, never wrapped on
_DATED = re.compile(r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?\s*(?:更新|发布|修订|刊登|生效)?$")


def _last_line(ct: str, b: Block) -> str:
    """The block's last physical line, whole."""
    end = b.spans[-1][1] if b.spans else 0
    line_e = ct.find("\n", end)
    return ct[ct.rfind("\n", 0, end) + 1:len(ct) if line_e < 0 else line_e].strip()


def _last_line_len(ct: str, b: Block) -> int:
    """Length of the block's last line (a wrap follows a long line)."""
    if not b.spans:
        return 0
    start, end = b.spans[-1]
    return len(ct[max(start, ct.rfind("\n", 0, end) + 1):end].strip())


def _open(ct: str, b: Block) -> bool:
    """Can the block take a wrapped continuation line?"""
    if not b.spans:
        return b.kind == "item"
    last = ct[b.spans[-1][0]:b.spans[-1][1]].rstrip()
    if not last:
        return False
    if b.kind == "item" and last[-1] in ":：":
        return True
    return last[-1] not in TERMINAL + ":："

def join_spans(ct: str, spans: list[tuple[int, int]]) -> str:
    """The text of a block's spans, lines joined without spaces."""
    return "".join(ct[s:e].strip() for s, e in spans).strip()
