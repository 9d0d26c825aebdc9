"""Decoded document text → duty records (role, section, item).

Three passes, each a plain function:
1. `clean_document` (normalize/clean.py) repairs and simplifies the text, keeping an offset
   map back to the input.
2. `pieces` cuts every line at list markers and at role / section headings found inside
   flattened lines, giving a flat stream of role, section and text pieces.
3. `blocks` walks that stream with the running role, section and group, joins wrapped lines
   to their item, and `records` turns each block into rows (splitting unnumbered `；` / space
   lists, deciding summary / requirement / authority from content where headings are silent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.clean import Cleaned, clean_document
from normalize.punct import chinese_punct
from parsers import roles as R
from parsers import sections as S
from parsers.lists import Marker, find_markers
from parsers.records import DutyRecord
from parsers.tokens import tokenize

TERMINAL = "。！？!?；;"
WEAK_SUFFIXES = ("接待",)   # also common in item titles (`现场接待：`)
_CJK = r"\u3400-\u9fff"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}，。、；：！？（）“”《》,.;:!?()])\s+|\s+(?=[{_CJK}，。、；：！？（）“”《》,.;:!?()])")
# a role heading at the start of a piece of text (`售后经理岗位职责 …`, `维修技师职责 …`)
_HEAD_START = re.compile(
    rf"^(?P<h>[*＊]?(?:(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]?\s*|篇\s*[\d一二三四五六七八九十]*\s*[:：]\s*)?[^\s。；;，,:：]{{1,30}}?{R.TITLE_WORDS}(?:及行为规范|范本|示范文本|模板|之[一二三四五六七八九十])?"
    r"(?:\s*(?:篇\s*)?[\d一二三四五六七八九十]{1,2}(?:篇)?|篇)?(?:[(（][^()（）]{0,20}[)）])?)"
    r"(?:包括以下方面|包括以下内容|包括|如下|主要有|有)?(?:\s*[:：]\s*|\s+|$|(?=[\d①-⑳(（◆●■*\-])|(?=[^\s:：，,。]{2,12}[:：]))")
# a strong role heading inside flattened text, after a boundary
_HEAD_MID = re.compile(
    r"(?<=[\s。；;])(?P<h>[*＊]?(?:(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]?\s*|篇[\d一二三四五六七八九十]+\s*[:：]\s*)?[^\s。；;，,:：、]{2,30}?(?:[:：][A-Za-z]{1,6})?(?:岗位职责|工作职责|岗位说明书|职责说明书|的工作内容)"
    r"(?:及行为规范|范本)?(?:\s*(?:篇\s*)?\d{1,2}|篇[一二三四五六七八九十]+)?)"
    r"(?:包括以下方面|包括以下内容|包括|如下|主要有)?\s*[:：]?(?=\s|$)")
_HEAD_SPACED = re.compile(r"^(?P<h>[^\s。；;，,:：]{2,12}\s(?:岗位职责|工作职责))\s*(?:[:：]\s*|$)")
# `…其它职权. 售后服务部经理职责 1、…`: a plain `职责` heading right before a numbered list
_HEAD_MID_WEAK = re.compile(
    r"(?<=[。.；;]\s)(?P<h>[^\s。；;，,:：、.]{2,16}?职责)\s*[:：]?(?=\s*(?:\d{1,2}[、.．]|[①-⑳(（◆●■]|$))")
# separators inside duty tables: `职责一`, `职责描述：`, `工作时间百分比：`
_SEP = re.compile(r"(?:(?:^|(?<=[\s。；;]))职责\s?[一二三四五六七八九十]+\s*[:：]?|(?P<desc>职责描述\s*[:：])|工作时间百分比\s*[:：]?|(?:^|(?<=[\s。；;]))工作\s*任务(?=\s))")
# `销售顾问：…` / `人力资源：人力资源部门负责…`
_ROLE_COLON = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,14})\s*[:：]\s*")
_ARTICLE = re.compile(r"^\s*(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]\s*(?P<t>.+?)\s*$")
# `… 售后服务顾问:售后服务顾问是…` — a role named and then described, inside a line
_ROLE_REPEAT = re.compile(r"(?:^|(?<=[\s。]))(?P<r>[^\s:：，,。；;、]{2,10})[:：]\s*(?=(?P=r))")
_TAIL_ROLE = re.compile(r"(?<=[。；;])\s*(?P<h>[^\s。；;，,:：、]{2,12})[:：]\s*$")
_RELATED = re.compile(r"^\s*(?:相关|热门|推荐|最新|更多|延伸|猜你)(?:文章|推荐|文档|主题|阅读|喜欢|范文|内容)\s*[:：]?\s*$|^\s*文本预览\s*$")
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十\d]+章")
_NAMED = re.compile(r"^\s*(?:岗位名称|职务名称|职位名称|岗位|职位|职务)\s*[:：]\s*(?P<r>[^\s:：，,。；;]{2,20}?)(?:\s+|$|(?=\d))")
_ROLE_SPACE = re.compile(r"^(?P<r>[^\s:：，,。；;、]{2,12})\s+")
_SUBJECT = re.compile(rf"^(?P<r>[^\s:：，,。；;、]{{2,12}}?)(?:是|负责|在|作为|主要负责)")
_NUMERAL_ONLY = re.compile(r"[\d一二三四五六七八九十百]{1,3}[、.．]?")
SITE_STRONG = re.compile(r"小编|本文|范文网|下载到电脑|Word文档|供大家|收藏本文|点击下载|免费下载")
SITE_CHATTER = re.compile(r"小编|范文|供大家|仅供参考|供参考|下载|整理的|本文|欣赏|分享到|收藏|点击查看|点击进入|阅读全文|阅读更多|网站|网友|免费|精选|推荐阅读|推荐文章|相关推荐|相关文档|相关主题|文本预览|当前位置|时间[:：]")
STRONG_QUAL = re.compile(r"学历|学位|\d+\s*年以上.{0,12}经验|年龄|\d+\s*岁|驾驶证|驾照|^(?:大专|本科|中专|高中)")
SUMMARY_CUE = re.compile(r"是|作为|包括|如下|以下|负责.{0,30}(?:工作|管理)")


@dataclass
class Piece:
    kind: str                 # role | sect | text
    start: int                # span in the cleaned text (content, marker excluded)
    end: int
    value: str = ""           # role name or section for headings
    marker: Marker | None = None
    line_start: bool = False  # begins its line (or its marker does)
    named: bool = False       # a `岗位名称：XX` role


@dataclass
class Block:
    kind: str                 # item | para
    role: str
    role_span: tuple[int, int]
    section: str | None
    group: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    marker: Marker | None = None
    list_id: int = 0
    next_is_item: bool = False
    described: bool = False   # the text after `岗位名：` — a description of the role


def extract(text: str) -> list[DutyRecord]:
    """All duty records of one document's decoded text."""
    if not text or not text.strip():
        return []
    cleaned = clean_document(text)
    stream = pieces(cleaned.text)
    return records(cleaned, text, blocks(cleaned.text, stream))


# ---------------------------------------------------------------- pass 2: pieces
def pieces(ct: str) -> list[Piece]:
    out: list[Piece] = []
    expected: dict[str, int] = {}
    pos = 0
    for line in ct.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.extend(_line_pieces(body, pos, expected))
        pos += len(line)
    return out


def _line_pieces(line: str, base: int, expected: dict[str, int]) -> list[Piece]:
    markers = find_markers(line, expected)
    segs: list[tuple[Marker | None, int, int]] = []
    first = len(line) - len(line.lstrip())
    if not markers or markers[0].start > first:
        segs.append((None, first, markers[0].start if markers else len(line)))
    for i, mk in enumerate(markers):
        segs.append((mk, mk.end, markers[i + 1].start if i + 1 < len(markers) else len(line)))
    out: list[Piece] = []
    for n, (mk, s, e) in enumerate(segs):
        out.extend(_segment_pieces(line, s, e, base, mk, line_start=(n == 0)))
    return out


def _segment_pieces(line: str, s: int, e: int, base: int, mk: Marker | None,
                    line_start: bool) -> list[Piece]:
    seg = line[s:e]
    if not seg.strip():
        return [Piece("text", base + s, base + s, marker=mk, line_start=line_start)] if mk else []
    out: list[Piece] = []
    # the page's list of related articles, or a new chapter: no role until a heading names one
    if line_start and mk is None and (_RELATED.match(seg) or (_CHAPTER.match(seg) and R.heading_role(seg.strip()) is None)):
        return [Piece("role", base + s, base + e, "", None, line_start)]
    # an article title (`推荐第7篇：…`) starts a new article: its role, or none
    m = _ARTICLE.match(seg)
    if m and R.heading_role(seg.strip()) is None:
        name = R.bare_title_role(m.group("t"), 14) or ""
        return [Piece("role", base + s, base + e, name, mk, line_start)]
    # `岗位名称：XX` / `职务名称：XX`
    m = _NAMED.match(seg)
    if m:
        out.append(Piece("role", base + s, base + s + m.end("r"), R.tidy_role(m.group("r")), mk, line_start,
                         named=True))
        return out + _segment_pieces(line, s + m.end(), e, base, None, False)
    # `大客户经理 岗位职责：`
    m = _HEAD_SPACED.match(seg)
    if m:
        role = R.heading_role(m.group("h"))
        if role:
            out.append(Piece("role", base + s, base + s + m.end("h"), role, mk, line_start))
            return out + _segment_pieces(line, s + m.end(), e, base, None, False)
    # role heading at the very start of the segment
    m = _HEAD_START.match(seg)
    if m and S.heading_section(re.sub(r"(?:包括以下方面|包括以下内容|包括|如下|主要有|有)$", "", m.group("h"))):
        m = None
    if m:
        role = R.heading_role(m.group("h"))
        if role is not None:
            out.append(Piece("role", base + s, base + s + m.end("h"), role, mk, line_start))
            return out + _segment_pieces(line, s + m.end(), e, base, None, False)
    # cut at strong role headings and section headings inside the segment
    cuts: list[tuple[int, int, str, str]] = []
    for m in list(_HEAD_MID.finditer(seg)) + list(_HEAD_MID_WEAK.finditer(seg)):
        role = R.heading_role(m.group("h"))
        if role is not None and not S.heading_section(m.group("h")):
            cuts.append((m.start("h"), m.end(), "role", role))
    for hs, he, section in S.find_inline_headings(seg):
        if any(c[0] <= hs < c[1] for c in cuts):
            continue
        before = seg[:hs].rstrip()
        # a heading inside a line follows a sentence end or another heading, not a wrap space
        if before and before[-1] not in "。；;:：!！?？" and not any(c[1] >= len(before) for c in cuts):
            continue
        if seg.startswith("职责描述", hs) and seg[he:].strip() and not re.match(r"\s*(?:\d|[(（\u2460-\u2473])", seg[he:]):
            cuts.append((hs, he, "sep", "group"))       # a duty table: the description names a group
            continue
        cuts.append((hs, he, "sect", section))
    for m in _ROLE_REPEAT.finditer(seg):
        name = m.group("r")
        if R.bare_title_role(name, 10) and not any(c[0] <= m.start() < c[1] for c in cuts):
            cuts.append((m.start("r"), m.end(), "role", R.bare_title_role(name, 10)))
    m = _TAIL_ROLE.search(seg)
    if m and R.bare_title_role(m.group("h"), 12) and not any(c[0] <= m.start("h") < c[1] for c in cuts):
        cuts.append((m.start("h"), m.end(), "role", R.bare_title_role(m.group("h"), 12)))
    for m in _SEP.finditer(seg):
        if not any(c[0] <= m.start() < c[1] for c in cuts):
            cuts.append((m.start(), m.end(), "sep", "group" if m.group("desc") else ""))
    cuts.sort()
    pos = 0
    marker = mk
    for hs, he, kind, value in cuts:
        if hs < pos:
            continue
        if kind == "sep":
            if seg[pos:hs].strip():
                out.append(Piece("text", base + s + pos, base + s + hs, marker=marker,
                                 line_start=line_start and pos == 0))
                marker = None
            out.append(Piece("sep", base + s + hs, base + s + he, value, marker, False))
            return out + _segment_pieces(line, s + he, e, base, None, False)
        if seg[pos:hs].strip():
            out.append(Piece("text", base + s + pos, base + s + hs, marker=marker,
                             line_start=line_start and pos == 0))
            marker = None
        elif marker is not None and kind == "role":
            pass
        out.append(Piece(kind, base + s + hs, base + s + he, value, marker,
                         line_start and not seg[:hs].strip()))
        marker = None
        pos = he
    if seg[pos:].strip() or (marker is not None and pos == 0):
        out.append(Piece("text", base + s + pos, base + s + len(seg), marker=marker,
                         line_start=line_start and pos == 0))
    return out


# ---------------------------------------------------------------- pass 3: blocks
def blocks(ct: str, stream: list[Piece]) -> list[Block]:
    out: list[Block] = []
    role, role_span, section, group = "", (0, 0), None, ""
    cur: Block | None = None
    list_id = 0
    last_marker_kind = None
    last_head_kind = None
    bare_role_at: int | None = None

    def close():
        nonlocal cur
        if cur is not None and (cur.spans or cur.kind == "item"):
            out.append(cur)
        cur = None

    def set_role(name: str, span: tuple[int, int]):
        nonlocal role, role_span, section, group, list_id, last_marker_kind
        close()
        role, role_span, section, group = name, span, None, ""
        list_id += 1
        last_marker_kind = None

    other_until_line_end = False
    other_prev: str | None = None
    group_next = False
    for i, p in enumerate(stream):
        text = ct[p.start:p.end].strip()
        nxt = stream[i + 1] if i + 1 < len(stream) else None
        if p.kind == "role":
            if p.named and bare_role_at is not None and bare_role_at == i - 1:
                # `4、网络电话主管` then `职务名称：展厅主管`: the heading wins
                continue
            set_role(p.value, (p.start, p.end))
            bare_role_at = None
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
        if p.kind == "sect" and p.line_start and cur is not None and cur.kind == "para" and _open(ct, cur) \
                and not (nxt is not None and nxt.kind == "text" and not nxt.line_start and nxt.marker is None):
            cur.spans.append((p.start, p.end))
            close()
            section, group = p.value, ""
            list_id += 1
            continue
        if p.kind == "sect":
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
            sect = S.heading_section(bare) if len(bare) <= 14 else None
            if sect:
                close()
                section, group = sect, ""
                list_id += 1
                continue
            head = R.heading_role(bare) if len(bare) <= 30 else None
            if head:
                set_role(head, (p.start, p.end))
                continue
            title = R.bare_title_role(bare, 12) if mk.kind != "letter" else None
            if title and title.endswith(WEAK_SUFFIXES) and text.endswith((":", "：")):
                title = None
            if title and (mk.kind in ("cn", "pcn", "multi") or len(title) <= 10):
                set_role(title, (p.start, p.end))
                last_head_kind = mk.kind
                bare_role_at = i
                continue
            m = _ROLE_COLON.match(text) or _ROLE_SPACE.match(text)
            if m:
                name = m.group("r")
                rest = text[m.end():]
                t = R.bare_title_role(name, 12)
                if (t and not name.endswith(WEAK_SUFFIXES) and mk.kind in ("bullet", "num", "cn", "pcn")
                        and (":" in m.group() or "：" in m.group() or rest.startswith(name)))\
                        or (rest.startswith(name) and R.plausible_role(name, 8) and rest[len(name):len(name) + 1] not in "员师长工")\
                        or (not rest and R.plausible_role(name, 8) and mk.kind == last_head_kind and mk.kind in ("num", "bullet")):
                    last_head_kind = mk.kind
                    set_role(R.tidy_role(name), (p.start, p.start + len(name)))
                    cur = Block("para", role, role_span, section, group,
                                [(p.start + m.end() + (len(ct[p.start:p.end]) - len(ct[p.start:p.end].lstrip())), p.end)],
                                None, list_id, described=True)
                    continue
            if mk.kind == "cn" and cur is not None and cur.kind == "item" and _open(ct, cur) \
                    and cur.marker is not None and cur.marker.kind != "cn" \
                    and (len(bare) > 20 or "，" in bare or "," in bare
                         or (mk.num == 1 and ct[:p.start - (mk.end - mk.start)].rstrip()[-1:] in "统唯同之逐专单划归合整")):
                cur.spans.append((p.start - (mk.end - mk.start), p.end))
                continue
            nested = _next_marker_kind(stream, i) not in (None, mk.kind)
            if mk.kind in ("cn", "pcn") and bare and len(bare) <= 20 and bare[-1] not in TERMINAL + "，,." \
                    and (nested or not S.looks_like_duty(bare)):
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
            close()
            if last_marker_kind is not None and mk.kind != last_marker_kind and mk.kind in ("cn", "pcn"):
                group = ""
            last_marker_kind = mk.kind
            cur = Block("item", role, role_span, section, group, [(p.start, p.end)] if text else [],
                        mk, list_id)
            continue
        # unmarked text
        if not text or _NUMERAL_ONLY.fullmatch(text):
            continue
        if text.endswith((":", "：")) and R.bare_title_role(text, 12) and not text[:-1].endswith(WEAK_SUFFIXES):
            set_role(R.bare_title_role(text, 12), (p.start, p.end))
            bare_role_at = i
            continue
        if p.line_start:
            title = R.bare_title_role(text, 12)
            if title and not (cur is not None and _open(ct, cur) and cur.kind == "item" and len(text) <= 3):
                if nxt is None or nxt.kind != "text" or nxt.marker is not None or nxt.line_start:
                    set_role(title, (p.start, p.end))
                    bare_role_at = i
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
        if cur is not None and _open(ct, cur) and (not cur.spans or (p.line_start and _wrapped(ct, cur, text))):
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
            if m and R.bare_title_role(m.group("r"), 10) and m.group("r") not in role and role not in m.group("r"):
                set_role(R.bare_title_role(m.group("r"), 10), (p.start, p.start + len(m.group("r"))))
        cur = Block("para", role, role_span, section, group, [(p.start, p.end)], None, list_id)
        cur.next_is_item = bool(nxt is not None and nxt.kind == "text" and nxt.marker is not None
                                and nxt.marker.kind in ("bullet", "num", "paren", "circ"))
    close()
    return _nest_groups(ct, _fill_empty_items(ct, out))


def _fill_empty_items(ct: str, bl: list[Block]) -> list[Block]:
    """`1、 2、A。 B` — a marker left empty and the next item holding two sentences: split them."""
    out: list[Block] = []
    pending = 0
    for b in bl:
        if b.kind == "item" and not _join(ct, b.spans):
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
            m = _GROUP_TITLE.match(_join(ct, b.spans))
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


def _list_goes_on(stream: list[Piece], i: int, mk: Marker) -> bool:
    """Is the next marked piece after `i` (unmarked text only in between) the next number of `mk`'s list?"""
    for p in stream[i + 1:i + 6]:
        if p.kind != "text":
            return False
        if p.marker is not None:
            return p.marker.kind == mk.kind and p.marker.num == (mk.num or 0) + 1
    return False


def _wrapped(ct: str, b: Block, nxt_text: str) -> bool:
    """Is the next line the rest of the block's last line (a wrap), not a new unmarked item?

    HTML lists and plain one-item-per-line lists have short lines that each stand alone;
    a wrapped line follows a long line or a clause left open by a comma.
    """
    end = b.spans[-1][1]
    line = ct[ct.rfind("\n", 0, end) + 1:end].strip()
    if nxt_text.startswith(("年以上", "年及以上")) and not re.search(r"[\d一二三四五六七八九十两]$", line):
        return False             # `年以上…经验` after a complete line: an item whose number was lost
    if line[-1:] in "，,、：:（(":
        return True
    if len(line) < 16:
        return b.kind == "item" and len(line) >= 8 and not S.looks_like_duty(nxt_text)
    if S.looks_like_duty(nxt_text) and len(line) < 30:
        return False
    return True


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


# ---------------------------------------------------------------- pass 4: records
@dataclass
class _Row:
    role: str
    role_span: tuple[int, int]
    section: str
    group: str
    spans: list[tuple[int, int]]
    list_id: int
    open: bool = False      # its last clause ended with a comma: the next one may join it


def records(cleaned: Cleaned, raw: str, blist: list[Block]) -> list[DutyRecord]:
    ct = cleaned.text
    any_role = any(b.role for b in blist)
    rows: list[_Row] = []
    # list-level vote for `岗位要求`-style headings: things to do → duty, else requirement
    votes: dict[int, list[bool]] = {}
    for b in blist:
        if b.section == "duty?" and b.kind == "item":
            t = _join(ct, b.spans)
            votes.setdefault(b.list_id, []).append(S.looks_like_duty(t) and not STRONG_QUAL.search(t))
    role_has_items: set[tuple[str, tuple[int, int]]] = set()
    for b in blist:
        if not b.role and any_role:
            continue
        text = _join(ct, b.spans)
        if not text:
            continue
        key = (b.role, b.role_span)
        sec = b.section
        if b.kind == "item":
            if sec in ("other",):
                continue
            if sec == "duty?":
                v = votes.get(b.list_id, [])
                sec = "duty" if v and sum(v) * 2 >= len(v) else ("requirement" if S.is_qualification(text) else "duty")
            elif sec in (None, "duty"):
                sec = "requirement" if STRONG_QUAL.search(text) else "duty"
            elif sec == "summary":
                sec = "requirement" if S.is_qualification(text) else "duty"
            if sec == "duty" and S.is_authority_item(text):
                sec = "authority"
            role_has_items.add(key)
            rows.append(_Row(b.role, b.role_span, sec, b.group, b.spans, b.list_id))
            continue
        # unmarked paragraph
        if (SITE_CHATTER.search(text) and not S.looks_like_duty(text)) or SITE_STRONG.search(text):
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4:
            continue
        rows.extend(_para_rows(ct, b, sec, key in role_has_items))
        if any(r.section == "duty" for r in rows[-3:]):
            role_has_items.add(key)
    out: list[DutyRecord] = []
    seq: dict[tuple, int] = {}
    for r in rows:
        text = _finish(_join(ct, r.spans))
        if len(re.sub(r"\W", "", text)) < 2:
            continue
        start, end = _span(cleaned, r.spans)
        k = (r.role, r.role_span, r.section)
        seq[k] = seq.get(k, 0) + 1
        rs, re_ = cleaned.tracked.span(*r.role_span) if r.role_span[1] > r.role_span[0] else (0, 0)
        flags = ["residual_garble"] if cleaned.garbled(start, end) else []
        out.append(DutyRecord(
            role=r.role, role_raw=_raw(raw, rs, re_), section=r.section, seq=seq[k], duty=text,
            duty_raw=_raw(raw, start, end), char_start=start, char_end=end,
            role_canonical=R.canonical(r.role) if r.role else "", group=r.group,
            tokens=tokenize(text), repairs=cleaned.repairs_in(start, end), flags=flags))
    return out


def _para_rows(ct: str, b: Block, sec: str | None, role_listed: bool) -> list[_Row]:
    """Rows of an unmarked paragraph, by the section it sits in and what it says."""
    spans = _cut_conclusion(ct, b.spans)
    text = _join(ct, spans)

    def row(section: str, sp: list[tuple[int, int]]) -> _Row:
        return _Row(b.role, b.role_span, section, b.group, sp, b.list_id)

    if sec == "other" or not b.role and sec is None:
        return []
    parts = _split(ct, spans, "；;", period_space=True)
    prose = bool(re.search(r"。(?=\S)", text.rstrip("。 ")))
    if sec == "duty?" and not S.looks_like_duty(text):
        sec = "requirement"          # prose under `任职要求` that is not a task: qualifications/description
    if sec in (None, "duty", "duty?", "authority"):
        listed = len(parts) >= 3 or (len(parts) == 2 and re.search("[；;]", text))
        if (listed and not prose) or sec in ("duty", "duty?", "authority"):
            out = []
            for sp in parts:
                t = _join(ct, sp)
                s = "authority" if sec == "authority" or S.is_authority_item(t) else (
                    "requirement" if STRONG_QUAL.search(t) or (sec == "duty?" and S.is_qualification(t)) else "duty")
                out.append(row(s, sp))
            return out
        if b.described and not role_listed and not STRONG_QUAL.search(text):
            return [row("summary", spans)]
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
    # summary / requirement headings: clauses are qualifications (requirement rows, one per
    # `；`/`。` sentence) or a description of the work (one summary row)
    out: list[_Row] = []
    kind_prev = "summary"
    for sp, sep in _clauses(ct, spans):
        t = _join(ct, sp)
        kind = "requirement" if S.is_qualification(t) else (
            "summary" if S.looks_like_duty(t) or not out else kind_prev)
        if out and out[-1].section == kind and (kind == "summary" or out[-1].open):
            out[-1].spans = out[-1].spans + sp
        else:
            out.append(row(kind, list(sp)))
        out[-1].open = sep in "，,、"
        kind_prev = kind
    return out


_QUAL_END = re.compile(r"(?<=经验|学历|专业|优先|以上)(?=负责|协助|完成|做好|配合|参与)")


def _clauses(ct: str, spans: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], str]]:
    """Clauses cut at `，,；;。` (and where a duty starts right after a qualification),
    each with the separator that ended it ("" at the end or at a zero-width cut)."""
    out: list[tuple[list[tuple[int, int]], str]] = []
    cur: list[tuple[int, int]] = []
    for s, e in spans:
        cuts = {m.start() + s for m in _QUAL_END.finditer(ct[s:e])}
        if _join(ct, cur) and S.looks_like_duty(ct[s:e].lstrip()):
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
                if _join(ct, cur):
                    out.append((cur, ct[i]))
                cur, pos = [], i + 1
        if e > pos:
            cur.append((pos, e))
    if _join(ct, cur):
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
                if _join(ct, out[-1]):
                    out.append([])
                pos = i + 1
        if e > pos:
            out[-1].append((pos, e))
    return [sp for sp in out if _join(ct, sp)]


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


def _join(ct: str, spans: list[tuple[int, int]]) -> str:
    return "".join(ct[s:e].strip() for s, e in spans).strip()


def _finish(text: str) -> str:
    """Guideline cleaning of one item's text."""
    text = _SPACE_IN_CJK.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?:\s+\d{1,2})+$", "", text)          # a lost number left at the end
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
