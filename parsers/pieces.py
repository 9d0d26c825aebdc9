"""Pass 2 of segmentation: cleaned text → a flat stream of role, section and text pieces.

Every line is cut at list markers (parsers/lists.py), and inside flattened lines at role
headings (`…。 售后经理岗位职责 1、…`), section headings (`任职资格：`), table separators
(`职责一`, `工作时间百分比`) and `岗位名：岗位名…` descriptions.  Pieces keep offsets
into the cleaned text.

Layout furniture is chrome here too: an e-mail's header block and quoted earlier mail, and a
document title repeated at page breaks (the running header of a PDF dump).  A bilingual field
(`Position: Cutter 职位：裁剪师`) names the post; a table's category column (`类别`: 职责/要求)
sets each row's section.  A table of posts may be drawn (`│`, `|`, tabs) or aligned with runs of
spaces (parsers/spaced.py: a PDF dumped to text, cells wrapping under their column); a
handbook's `4-2 销售顾问` headings beside one that names a post are posts too.  A notice's
title on its own line (`…2026年招聘公告`, `…招聘启事`) starts a new part naming no role, never
an item of the list above; `保安岗位职责说明` is a post's heading, `运行处岗位职责说明` is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import roles as R
from parsers import sections as S
from parsers.chrome import line_chrome
from parsers.csvtext import csv_table
from parsers.flattable import flat_table
from parsers.lists import Marker, find_markers
from parsers.spaced import spaced_tables, two_columns, width as _dwidth

# what may follow a heading before its colon: `包括`, `主要包括以下几个方面`, `如下`, `有`
_INTRO = r"(?:(?:主要)?(?:包括|包含|有|如下)(?:以下|下列|如下)?(?:几个|几|[一二三四五六七八九十\d]{1,2}个)?(?:方面|内容|几点|点|项|条)?(?:如下)?|如下)"
# a role heading at the start of a piece of text (`售后经理岗位职责 …`, `维修技师职责 …`)
_HEAD_START = re.compile(
    rf"^(?P<h>[*＊]?(?:(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]?\s*|第\s*[\d一二三四五六七八九十百]+\s*[章条节款]\s*[:：、.]?\s*|篇\s*[\d一二三四五六七八九十]*\s*[:：]\s*)?[^\s。；;，,:：]{{1,30}}?{R.TITLE_WORDS}(?:及行为规范|[及和与](?:任职)?(?:要求|资格|条件)|范本|范文|示范文本|模板|之[一二三四五六七八九十]|(?:说明|描述)(?=\s*(?:[:：]|$)))?"
    r"(?:\s*(?:篇\s*)?[\d一二三四五六七八九十]{1,2}(?:篇)?|篇|\s*第\s*[\d一二三四五六七八九十]{1,3}\s*篇)?(?:[(（][^()（）]{0,20}[)）])?)"
    rf"{_INTRO}?(?:\s*[:：]\s*|\s+|$|(?=[\d①-⑳(（◆●■*\-])|(?=[^\s:：，,。]{{2,12}}[:：]))")
# a strong role heading inside flattened text, after a boundary
_HEAD_MID = re.compile(
    r"(?<=[\s。；;])(?P<h>[*＊]?(?:(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]?\s*|篇[\d一二三四五六七八九十]+\s*[:：]\s*)?[^\s。；;，,:：、]{2,30}?(?:[:：][A-Za-z]{1,6})?(?:岗位职责|工作职责|岗位说明书|职责说明书|的工作内容)"
    r"(?:及行为规范|范本)?(?:\s*(?:篇\s*)?\d{1,2}|篇[一二三四五六七八九十]+)?)"
    rf"{_INTRO}?\s*[:：]?(?=\s|$)")
# `大客户经理 岗位职责：`
_HEAD_SPACED = re.compile(r"^(?P<h>[^\s。；;，,:：]{2,12}\s(?:岗位职责|工作职责))\s*(?:[:：]\s*|$)")
# `…其它职权. 售后服务部经理职责 1、…`: a plain `职责` heading right before a numbered list
_HEAD_MID_WEAK = re.compile(
    r"(?<=[。.；;]\s)(?P<h>[^\s。；;，,:：、.]{2,16}?职责)\s*[:：]?(?=\s*(?:\d{1,2}[、.．]|[①-⑳(（◆●■]|$))")
# separators inside duty tables: `职责一`, `职责描述：`, `工作时间百分比：`
_SEP = re.compile(r"(?:(?:^|(?<=[\s。；;]))职责\s?[一二三四五六七八九十]+\s*[:：]?|(?P<desc>职责描述\s*[:：])|工作时间百分比\s*[:：]?|(?:^|(?<=[\s。；;]))工作\s*任务(?=\s))")
# an article title in a collection page: `推荐第7篇：…`, `第11篇：汽车销售经理`
_ARTICLE = re.compile(r"^\s*(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]\s*(?P<t>.+?)\s*$")
# `… 售后服务顾问:售后服务顾问是…` — a role named and then described, inside a line
_ROLE_REPEAT = re.compile(r"(?:^|(?<=[\s。]))(?P<r>[^\s:：，,。；;、]{2,10})[:：]\s*(?=(?P=r))")
# `…业绩。销售人员：` — a role heading glued to the end of the previous item
_TAIL_ROLE = re.compile(r"(?<=[。；;])\s*(?P<h>[^\s。；;，,:：、]{2,12})[:：]\s*$")
# the page's list of related articles
_RELATED = re.compile(r"^\s*(?:[【\[《][^】\]》\n]{1,40}[】\]》]\s*)?(?:相关|热门|推荐|最新|更多|延伸|猜你)(?:文章|推荐|文档|主题|阅读|喜欢|范文|内容|页面|链接|条目|词条)\s*[:：]?\s*$|^\s*文本预览\s*$"
                      # `相关文档：A | B | C` — the list on the heading's own line (titles, no sentence)
                      r"|^\s*(?:相关|热门|推荐|更多|延伸)(?:文章|文档|阅读|范文)\s*[:：][^。；;\n]{0,200}$")
# a wiki's closing headings: `参见`, `外部链接`, `参考资料`
_SEE_ALSO = re.compile(r"参见|另见|外部链接|参考资料|参考文献|延伸阅读")
# a new chapter of a handbook
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十\d]+章")
# a notice's title on a line of its own: `…2026年招聘公告`, `关于招聘保洁人员的通知`, `…招聘启事（第二批）`
_NOTICE = re.compile(r"^\s*(?:关于)?[^\s，,。；;:：!！?？、]{0,30}(?:招聘|招考|招录|聘用|选聘|招工|招募|遴选)[^\s，,。；;:：!！?？、]{0,12}?"
                     r"(?:公告|启事|启示|简章|通知|公示)(?:\s*[(（][^()（）]{1,12}[)）])?\s*$")
# a part / chapter / section heading and its title: `第二部分  售票员`, `第三章 仓储岗位`, `Part 2 …`
_PART = re.compile(r"^\s*(?:第\s*[一二三四五六七八九十百\d]{1,4}\s*(?P<k>部分|章|节|篇|单元)|(?:Part|PART)\s*\d{1,3})"
                   r"\s*[:：、.．]?\s*(?P<t>[^\s].{0,29}?)\s*$")
# `岗位名称：XX` / `职务名称：XX` / `派驻职称：XX` (a post's label with who fills it: 派驻, 拟聘, 工作…)
# (a bracketed note after the name, `备件经理（兼计划员）`, is not part of it)
_NAMED = re.compile(r"^\s*(?:(?:派驻|派遣|外派|驻场|驻点|拟聘|聘用|聘任|拟任|担任|应征|工作|申请|目标)(?:职称|职位|职务|岗位名称|职位名称|职务名称|岗位)|岗位名称|职务名称|职位名称|职缺|职称|(?:岗位|职位|职务)(?:[一二三四五六七八九十]{1,3}|\d{1,2})?|(?:招聘|应聘)(?:职位|岗位)?)\s*[:：]\s*(?P<r>[^\s:：，,。；;(（]{2,20}?)(?:[(（][^\n]{0,40}?)?(?:\s+|$|(?=\d))")


# a heading framed by decoration: `-- 工作内容 --`, `【岗位职责】`, `==任职要求==`, `<店长>`
_FRAMED = re.compile(r"^\s*(?:[-—=*#~＝]{2,6}|[【\[<〈《])\s*(?P<h>[^-—=*#~＝【】\[\]<>〈〉《》\s]{2,14})\s*(?:[-—=*#~＝]{2,6}|[】\]>〉》])\s*[:：]?\s*$")


# `【岗位名称】财务主管` / `[任职要求]本科以上学历`: a label in brackets, then its value
_LABEL = re.compile(r"^\s*[【\[]\s*(?P<l>[^】\]\s]{2,8})\s*[】\]]\s*(?P<v>\S.*?)\s*$")
_NAMED_LABEL = re.compile(r"岗位名称|职务名称|职位名称|职缺|岗位|职位|职务|(?:招聘|应聘)(?:职位|岗位)?")


# `**岗位概述**：…` — a label in bold (Markdown), then its value
_BOLD_LABEL = re.compile(r"^\s*\*\*\s*(?P<l>[^*\n]{2,14}?)\s*[:：]?\s*\*\*\s*[:：]?\s*(?P<v>.*?)\s*$")


# a Chinese heading followed by its English translation
_BILINGUAL = re.compile(r"^(?P<cn>[^A-Za-z\n]*[\u4e00-\u9fff][^A-Za-z\n]*?)\s+[A-Za-z][A-Za-z &/'’\-]{2,40}?\s*[:：]?\s*$")
# the same, English first: `Key Responsibilities 主要职责`
# (the Chinese may open with a Latin acronym: `BIM Coordinator BIM协调员`)
_BILINGUAL_EN = re.compile(r"^\s*[A-Za-z][A-Za-z &/'’\-]{1,40}?\s+(?P<cn>(?:[A-Za-z0-9]{1,6})?[\u4e00-\u9fff][^A-Za-z\n]{1,20}?)\s*[:：]?\s*$")
# an English field label and its value: `Department: Design Studio 设计部 | Full-time 全职`
_EN_FIELD = re.compile(r"^\s*(?P<l>[A-Za-z][A-Za-z .&/'’\-]{1,24}?)\s*[:：]\s*(?P<v>\S.{0,80})$")
# the Chinese twin of an English field at the end of its value: `Position: Coat Maker 职位：上衣制作师`
_CN_FIELD_AFTER = re.compile(r"(?<=[A-Za-z)）.\s])\s*(?P<l>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<cv>[^\s:：，,。；;]{2,20})\s*$")
_EN_DUTY = re.compile(r"(?i)^(?:key\s+|main\s+|job\s+)?(?:responsibilities|duties|tasks|what you(?:'|’)ll do)$")
_EN_REQ = re.compile(r"(?i)^(?:requirements|qualifications|skills|who you are|what we(?:'|’)re looking for)$")
# a bilingual field: `Position 职位: Head Baker 烘焙主管`, `Department 部门：Central Kitchen 中央厨房`
_BILINGUAL_FIELD = re.compile(r"^\s*[A-Za-z][A-Za-z .&/'’\-]{1,30}?\s*(?P<l>[\u4e00-\u9fff]{2,8})\s*[:：]\s*"
                              r"(?:[A-Za-z][A-Za-z0-9 .,&/'’()\-]*?\s*)?(?P<v>[\u4e00-\u9fff][^A-Za-z\n]*?)\s*$")


# a job card's title line: title, then fields (pay, city, experience, education) split by
# wide spaces or bars
_CARD = re.compile(r"^\s*(?P<t>[^\s|｜:：，,。]{2,20})(?:\s{2,}|\s*[|｜]\s*)(?=.*(?:\d+\s*[-~～]\s*\d+\s*(?:[Kk千万]|元|年)|面议|经验不限|学历不限))[^\n]*$")


# `客服主管任职要求` / `会计岗位权限`: a title glued to a section heading, alone on its line
_ROLE_SECT = re.compile(r"^\s*(?P<r>[\u4e00-\u9fffA-Za-z][^\s:：，,。；;、.．]{1,15}?)\s*(?:的)?(?P<s>(?:任职|岗位|工作|资格|素质|职位)?(?:要求|资格|条件|权限|概述|概要|描述))\s*[:：]?\s*$")


@dataclass
class Piece:
    kind: str                 # role | sect | group | sep | chrome | text
    start: int                # span in the cleaned text (content, marker excluded)
    end: int
    value: str = ""           # role name or section for headings
    marker: Marker | None = None
    line_start: bool = False  # begins its line (or its marker does)
    named: bool = False       # a `岗位名称：XX` role
    related: bool = False     # the start of the page's related-articles list
    framed: bool = False      # a heading in decorations (`【任职资格】`): never a wrapped word
    blank_before: bool = False  # its line follows a blank line (or starts the text)
    blank_after: bool = False   # its line is followed by a blank line (or ends the text)
    blanks_before: int = 0      # blank lines right before its line (2+: a hard break, e.g. where noise was)
    bilingual: bool = False     # a heading given in English and Chinese
    cont: bool = False          # carries the block before it on (a table cell's next line)
    field: bool = False         # a qualification field line (`学历要求：大专`): a requirement item


def pieces(ct: str) -> list[Piece]:
    out: list[Piece] = []
    expected: dict[str, int] = {}
    pos = 0
    prev_blank = True
    blanks = 0
    last_line: list[Piece] = []
    table: tuple[int, int] | None = None     # (columns, duty column) of a duty table being read
    table_gap = 0                             # lines left of a duty-table row broken one cell a line
    lines = ct.splitlines(keepends=True)
    bodies = [ln.rstrip("\r\n") for ln in lines]      # each line without its break, built once
    grid = _post_tables(bodies, [len(ln) for ln in lines])
    grid.update({i: v for i, v in csv_table(bodies, [len(ln) for ln in lines]).items() if i not in grid})
    grid.update({i: v for i, v in flat_table(bodies, [len(ln) for ln in lines]).items() if i not in grid})
    columns = {i: v for i, v in two_columns(bodies, lambda t: bool(_column_title(t))).items() if i not in grid}
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    special = {i: v for i, v in _layout_lines(bodies).items() if i not in grid}
    english = set(_english_lines(bodies)) - set(special)
    outline = {i: v for i, v in _outline(bodies).items() if i not in special}
    numbered = {i: v for i, v in _numbered_posts(bodies).items() if i not in special and i not in outline}
    atx = {i for i, b in enumerate(bodies) if _MD_HEAD.match(b)}
    chat = {i: v for i, v in _chat_speakers(bodies).items() if i not in special and i not in grid}
    for n, line in enumerate(lines):
        body = bodies[n]
        if len(atx) >= 2 and n in atx and n not in special:
            # a Markdown heading no rule placed is still read without its `#` marks (which
            # would otherwise glue to the item above as text)
            m = _MD_HEAD.match(body)
            body = " " * m.start("t") + body[m.start("t"):]
            blanks = max(blanks, 2)          # and it is a hard break: nothing wraps onto it
        got = None
        if n in columns:
            got = _column_pieces(bodies, starts, columns[n])
            table = None
        if got is None and n in grid:
            got = [Piece("text" if kind == "item" else kind, pos + s_, pos + e_, value,
                         Marker(s_, s_, "bullet", None, False) if kind == "item" else None, ls,
                         named=kind == "role" and bool(value), framed=kind in ("sect", "role"), cont=cont)
                   for kind, value, s_, e_, ls, cont in grid[n]]
            table = None
        if got is None and n in chat:
            s, e = len(body) - len(body.lstrip()), len(body.rstrip())
            got = [Piece("sep", pos + s, pos + s, "", None, True),
                   Piece("chrome", pos + s, pos + e, "chat log: a speaker's line (who wrote the next message)")]
            table = None
        if got is None and n in special:
            kind, value, s, e = special[n]
            got = [Piece(kind, pos + s, pos + e, value, None, True, framed=kind == "sect")]
            table = None
        if got is None and n in outline:
            got = _outline_pieces(outline[n], body, pos)
            table = None
        if got is None and n in numbered:
            s, e, value = numbered[n]
            got = [Piece("role", pos + s, pos + e, value, None, True, framed=True)]
            table = None
        if got is None and n in english:
            got = _english_pieces(body, pos)
        if got is None and body.strip():
            header = _table_header(body)
            if header:
                table = header
                got = [Piece("sect", pos + len(body) - len(body.lstrip()), pos + len(body.rstrip()), "duty",
                             None, True)]
            elif table is not None:
                got = _table_row(body, pos, table)
                if got is None and _WEIGHT_CELL.fullmatch(body) and table_gap:
                    # the weight cell (`15%`) of a row whose cells came one a line: no row text
                    got = [Piece("chrome", pos + len(body) - len(body.lstrip()), pos + len(body.rstrip()),
                                 "table cell: the weight of a duty (its share of the work)")]
                    table_gap = 0
                elif got is None and (re.fullmatch(r"\s*\d{1,3}[.、]?\s*", body) or table_gap > 0):
                    # a row whose cells came one a line (`4` / its text / `15%`): the table goes on
                    table_gap = 4 if got is None and re.fullmatch(r"\s*\d{1,3}[.、]?\s*", body) else table_gap - 1
                elif got is None:
                    table = None
                else:
                    table_gap = 0
        if body.strip():
            got = got if got is not None else _line_pieces(body, pos, expected)
            for p in got:
                p.blank_before = prev_blank
                p.blanks_before = blanks
            out.extend(got)
            last_line = got
            prev_blank = False
            blanks = 0
        else:
            for p in last_line:
                p.blank_after = True
            last_line = []
            prev_blank = True
            blanks += 1
        pos += len(line)
    for p in last_line:
        p.blank_after = True
    return _bilingual_titles(ct, out)


def _column_title(text: str) -> str | None:
    """The post a column's heading names (`包装工`, `质检员岗位职责`), or None."""
    text = text.strip()
    return R.heading_role(text) or R.bare_title_role(text, 14) or R.soft_title_role(text)


def _column_pieces(bodies: list[str], starts: list[int], segs: list[tuple[int, int, int]]) -> list[Piece]:
    """The pieces of a two-column block (parsers/spaced.py `two_columns`), column by column:
    each column's heading names its post, its lines are read as lines of their own (their own
    list numbering), and after the block no post runs on."""
    out: list[Piece] = []
    if not segs:
        return out
    first = segs[0][0]
    expected: dict[str, int] = {}
    end = 0
    for n, s, e in segs:
        base = starts[n]
        end = max(end, base + e)
        if n == first:
            expected = {}
            text = bodies[n][s:e]
            out.append(Piece("role", base + s, base + e, R.tidy_role(_column_title(text) or ""), None, True, framed=True))
            if R.heading_role(text.strip()):
                out.append(Piece("sect", base + e, base + e, "duty", None, False))
            continue
        got = _line_pieces(" " * s + bodies[n][s:e], base, expected)
        for p in got:
            p.blank_before = False
        out.extend(got)
    out.append(Piece("role", end, end, "", None, False))
    return out


def _bilingual_titles(ct: str, out: list[Piece]) -> list[Piece]:
    """`HR Business Partner 人力资源业务伙伴` right above `Responsibilities 工作职责`: a bilingual
    heading that names no known section or title but has a section heading under it is the
    post's title."""
    for i, p in enumerate(out[:-1]):
        nxt = next((q for q in out[i + 1:] if q.kind != "chrome"), None)
        if p.kind == "group" and p.bilingual and nxt is not None and nxt.kind == "sect" and nxt.value != "other" \
                and R.plausible_role(p.value, 12):
            p.kind, p.value = "role", R.tidy_role(p.value)
    return out


# ---- a table of posts drawn with box characters or Markdown pipes ------------------------
# `│职位名称│招录人数│资格条件│` over one row per post: each row names its role, and the cells
# under a section column (资格条件, 岗位职责) are that role's rows
_GRID_SEP = "│┃║|｜"
_GRID_RULE = re.compile(r"^\s*(?=.*[┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢╒╤╕╘╧╛]|\s*\|?\s*:?-{3,})"
                        r"[┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢╒╤╕╘╧╛│┃║|+\-=: ]+$")
_GRID_ANY = re.compile(r"[│┃║|｜\t]")
# a column that says what each row's text is (`类别`: 职责 / 要求)
_KIND_COLUMN = re.compile(r"^(?:类别|类型|分类|种类|条目类别|内容类别|内容类型)$")
_ROLE_COLUMN = re.compile(r"^(?:(?:招聘|招录|招考|报考|拟聘|聘用)?(?:职位|岗位|职务)(?:名称)?|职缺|工种|职位名|岗位名)$")


def _grid_cells(line: str) -> list[tuple[int, int]] | None:
    """Spans of the cells of a table row (`│a│b│`, `| a | b |`, or a spreadsheet's
    tab-separated `a<TAB>b`), stripped, or None."""
    seps = [i for i, c in enumerate(line) if c in _GRID_SEP]
    if not seps and "\t" in line.strip(" \u3000"):
        seps = [-1] + [i for i, c in enumerate(line) if c == "\t"] + [len(line)]   # one tab a cell
    if not seps or not line.strip():
        return None
    if line[:seps[0]].strip():
        seps.insert(0, -1)               # `岗位 | 职责 | 人数`: a row without outer pipes
    if line[seps[-1] + 1:].strip():
        seps.append(len(line))
    if len(seps) < 3:
        return None
    cells = []
    for a, b in zip(seps, seps[1:]):
        cs, ce = a + 1, b
        while cs < ce and line[cs] in " \t\u3000":
            cs += 1
        while ce > cs and line[ce - 1] in " \t\u3000":
            ce -= 1
        cells.append((cs, ce))
    return cells


def _post_tables(lines: list[str], widths: list[int]) -> dict[int, list[tuple[str, str, int, int, bool, bool]]]:
    """Lines of a table of posts: line index → (piece kind, value, start, end, line_start,
    carries on) specs, offsets inside that line.

    Only a table whose header has a post column (`职位名称`, `岗位`) and at least one column a
    section heading (`资格条件`, `岗位职责`) or a qualification label (`学历`, `专业要求`) names;
    other columns (code, head count) and the header are chrome.  A row may take several lines
    (a wrapped cell): rows are parted by rule lines where the table draws them, else a row
    starts where the post cell is filled.  Every row gives its post (the post cells of its
    lines joined), then, column by column, the section and the cell's lines (the later lines
    carry the cell on).  After the table no role runs on.
    """
    out: dict[int, list] = {}
    # a table aligned with runs of spaces (a PDF dumped to text): its cells by column position
    spaced = spaced_tables(lines, _posts_header)
    i = 0
    while i < len(lines):
        if i not in spaced and not _GRID_ANY.search(lines[i]):
            i += 1                  # no cell separator: not a table line (the common case, kept cheap)
            continue
        if i in spaced:
            cells = spaced[i] or None
        else:
            cells = _grid_cells(lines[i]) if not _GRID_RULE.match(lines[i]) else None
        if not cells:
            i += 1
            continue
        names = [re.sub(r"\s+", "", lines[i][a:b]) for a, b in cells]
        role_col = next((k for k, n in enumerate(names) if _ROLE_COLUMN.match(n)), None)
        sect_cols = {}
        value_cols = set()          # `学历`, `专业要求`: one qualification a cell, never split
        for k, n in enumerate(names):
            sec = S.heading_section(n)
            if not sec and _QUAL_FIELD.match(n + "：x"):
                sec = "requirement"
                value_cols.add(k)
            if sec and sec != "other" and k != role_col:
                sect_cols[k] = sec
        if role_col is not None and not sect_cols and any(_KIND_COLUMN.match(n) for n in names):
            # `岗位 | 内容 | 类别`: the category column says each row's section, the text column holds it
            sect_cols = {k: "duty" for k, n in enumerate(names) if re.fullmatch(r"(?:具体)?(?:内容|描述|说明|条目|事项)", n)}
        if role_col is None or not sect_cols:
            i += 1
            continue
        out[i] = [("chrome", "table header of posts", *_whole(lines[i]), True, False)]
        if i > 0 and _GRID_RULE.match(lines[i - 1]):
            out[i - 1] = [("chrome", "table rule", *_whole(lines[i - 1]), True, False)]
        # the table's lines: rules and rows (each row a list of line indices)
        j = i + 1
        rows: list[list[int]] = []
        prev_name = ""              # the post cells of the row being read, joined
        after_rule = True
        ruled = False
        last = i
        in_spaced = i in spaced
        while j < len(lines) and (lines[j].strip() or (in_spaced and j in spaced)):
            if in_spaced and spaced.get(j) == []:
                if lines[j].strip():        # a page footer inside the table
                    out[j] = [("chrome", "page footer inside a table", *_whole(lines[j]), True, False)]
                j += 1
                continue
            if _GRID_RULE.match(lines[j]):
                out[j] = [("chrome", "table rule", *_whole(lines[j]), True, False)]
                after_rule, last = True, j
                if len(rows) >= 1:
                    ruled = True
                j += 1
                continue
            row = spaced.get(j) if in_spaced else _grid_cells(lines[j])
            if not row or len(row) != len(cells):
                break
            filled = row[role_col][1] > row[role_col][0]
            gaps = any(b_ == a_ for a_, b_ in row)
            # without rules between rows, a filled post cell starts a row unless the line has
            # gaps and the post above is not a whole title yet (`污水处` / `理工`)
            if not rows or after_rule or (filled and not ruled
                                          and not (gaps and not R.has_role_suffix(re.sub(r"\s+", "", prev_name)))):
                rows.append([j])
                prev_name = ""
            else:
                rows[-1].append(j)
            if len(prev_name) < 40:
                prev_name += lines[j][slice(*row[role_col])]
            after_rule, last = False, j
            j += 1
        kind_col = next((k for k, n in enumerate(names) if _KIND_COLUMN.match(n) and k not in sect_cols), None)
        cells_at = (lambda n: spaced[n]) if in_spaced else (lambda n: _grid_cells(lines[n]))
        # how wide a column's text runs before it wraps (the widest line in it)
        fill = {k: max((_dwidth(lines[n][slice(*cells_at(n)[k])]) for g in rows for n in g), default=0)
                for k in sect_cols} if in_spaced else {}
        for group in rows:
            first = group[0]
            cells_of = {n: cells_at(n) for n in group}
            name = "".join(lines[n][cells_of[n][role_col][0]:cells_of[n][role_col][1]] for n in group)
            row_sect = None
            if kind_col is not None:
                # `店长 | 三年以上…经验 | 要求`: a category column says what the row's text is
                kind = "".join(lines[n][slice(*cells_of[n][kind_col])] for n in group).strip()
                row_sect = S.heading_section(kind)
                row_sect = "requirement" if row_sect == "duty?" else row_sect
            rs, re_ = cells_of[first][role_col]
            specs: list[tuple[int, tuple]] = []       # (line, spec)
            if name:
                specs.append((first, ("role", R.tidy_role(name) if R.plausible_role(name, 20) else "", rs, re_, True, False)))
            for k in range(len(cells)):
                if k == role_col:
                    continue
                parts = [(n, cells_of[n][k]) for n in group if cells_of[n][k][1] > cells_of[n][k][0]]
                if not parts:
                    continue
                if k in sect_cols:
                    n0, (cs, _) = parts[0]
                    specs.append((n0, ("sect", row_sect or sect_cols[k], cs, cs, False, False)))
                    expected: dict[str, int] = {}
                    for m, (n, (cs, ce)) in enumerate(parts):
                        if k in value_cols:
                            specs.append((n, ("item" if m == 0 else "text", "", cs, ce, False, m > 0)))
                            continue
                        # `1.大专以上学历；2.持证上岗`: a numbered cell gives one item a number
                        marks = find_markers(lines[n][cs:ce], expected)
                        if marks and marks[0].start > 0:
                            specs.append((n, ("text", "", cs, cs + marks[0].start, False, m > 0)))
                        for x, mk in enumerate(marks):
                            end = cs + marks[x + 1].start if x + 1 < len(marks) else ce
                            specs.append((n, ("item", "", cs + mk.end, end, False, False)))
                        if not marks and in_spaced:
                            # one duty a line unless the line above ran to the column's edge
                            # (or stopped on a comma) and this one reads as the rest of it
                            wrap = m > 0 and _spaced_wrap(lines[parts[m - 1][0]][slice(*parts[m - 1][1])],
                                                          lines[n][cs:ce], fill[k])
                            specs.append((n, ("text" if wrap else "item", "", cs, ce, False, wrap)))
                        elif not marks:
                            specs.append((n, ("text", "", cs, ce, False, m > 0)))
                else:
                    for n, (cs, ce) in parts:
                        specs.append((n, ("chrome", "table cell: a fact about the post (code, head count)", cs, ce, False, False)))
            for n in group:
                out[n] = []
            # every piece of the row is given on its first line, in column order, offsets from that line
            base, at = {}, 0
            for q in range(first, group[-1] + 1):
                base[q] = at
                at += widths[q]
            out[first] = [(kind, value, base[n] + a, base[n] + b, ls, cont) for n, (kind, value, a, b, ls, cont) in specs]
        if last > i:
            end = len(lines[last].rstrip())
            out[last] = out.get(last, []) + [("role", "", end, end, False, False)]
        i = j
    return out


def _posts_header(names: list[str]) -> bool:
    """A header with a post column and a column a section heading names."""
    names = [re.sub(r"\s+", "", n) for n in names]
    return any(_ROLE_COLUMN.match(n) for n in names) \
        and any(S.heading_section(n) not in (None, "other") for n in names if not _ROLE_COLUMN.match(n))


_WRAP_OPEN = tuple("，,、（(“《")
_WRAP_GLUE = tuple("的地得和及与并或等了着过中上下后时内外里者）)》”，,、；;。.")


def _spaced_wrap(line: str, nxt: str, fill: int) -> bool:
    """Is `nxt` (a cell's next line in a space-aligned table) the rest of `line`?  A line that
    stops on a comma wraps; one that ends a sentence does not; otherwise a line that ran to
    the column's width wraps onto a fragment (short, or opening on a digit, a Latin letter or
    a particle) that does not read as a duty of its own."""
    line, nxt = line.strip(), nxt.strip()
    if not line or not nxt:
        return False
    if line.endswith(_WRAP_OPEN) or nxt.startswith(_WRAP_GLUE):
        return True
    if line[-1] in "。；;！!？?":
        return False
    if _dwidth(line) < fill - 2 or S.looks_like_duty(nxt):
        return False
    return _dwidth(nxt) * 2 < fill or bool(re.match(r"[0-9A-Za-z]", nxt))


def _whole(line: str) -> tuple[int, int]:
    return len(line) - len(line.lstrip()), len(line.rstrip())


_CELL = re.compile(r"\S+")
_TABLE_START = re.compile(r"\s*(?:序号|编号|No|NO|#)")
_TABLE_KEY = re.compile(r"^(?:序号|编号|No\.?|NO\.?|#)$")
_DUTY_COLUMN = re.compile(r"^(?:工作内容|职责内容|工作职责|岗位职责|主要职责|职责描述|职责|工作任务|工作事项)$")


def _table_header(line: str) -> tuple[int, int] | None:
    """`序号 工作内容 完成标准` — a duty table's header row: (columns, duty column) or None."""
    if len(line) > 80 or not _TABLE_START.match(line):
        return None
    cells = _CELL.findall(line)
    if not 2 <= len(cells) <= 6 or not _TABLE_KEY.match(cells[0]):
        return None
    for i, c in enumerate(cells[1:], 1):
        if _DUTY_COLUMN.match(c.rstrip(":：")):
            return len(cells), i
    return None


# a duty table's weight cell: `15%`, `0.2`
_WEIGHT_CELL = re.compile(r"\s*\d{1,3}(?:\.\d{1,2})?\s*[%％]\s*")


def _table_row(line: str, base: int, table: tuple[int, int]) -> list[Piece] | None:
    """A row of the duty table: its duty cell as a numbered item; None when the table ended.

    Cells are separated by spaces (the HTML extraction's table rows); a row whose cell count
    differs keeps everything after its number as the item.
    """
    cells = list(_CELL.finditer(line))
    if len(cells) < 2 or not re.fullmatch(r"\d{1,3}[.、]?", cells[0].group()):
        return None
    columns, duty = table
    num = int(cells[0].group().rstrip(".、"))
    if len(cells) == columns:
        cs, ce = cells[duty].start(), cells[duty].end()
    else:
        cs, ce = cells[1].start(), cells[-1].end()
    mk = Marker(cells[0].start(), cs, "num", num, False)
    return [Piece("text", base + cs, base + ce, marker=mk, line_start=True)]


# a job post's qualification field on a line of its own: `学历要求：大专`, `科系要求：园艺相关`,
# `工作技能：会开叉车` — the label says what kind of qualification the value is, so it stays
_QUAL_FIELD = re.compile(
    r"^\s*(?P<l>(?:最低|所需|相关|工作|专业|电脑|语言|外语)?(?:学历|学位|专业|科系|所学专业|知识|技能|经验|经历|年龄|性别|身高|视力"
    r"|语言|外语|语文|证书|证照|执照|驾照|驾驶执照|资格证书?|执业资格|户籍|健康)(?:要求|条件|能力|水平|状况|限制)?)"
    r"\s*[:：]\s*(?P<v>(?!\d{1,2}\s*[、.．)）]|[(（]\s*\d|[①-⑳⑴-⒇])\S.{0,59}?)\s*$")


def _line_pieces(line: str, base: int, expected: dict[str, int]) -> list[Piece]:
    short = len(line) <= 80          # headings are short; long flattened lines skip these checks
    m = _QUAL_FIELD.match(line) if short else None
    if m:
        # a qualification field: a requirement row of its own, label kept (never a section
        # heading with its value cut off, never glued to the next field)
        ls = m.start("l")
        return [Piece("text", base + ls, base + m.end("v"), marker=Marker(ls, ls, "bullet", None, False),
                      line_start=True, field=True)]
    m = _ROLE_SECT.match(line) if short else None
    if m:
        # `客服主管任职要求`: the role again, then a section that is not its duties
        section = S.heading_section(m.group("s"))
        role = R.bare_title_role(m.group("r"), 16) or R.soft_title_role(m.group("r"), 12)
        if role and section in ("requirement", "duty?", "authority", "summary"):
            return [Piece("role", base + m.start("r"), base + m.end("r"), role, None, True),
                    Piece("sect", base + m.start("s"), base + m.end("s"), section, None, False)]
    m = _CARD.match(line) if short else None
    if m and R.bare_title_role(m.group("t"), 20):
        # a job card's title line (`Java开发工程师  15-25K  北京 | 3-5年 | 本科`): the title names
        # the role; pay, place and experience fields are not rows
        return [Piece("role", base + m.start("t"), base + m.end("t"), R.bare_title_role(m.group("t"), 20),
                      None, True)]
    m = _BILINGUAL_FIELD.match(line) if short else None
    if m:
        # `Position 职位: Head Baker 烘焙主管`: the Chinese label and value carry the field
        label, value = m.group("l"), m.group("v").strip()
        vs = base + m.start("v")
        if _NAMED_LABEL.fullmatch(label) and R.plausible_role(value, 20):
            return [Piece("role", vs, vs + len(value), R.tidy_role(value), None, True, named=True)]
        section = S.heading_section(label)
        if section:
            return [Piece("sect", base + m.start("l"), base + m.end("l"), section, None, True),
                    Piece("text", vs, vs + len(value), line_start=False)]
    m = (_BILINGUAL.match(line) or _BILINGUAL_EN.match(line)) if short else None
    if m:
        # `岗位职责 Responsibilities:`, `销售代表 Sales Representative`: the English repeats the heading
        cn = m.group("cn").strip().rstrip(":：")
        section = S.heading_section(cn)
        role = None if section else (R.heading_role(cn) if R.heading_role(cn) is not None else R.bare_title_role(cn, 14))
        hs = base + m.start("cn") + (len(m.group("cn")) - len(m.group("cn").lstrip()))
        if section or role is not None:
            # a heading with its translation is never the wrapped end of a sentence
            return [Piece("sect" if section else "role", hs, hs + len(cn), section or role, None, True,
                          framed=True)]
        if len(cn) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", cn) and not S.looks_like_duty(cn):
            # `Our Culture 企业文化`: a heading naming neither a section nor a job — a group, not a row
            return [Piece("group", hs, hs + len(cn), cn, None, True, bilingual=True)]
    m = _EN_FIELD.match(line) if short and not _HAN.search(line.split(":")[0].split("：")[0]) else None
    if m:
        # `Department: 设计部`, `Responsibilities: …`: an English label says what its value is
        label, vs = m.group("l").strip(), base + m.start("v")
        if _EN_DUTY.match(label) or _EN_REQ.match(label):
            section = "duty" if _EN_DUTY.match(label) else "requirement"
            return [Piece("sect", base + m.start("l"), base + m.end("l"), section, None, True, framed=True)] \
                + _segment_pieces(line, m.start("v"), len(line), base, None, False)
        if re.fullmatch(r"(?i)(?:job\s+)?(?:title|position|role)", label) and R.plausible_role(m.group("v").strip(), 20):
            v = m.group("v").strip()
            return [Piece("role", vs, vs + len(v), R.tidy_role(v), None, True, named=True)]
        cn = _CN_FIELD_AFTER.search(m.group("v"))
        if cn and _NAMED_LABEL.fullmatch(cn.group("l")) and R.plausible_role(cn.group("cv"), 20):
            # `Position: Cutter 职位：裁剪师`: the field, then its Chinese twin that names the post
            cs = vs + cn.start("cv")
            return [Piece("role", cs, cs + len(cn.group("cv")), R.tidy_role(cn.group("cv")), None, True, named=True)]
        value = m.group("v")
        if len(label.split()) <= 3 and not (_HAN.search(value) and (S.looks_like_duty(value) or S.is_requirement_like(value))):
            return [Piece("chrome", base + m.start("l"), base + len(line.rstrip()),
                          "English field (department, place, type): a fact about the post", None, True)]
    m = _LABEL.match(line) if short else None
    if m:
        # `【岗位名称】财务主管`, `【工作职责】1、…`: a bracketed label is a `label：` heading
        label, ls, le = m.group("l"), base + m.start("l"), base + m.end("l")
        if _NAMED_LABEL.fullmatch(label) and R.plausible_role(m.group("v").strip(), 20):
            return [Piece("role", base + m.start("v"), base + m.end("v"), R.tidy_role(m.group("v")), None, True,
                          named=True)]
        section = S.heading_section(label)
        if section:
            return [Piece("sect", ls, le, section, None, True)] + _segment_pieces(
                line, m.start("v"), len(line), base, None, False)
    m = _BOLD_LABEL.match(line)
    if m and m.group("v"):
        # `**岗位概述**：负责…`, `**岗位名称**：店长`: a bold label is a `label：` heading
        label, value = m.group("l"), m.group("v")
        if _NAMED_LABEL.fullmatch(label) and R.plausible_role(value, 20):
            return [Piece("role", base + m.start("v"), base + m.end("v"), R.tidy_role(value), None, True,
                          named=True)]
        section = S.heading_section(label)
        if section:
            return [Piece("sect", base + m.start("l"), base + m.end("l"), section, None, True, framed=True)] \
                + _segment_pieces(line, m.start("v"), len(line), base, None, False)
    m = _FRAMED.match(line) if short else None
    if m:
        # `-- 工作内容 --`, `【任职要求】`, `== 店长 ==`: a heading inside decorations
        inner = m.group("h")
        hs, he = base + m.start("h"), base + m.end("h")
        if _RELATED.match(inner) or _SEE_ALSO.fullmatch(inner):
            # `== 相关页面 ==`, `== 参见 ==`: a wiki's links after the text, no role's rows
            return [Piece("role", hs, he, "", None, True, related=True)]
        section = S.heading_section(inner)
        if section:
            return [Piece("sect", hs, he, section, None, True, framed=True)]
        role = R.heading_role(inner)
        if role is None:
            role = R.bare_title_role(inner, 12)
        if role is not None:
            return [Piece("role", hs, he, role, None, True, framed=True)]
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
    if mk is None and _RELATED.match(seg):
        return [Piece("role", base + s, base + e, "", None, line_start, related=True)]
    if line_start and mk is None:
        part = _part_heading(seg)
        if part is not None:
            kind, value, ts, te = part
            return [Piece(kind, base + s + ts, base + s + te, value, None, line_start)]
    if line_start and mk is None and _CHAPTER.match(seg) and R.heading_role(seg.strip()) is None:
        return [Piece("role", base + s, base + e, "", None, line_start)]
    if line_start and mk is None and e == len(line) and _NOTICE.match(seg) and R.heading_role(seg.strip()) is None:
        # `星河物业2026年招聘公告` after a list: a notice's title starts a new part, never an item
        return [Piece("role", base + s, base + e, "", None, line_start)]
    # an article title (`推荐第7篇：…`) starts a new article: its role, or none
    m = _ARTICLE.match(seg)
    if m and len(m.group("t")) <= 30 and R.heading_role(seg.strip()) is None:
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
    if m and S.heading_section(re.sub(rf"{_INTRO}$", "", m.group("h"))):
        m = None
    if m:
        role = R.heading_role(m.group("h"))
        if role and re.search(r"(?:职责|职务)(?:说明|描述)$", m.group("h")) and not R.post_like(role):
            role = None      # `运行处岗位职责说明`: a department's document title, not a post's heading
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
        wide = section == "other" and re.search(r"(?:[ \t]{2,}|\u3000)$", seg[:hs]) and re.match(r"\s*[:：]", seg[hs + len(seg[hs:he].rstrip(" :：\t")):])
        if before and before[-1] not in "。；;:：!！?？" and not any(c[1] >= len(before) for c in cuts) and not wide:
            continue             # (`2025/09/12 更新　　应聘人数：3人`: a fact's label after a wide gap is one)
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


def _part_heading(seg: str) -> tuple[str, str, int, int] | None:
    """`第一部分  客运值班员` / `第三章 仓库主管岗位职责` / `第二部分 任职要求`: (kind, value, start, end).

    The title after the part number decides: a section heading gives a section, a job title
    (or `XX岗位职责`) the role; a chapter or article whose title names neither starts a part
    of the document with no role yet (`第一章 总则`); a part or section that names neither is
    a group of the running role's items (`第一部分 日常工作`).
    """
    m = _PART.match(seg)
    if not m:
        return None
    title = m.group("t").rstrip(":：").strip()
    ts, te = m.start("t"), m.start("t") + len(m.group("t").rstrip())
    section = S.heading_section(title)
    if section:
        return "sect", section, ts, te
    role = R.heading_role(title)
    if role is None:
        # `第二部分 售票员作业标准`: the title's job, before what the part sets out for it
        core = re.sub(r"(?:岗位|工作)?(?:作业|工作|操作)?(?:标准|规范|细则|流程|要点|手册)$", "", title) or title
        role = R.bare_title_role(core, 14) or R.soft_title_role(core, 10)
    if role is not None:
        return "role", role, ts, te
    if m.group("k") in ("章", "篇"):
        return "role", "", m.start(), te
    if len(title) <= 16 and not re.search(r"[，,。；;]", title):
        return "group", title, ts, te      # `第一部分 日常工作` inside a role: a group of its items
    return None


# ---- document layout: Markdown headings, rules and notes; running page headers ----------

# an ATX Markdown heading: `## 执业兽医`, `### 工作职责 ###`
_MD_HEAD = re.compile(r"^ {0,3}(?P<h>#{1,6})[ \t]+(?P<t>[^\n]*?)(?:[ \t]+#+)?[ \t]*$")
# a rule line (`---`, `***`, `___`, `=====`, `———`): ends the block above it
_MD_RULE = re.compile(r"^\s*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}|[—─━~～]{3,})\s*$")
# a byline of document facts (`发布：运营部  日期：2026-06-02`, `编制：客运车间  审核：王伟  2026年4月`):
# every field's label says who/when/where from, never what the job is
_META_LABEL = (r"(?:发布|发布人|发布者|发布时间|发布日期|作者|编辑|责任编辑|来源|出处|日期|时间|更新|更新时间|更新日期|最后更新"
               r"|审核|审核人|审批|编制|编制人|编写|编写人|批准|批准人|浏览|浏览量|阅读|阅读量|点击|维护人|维护|撰写|撰稿|起草|修订"
               r"|版本|版本号|文件编号|文档编号|生效日期|实施日期|页码"
               r"|发布部门|发布单位|发文部门|发文单位|制定部门|编制部门|归口部门|文件号|文号|发文字号|文件编码)")
_DATE = r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?|\s*月)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_META_FIELD = rf"{_META_LABEL}\s*[:：]\s*(?:{_DATE}|[^\s:：，,。；;、]{{1,20}})"
_BYLINE = re.compile(rf"^\s*(?:{_META_FIELD}|{_DATE})(?:\s*[·|｜/]?\s*(?:{_META_FIELD}|{_DATE}))+\s*$"
                     rf"|^\s*{_META_LABEL}\s*[:：]\s*{_DATE}\s*$")
# a breadcrumb trail: `首页 > 招聘 > 餐饮类`, `518熊班 › 餐饮类 › 厨师` (short steps, no sentence)
_BREADCRUMB = re.compile(r"^\s*(?:[^\s>›»/，,。；;:：!！?？][^>›»，,。；;:：!！?？]{0,15}\s*[>›»]\s*){2,}[^>›»，,。；;:：!！?？]{1,16}\s*$")
# one document-control field on its line: `发布部门：人力资源部`, `文件号：HR-2025-01`
_DOC_FIELD = re.compile(r"^\s*(?:发布部门|发布单位|发文部门|发文单位|制定部门|编制部门|归口部门|文件号|文号|发文字号|文件编码)"
                        r"\s*[:：]\s*[^\s:：，,。；;、]{1,24}\s*$")
# a setext underline: the line above is a heading (`=` level 1, `-` level 2)
_SETEXT = re.compile(r"^ {0,3}(={3,}|-{3,})[ \t]*$")
# a whole line in italics (`*本页由…导出*`): a note or an export footer, never an item
_MD_ITALIC = re.compile(r"^\s*(?:\*(?!\*)[^*\n]{4,}(?<!\*)\*|_(?!_)[^_\n]{4,}(?<!_)_)\s*$")
# a page number on a line of its own (`- 3 -`, `第 3 页`, `3 / 12`, `Page 3 of 9`)
_PAGE_NO = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                      r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|(?:Page|PAGE|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)\s*$")


def _layout_lines(lines: list[str]) -> dict[int, tuple[str, str, int, int]]:
    """Lines whose meaning comes from the document's layout, by line index:
    (piece kind, value, start, end) with offsets inside the line.

    - Markdown headings, `#` (ATX) or underlined (setext, also how plain text underlines a
      title): role, section or group by level and content (see `_markdown_headings`).
    - Rule lines (`-----`, `=====`, `***`) end the block above them (`sep`); one inside an
      open clause is furniture the item carries on across (`chrome`).
    - In a Markdown text (two or more headings), whole lines in italics are notes (`chrome`).
    - A byline of document facts (`发布：… 日期：…`, `编制：… 审核：…`) is `chrome`.
    - Page furniture of a paginated export: page-number lines, and a line repeated next to
      them at each page break (the running header or footer) are `chrome` wherever they fall,
      even inside a wrapped item.
    """
    out: dict[int, tuple[str, str, int, int]] = {}

    def whole(i: int) -> tuple[int, int]:
        ln = lines[i]
        return len(ln) - len(ln.lstrip()), len(ln.rstrip())

    heads: list[tuple[int, int, str, int]] = []       # (line, level, title, title start)
    underlines: set[int] = set()
    for i, ln in enumerate(lines):
        m = _MD_HEAD.match(ln)
        if m and m.group("t").strip():
            heads.append((i, len(m.group("h")), m.group("t").strip(), m.start("t")))
            continue
        m = _SETEXT.match(lines[i + 1]) if i + 1 < len(lines) else None
        title = ln.strip()
        if m and 2 <= len(title) <= 24 and (i == 0 or not lines[i - 1].strip()) \
                and not _MD_RULE.match(ln) and not find_markers(title, {}) and _heading_kind(title) is not None:
            # only an underlined title whose words name a role or section: plain text also
            # underlines sentences
            heads.append((i, 1 if m.group(1)[0] == "=" else 2, title, ln.find(title)))
            underlines.add(i + 1)
    if heads:
        out.update(_markdown_headings(heads, lines))
    for i in underlines:
        out.setdefault(i, ("sep", "", *whole(i)))
    for i, ln in enumerate(lines):
        if i in out or not _MD_RULE.match(ln):
            continue
        prev = next((lines[j].rstrip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        out[i] = ("chrome" if prev[-1:] in "，,、：:（(" else "sep", "", *whole(i))
    if len(heads) >= 2:
        for i, ln in enumerate(lines):
            if i not in out and _MD_ITALIC.match(ln):
                out[i] = ("chrome", "", *whole(i))
    out.update({i: v for i, v in _articles(lines).items() if i not in out})
    for i, ln in enumerate(lines):
        if i not in out and re.search(r"[:：]", ln) and _BYLINE.match(ln):
            out[i] = ("chrome", "", *whole(i))      # a byline: who published it and when
        elif i not in out and _BREADCRUMB.match(ln):
            out[i] = ("chrome", "breadcrumb (where the page sits on its site)", *whole(i))
        elif i not in out and _DOC_FIELD.match(ln):
            out[i] = ("chrome", "document control field (issuing unit, file number)", *whole(i))
    for i, why in _mail_lines(lines).items():
        out[i] = ("chrome", why, *whole(i))
    for i in _page_furniture(lines):
        out.setdefault(i, ("chrome", "", *whole(i)))
    for i, ln in enumerate(lines):
        if i not in out:
            why = line_chrome(ln) or _tag_line(lines, i)
            if why:
                out[i] = ("chrome", why, *whole(i))
    return out


_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{2,}")


def _english_lines(lines: list[str]) -> list[int]:
    """Lines in English only, in a page that gives each line in English and in Chinese.

    The page is bilingual when two or more lines are English sentences (three words or more,
    no Han) and Chinese lines are there too; then every line with English words and no Han is
    the translation's twin, never a row, a role or a wrap of one.
    """
    latin = [i for i, ln in enumerate(lines) if ln.strip() and not _HAN.search(ln) and _WORD.search(ln)]
    sentences = [i for i in latin if len(_WORD.findall(lines[i])) >= 3]
    # cleaning may have cut the English words it took for pinyin: what is left still comes
    # right before its Chinese twin
    twins = [i for i in latin if _HAN.search(_near_line(lines, i, 1))
             and not S.heading_section(_near_line(lines, i, 1).rstrip(":："))]
    han = sum(1 for ln in lines if _HAN.search(ln))
    if (len(sentences) < 2 and len(twins) < 3) or han < 2:
        return []
    return latin


# a line of a Word-style outline: `3 岗位职责`, `3.1 维保组长`, `3.1.2 每月抽查…`
_OUTLINE = re.compile(r"^\s*(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})[ \t\u3000]+(?P<t>[^\s.．、)）].*?)\s*$")


def _outline(lines: list[str]) -> dict[int, tuple]:
    """The numbered outline of a Word-exported document (`1 目的`, `3.1 维保组长`, `3.1.1 …`).

    Only where the outline is there (two or more multi-level numbers set off by a space, and
    a heading with numbered children): a number with children under it is a heading (a section by its words,
    a job title as the role, otherwise a part or group), a top-level short title without
    children is a part naming nothing (`1 目的`, `2 适用范围`), and a leaf is an item.  A role
    heading inside a section's part (`4 任职要求` › `4.1 维保组长`) keeps that section.
    Returns line index → (kind, value, start, end, section to keep).
    """
    found: list[tuple[int, list[str], str, int, int]] = []
    for i, ln in enumerate(lines):
        m = _OUTLINE.match(ln)
        if m and m.group("t"):
            found.append((i, m.group("n").split("."), m.group("t"), m.start("t"), m.end("t")))
    if sum(1 for f in found if len(f[1]) >= 2) < 2:
        return {}

    def children(k: int) -> list[tuple]:
        nums = found[k][1]
        return [f for f in found[k + 1:] if f[1][:len(nums)] == nums and len(f[1]) == len(nums) + 1]

    kids_of = [children(k) for k in range(len(found))]      # each heading's children, found once
    if not any(kids_of):
        return {}
    at = {f[0]: k for k, f in enumerate(found)}             # line index → position in `found`
    out: dict[int, tuple] = {}
    parent_section: dict[str, str] = {}
    for k, (i, nums, title, ts, te) in enumerate(found):
        kids = kids_of[k]
        short = len(title) <= 16 and not re.search(r"[，,。；;：:]", title)
        keep = parent_section.get(".".join(nums[:-1]), "")
        if not (kids or (len(nums) == 1 and short)):
            out[i] = ("item", nums[-1], ts, te, "")
            continue
        if not short:
            continue
        section = S.heading_section(title)
        if section:
            parent_section[".".join(nums)] = section
            out[i] = ("sect", section, ts, te, "")
            continue
        role = R.heading_role(title) or R.bare_title_role(title, 14)
        if role is None and kids and all(not kids_of[at[c[0]]] for c in kids) and R.plausible_role(title, 12):
            role = R.tidy_role(title)     # `3.2 维保工` over its numbered duties
        if role is None and len(nums) == 1 and R.plausible_role(title, 10) and any(
                len(f[1]) == 1 and f[2] != title and (R.heading_role(f[2]) or R.bare_title_role(f[2], 14))
                for f in found):
            role = R.tidy_role(title)     # `3 学生助管` among `1 实验室主任`, `2 实验室管理员`
        if role:
            out[i] = ("role", role, ts, te, keep)
        elif len(nums) == 1:
            out[i] = ("role", "", ts, te, "")
        else:
            out[i] = ("group", title, ts, te, "")
    return out


# a handbook's numbered post heading alone on its line: `4-2 销售顾问`, `3－1 面点`
_NUMBERED_POST = re.compile(r"^\s*(?P<a>\d{1,2})\s*[-－–]\s*(?P<b>\d{1,2})\s+(?P<t>[^\s，,。；;：:、]{2,12})\s*$")


def _numbered_posts(lines: list[str]) -> dict[int, tuple[int, int, str]]:
    """`4-1 门市店长`, `4-2 销售顾问`, `4-3 金工`: headings numbered under one chapter, each over
    its list.  Where one of them names a post by its title, the others with a list under them
    are posts too (a new numbered heading starts a new role, never an item of the one before).
    Line index → (start, end, role)."""
    found = []
    for i, ln in enumerate(lines):
        m = _NUMBERED_POST.match(ln)
        if m:
            found.append((i, m))
    if len(found) < 2:
        return {}
    out: dict[int, tuple[int, int, str]] = {}
    by_chapter: dict[str, list] = {}
    for i, m in found:
        by_chapter.setdefault(m.group("a"), []).append((i, m))
    for heads in by_chapter.values():
        titles = [m.group("t") for _, m in heads]
        if len(heads) < 2 or not any(R.bare_title_role(t, 12) or R.heading_role(t) for t in titles):
            continue
        for i, m in heads:
            t = m.group("t")
            nxt = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
            if S.heading_section(t) or R.TASK_START.match(t) or S.looks_like_duty(t) or not R.plausible_role(t, 12) \
                    or not (find_markers(nxt, {}) and find_markers(nxt, {})[0].start <= len(nxt) - len(nxt.lstrip())):
                continue
            role = R.heading_role(t) or R.bare_title_role(t, 12) or R.tidy_role(t)
            out[i] = (m.start("t"), m.end("t"), role)
    return out


def _outline_pieces(spec: tuple, line: str, base: int) -> list[Piece]:
    kind, value, ts, te, keep = spec
    if kind == "item":
        # the outline number is the item's marker; the rest is read like any line
        mk = Marker(0, ts, "num", int(value), False)
        return _segment_pieces(line, ts, len(line), base, mk, True)
    out = [Piece(kind, base + ts, base + te, value, None, True, framed=kind == "sect")]
    if keep:
        out.append(Piece("sect", base + te, base + te, keep, None, False))
    return out


_LEAD_BULLET = re.compile(r"^\s*(?:[•◆●■□▪☆★◇◎○※►▶❖➢√✔*＊]|[-–—](?=\s)|\d{1,2}[.、)）])\s*")


def _english_pieces(body: str, base: int) -> list[Piece]:
    """An English twin line: its list marker stays (the Chinese line below is that item),
    its words are chrome."""
    out: list[Piece] = []
    m = _LEAD_BULLET.match(body)
    start = len(body) - len(body.lstrip())
    if m:
        mk = Marker(m.start(), m.end(), "bullet", None, False)
        out.append(Piece("text", base + m.end(), base + m.end(), marker=mk, line_start=True))
        start = m.end()
    if body[start:].strip():
        out.append(Piece("chrome", base + start, base + len(body.rstrip()),
                         "English line of a bilingual page (the Chinese line is the row)", None, not m))
    return out


def _near_line(lines: list[str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j].strip() if 0 <= j < len(lines) else ""


def _tag_line(lines: list[str], i: int) -> str | None:
    """A job board's skill tags (`口腔医学 四手操作 院感管理`): short labels split by spaces,
    right before a duty or requirement heading and not under one."""
    tags = lines[i].split()
    if len(tags) < 3 or any(len(t) > 6 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9+#.]+", t) for t in tags) \
            or any(S.looks_like_duty(t) for t in tags):
        return None
    nxt = S.heading_section(_near_line(lines, i, 1).rstrip(":："))
    prev = S.heading_section(_near_line(lines, i, -1).rstrip(":："))
    if nxt in ("duty", "duty?", "requirement") and prev not in ("duty", "duty?", "requirement", "authority"):
        return "job card: skill tags"
    return None


# an article of a regulation or manual on a line of its own: `第3条 作业者的职务`, `■第1条 目的`
_ARTICLE_NO = re.compile(r"^\s*(?:[■◆●★☆◇□▲►▶◎○※]\s*)?第\s*[\d一二三四五六七八九十百]{1,4}\s*条\s*[:：、.．]?\s*"
                         r"(?P<t>[^\s，,。；;][^，,。；;]{0,23}?)\s*[:：]?\s*$")


def _articles(lines: list[str]) -> dict[int, tuple[str, str, int, int]]:
    """Article headings (`第N条 …`) of a manual: role, section, or a part that names neither.

    Where some articles name a job (`第2条 班长的职务`), the articles are the document's
    role level: one that names neither (`第1条 目的`, `第6条 附则`) starts a part with no
    role, so its prose gives no row.  Otherwise such an article is a group of the running
    role's items.
    """
    found: list[tuple[int, tuple[str, str, bool] | None, str, int]] = []
    for i, ln in enumerate(lines):
        m = _ARTICLE_NO.match(ln)
        if m:
            title = m.group("t").strip()
            found.append((i, _heading_kind(title), title, m.start("t")))
    roles_named = any(k is not None and k[0] == "role" and k[1] for _, k, _, _ in found)
    out: dict[int, tuple[str, str, int, int]] = {}
    for i, kind, title, ts in found:
        te = ts + len(title)
        if kind is not None:
            out[i] = (kind[0], kind[1], ts, te)
        elif roles_named:
            out[i] = ("role", "", ts, te)
        else:
            out[i] = ("group", title, ts, te)
    return out


def _heading_kind(title: str) -> tuple[str, str, bool] | None:
    """What a heading's words alone say: (kind, value, strong) or None.

    `strong` is a role heading that says so (`店长岗位职责`); a bare job title (`兽医助理`)
    is weak, since a group inside a list can read like one (`日常护理`).
    """
    section = S.heading_section(title) or S.heading_section(R.strip_decorations(title))
    if section:
        return "sect", section, True          # `### 工作职责`, `### 1.2 任职要求`
    role = R.heading_role(title)
    if role is not None:
        return "role", role, True
    role = R.bare_title_role(title, 14) or R.soft_title_role(title, 10)
    return ("role", role, False) if role is not None else None


def _markdown_headings(heads: list[tuple[int, int, str, int]],
                       lines: list[str] | None = None) -> dict[int, tuple[str, str, int, int]]:
    """Markdown headings → role / section / group pieces, by level and content.

    A heading below a section heading is a group of that section's items (`#### 诊疗协助`)
    unless its words say role heading outright (`XX岗位职责`).  Otherwise a heading is a
    section when its words name one (`### 任职要求`), a role when they name a job
    (`## 兽医助理`) or when section headings sit below it (`## 执业兽医` over `### 工作职责`);
    a role heading with other role headings below it is the page's or a unit's title (no
    role).  Any other heading names nothing and is left to the line rules.
    """
    info = []
    for i, level, raw, start in heads:
        title = re.sub(r"^\*\*(.+)\*\*$", r"\1", raw).strip()
        ts = start + raw.find(title)
        info.append({"level": level, "title": title, "ts": ts, "te": ts + len(title),
                     "line": i, "kind": _heading_kind(title)})
    open_sect: int | None = None          # level of the section heading whose items run now
    for h in info:
        if open_sect is not None and h["level"] <= open_sect:
            open_sect = None
        kind = h["kind"]
        if kind is not None and kind[0] == "sect":
            open_sect = h["level"]
        elif open_sect is not None and not (kind is not None and kind[2]) and len(h["title"]) <= 20:
            h["kind"] = ("group", h["title"].rstrip(":："), False)

    def below(k: int) -> list[dict]:
        """Headings under heading k, up to the next one of its level or higher."""
        out = []
        for h in info[k + 1:]:
            if h["level"] <= info[k]["level"]:
                break
            out.append(h)
        return out

    for k, h in enumerate(info):
        bare = R.strip_decorations(h["title"])          # `## 一、节目编导`: the numbering is no part of the title
        if h["kind"] is None and R.plausible_role(bare, 16) \
                and any(b["kind"] is not None and b["kind"][0] == "sect" for b in below(k)):
            h["kind"] = ("role", R.tidy_role(bare), False)
    for k, h in enumerate(info):
        # a title over role headings (`# XX医院岗位职责`, `# 客服中心` over `## 执业兽医`)
        # names none of them; a bare job title keeps its role (`店长` underlined `===`,
        # `导购` underlined `---` are two roles, not a title and its part)
        if h["kind"] is not None and h["kind"][0] == "role" \
                and not (R.bare_title_role(h["title"], 14) and not R.heading_role(h["title"])) \
                and any(b["kind"] is not None and b["kind"][0] == "role" for b in below(k)):
            h["kind"] = ("role", "", False)
    # a heading that names nothing is still a heading, never a row: at or above the level of
    # the role headings it starts a part with no role (`## 附录`); below one, a group
    role_levels = [h["level"] for h in info if h["kind"] is not None and h["kind"][0] == "role" and h["kind"][1]]
    if not role_levels and lines is not None:
        # `## 一、剧务` … `## 二、场记`: numbered headings of one level, each a short name with
        # a list or a section under it, are the page's posts even when no title word says so
        for level in sorted({h["level"] for h in info}):
            same = [k for k, h in enumerate(info) if h["level"] == level]
            named = [k for k in same if info[k]["kind"] is None and _numbered_name(info[k]["title"])
                     and _list_below(lines, info[k]["line"], _next_heading_line(info, k, len(lines)))]
            if len(named) >= 2 and len(named) * 2 > len(same):
                for k in named:
                    info[k]["kind"] = ("role", R.tidy_role(R.strip_decorations(info[k]["title"])), False)
                role_levels = [level]
                break
    elif lines is not None:
        # `## 一、剧务` beside `## 二、灯光师`: a numbered short post name with a list under it, at
        # the level of role headings, is a post too (not a part with no role)
        for k, h in enumerate(info):
            if h["kind"] is None and h["level"] in role_levels and _numbered_name(h["title"]) \
                    and _list_below(lines, h["line"], _next_heading_line(info, k, len(lines))):
                h["kind"] = ("role", R.tidy_role(R.strip_decorations(h["title"])), False)
    if len(info) >= 2 and role_levels:
        top = min(role_levels)
        for h in info:
            if h["kind"] is None and len(h["title"]) <= 20:
                h["kind"] = ("role", "", False) if h["level"] <= top else ("group", h["title"].rstrip(":："), False)
    return {h["line"]: (h["kind"][0], h["kind"][1], h["ts"], h["te"]) for h in info if h["kind"] is not None}


def _numbered_name(title: str) -> bool:
    """`一、剧务`, `2. 场记`: a numbered short name that reads as a post, not a sentence or topic."""
    bare = R.strip_decorations(title)
    return bare != title.strip() and 2 <= len(bare) <= 8 and R.plausible_role(bare, 8) and R.post_like(bare) \
        and not S.looks_like_duty(bare) and not re.search(r"[\d%％]", bare)


def _next_heading_line(info: list[dict], k: int, n_lines: int) -> int:
    return info[k + 1]["line"] if k + 1 < len(info) else n_lines


def _list_below(lines: list[str], start: int, end: int) -> bool:
    """A list item or a section label between a heading and the next one."""
    for ln in lines[start + 1:end]:
        t = ln.strip()
        if _LEAD_BULLET.match(t) or _BOLD_LABEL.match(t) or S.heading_section(t.strip("*#:： ")):
            return True
    return False


# an e-mail's header fields, the line that opens the quoted earlier mail, a quoted line
_MAIL_HEAD = re.compile(r"^\s*(?:发件人|收件人|抄送|密送|发送时间|发件时间|主题|From|To|Cc|Bcc|Sent|Date|Subject)\s*[:：]", re.I)
_MAIL_QUOTE = re.compile(r"^\s*(?:[-_=]{2,}\s*(?:原始邮件|Original Message)\s*[-_=]{2,}|在.{4,60}写道\s*[:：]|On .{4,100} wrote:)\s*$", re.I)
_MAIL_SENDER = re.compile(r"^\s*(?:发件人|From)\s*[:：]", re.I)


# a chat log's speaker line: `<name>：` alone (its timestamp cut by cleaning) or `<name> 08:15`
# (`<name> 2026/03/02 08:15`): who wrote the next message
_CHAT_CLOCK = r"(?:\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?"
_CHAT_SPEAKER = re.compile(rf"^\s*(?:{_CHAT_CLOCK}\s+)?(?P<n>[^\s:：，,。；;！!？?、【】\[\]()（）]{{1,16}})\s*[:：]\s*$"
                           rf"|^\s*(?P<m>[^\s:：，,。；;！!？?、【】\[\]()（）]{{1,16}})[ \t]+{_CHAT_CLOCK}\s*$")


def _chat_speakers(lines: list[str]) -> dict[int, str]:
    """A chat log's speaker lines by index (line → the speaker's name).

    Only in a text that reads as a chat: three or more speaker lines, one name among them
    coming back (a group chat's speakers take turns).  A heading (`岗位职责：`, `压榨工：`)
    is never a speaker.  A speaker line ends the message above it: what follows is another
    message, never the wrap of an item."""
    found: dict[int, str] = {}
    titled: dict[int, str] = {}          # speakers whose name reads as a post (`李师傅`, `王班长`)
    for i, ln in enumerate(lines):
        m = _CHAT_SPEAKER.match(ln)
        if not m:
            continue
        name = m.group("n") or m.group("m")
        if S.heading_section(name) or find_markers(name, {}):
            continue
        clocked = bool(re.search(r"\d:\d\d", ln))      # a clock time by the name: a chat header whatever the name
        if not clocked and (R.heading_role(name) is not None or R.bare_title_role(name, 14) or R.soft_title_role(name)):
            titled[i] = name
            continue
        found[i] = name
    names = list(found.values())
    if len(names) < 3 or len(set(names)) == len(names):
        return {}
    for i, name in titled.items():
        # in a chat, a post-like name is a speaker unless a list or a section follows it (a heading)
        nxt = next((lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()), "")
        if nxt and not find_markers(nxt, {}) and not S.heading_section(nxt.rstrip(":：")) \
                and not re.match(r"^[【\[]", nxt):
            found[i] = name
    return found


def _mail_lines(lines: list[str]) -> dict[int, str]:
    """An e-mail's furniture by line index: header blocks (`发件人：` `收件人：` `主题：` …, two or
    more fields in a row, one of them the sender), the line that opens the quoted earlier mail
    (`-----原始邮件-----`) and quoted lines (`> …`).  Only in a text that has such a header: a
    plain page may quote with `>` or have a `主题：` field."""
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if not _MAIL_SENDER.match(ln):
            continue
        # the header block: the sender's line and the lines up to the next blank one, mostly
        # fields (cleaning may have cut a date out of `发送时间：…`, leaving a line that is none)
        j = i
        while j < len(lines) and lines[j].strip() and j - i < 8:
            j += 1
        fields = sum(1 for k in range(i, j) if _MAIL_HEAD.match(lines[k]))
        if fields >= 2 and fields * 2 >= j - i:
            out.update({k: "e-mail header (sender, recipients, subject)" for k in range(i, j)})
    if not out:
        return {}
    for i, ln in enumerate(lines):
        if _MAIL_QUOTE.match(ln):
            out[i] = "e-mail: the quoted earlier mail starts here"
        elif ln.lstrip().startswith((">", "＞")):
            out[i] = "e-mail: a quoted line of the earlier mail"
    return out


def _page_furniture(lines: list[str]) -> list[int]:
    """Indices of page-number lines and of the running header/footer of a paginated export.

    A running line recurs (same words, spacing aside) at page breaks: within two lines of a
    page number at two or more breaks, or as the text's first line and again after each page
    break (a page number or a blank line, where cleaning removed the number), or as its last
    line and again before each break.  Every
    occurrence of it is furniture.  Headings that name a role or section and list items are
    never running lines, however often they recur.
    """
    page = {i for i, ln in enumerate(lines) if _PAGE_NO.match(ln)}
    key = [re.sub(r"\s+", "", ln) for ln in lines]
    first = next((i for i, k in enumerate(key) if k), -1)
    breaks: dict[str, set[int]] = {}
    for i in page:
        for step in (-1, 1):
            j, got = i + step, 0
            while 0 <= j < len(lines) and got < 2:
                if key[j] and j not in page:
                    got += 1
                    breaks.setdefault(key[j], set()).add(i)
                j += step
    running = {k for k, near in breaks.items() if len(near) >= 2}
    if first >= 0:
        k = key[first]
        later = [i for i in range(first + 1, len(key)) if key[i] == k]
        if later and all(i > 0 and (not key[i - 1] or i - 1 in page) for i in later):
            running.add(k)
        last = max(i for i, k in enumerate(key) if k)
        k = key[last]
        earlier = [i for i in range(last) if key[i] == k]
        if earlier and all(i + 1 < len(key) and (not key[i + 1] or i + 1 in page) for i in earlier):
            running.add(k)      # the footer, the text's last line and again before each break
    titled = {k for k in running if not _may_run(k) and _title_may_run(k)} if page else set()
    running = {k for k in running if _may_run(k)}
    # a title that recurs at page breaks: its first time it heads the text, after that it is
    # the running header (a role it names must not restart at each page)
    again = {i for k in titled for i in [j for j, kk in enumerate(key) if kk == k][1:]}
    if first >= 0 and _title_may_run(key[first]):
        # the text's title again inside a numbered list whose numbers carry on across it (the
        # page number between was cleaned away): the running header of the next page
        again |= {i for i in range(first + 1, len(key)) if key[i] == key[first] and _numbers_carry_on(lines, page, i)}
    return sorted(page | again | {i for i, k in enumerate(key) if k in running})


def _numbers_carry_on(lines: list[str], page: set[int], i: int) -> bool:
    """Does the numbered line after line `i` (page numbers and blanks skipped) carry on the
    numbering of the numbered line before it (`3.` after `2.`, same kind)?"""
    def marker_at(j: int, step: int):
        while 0 <= j < len(lines) and (j in page or not lines[j].strip()):
            j += step
        if not 0 <= j < len(lines):
            return None
        ms = find_markers(lines[j], {})
        return ms[0] if ms and ms[0].start == len(lines[j]) - len(lines[j].lstrip()) else None
    before, after = marker_at(i - 1, -1), None
    j = i + 1
    while j < len(lines) and (j in page or not lines[j].strip()):
        j += 1
    after = marker_at(j, 1)
    if before is None:
        # the line before may be the wrapped end of an item: look one line further up
        k = i - 1
        while k > 0 and not find_markers(lines[k], {}) and lines[k].strip():
            k -= 1
        before = marker_at(k, -1) if k != i - 1 else None
    return (before is not None and after is not None and before.kind == after.kind
            and before.num is not None and after.num == before.num + 1 and after.num > 1)


def _title_may_run(key: str) -> bool:
    """A role title (`XX岗位职责`) that may be a running header: not a section heading, not a
    numbered item or heading, long enough to be the document's title."""
    if len(key) < 6 or S.heading_section(key) or R.heading_role(key) is None:
        return False
    markers = find_markers(key, {})
    return not (markers and markers[0].start == 0)


def _may_run(key: str) -> bool:
    """Can this line be a running header/footer (not a heading, item or job title)?"""
    if len(key) < 4 or S.heading_section(key) or R.bare_title_role(key, 14):
        return False
    if R.heading_role(key):
        return False
    markers = find_markers(key, {})
    return not (markers and markers[0].start == 0)
