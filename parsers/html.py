"""HTML → main-content text lines with selectolax (lexbor): block structure kept, chrome dropped.

The output is the "decoded text" of an HTML document in the dataset's sense: rows'
`char_start`/`char_end` point into it.  Blocks (headings, paragraphs, list items, table
rows, `<br>`) become lines; table cells of one row share a line (label/value rows: see below).

Which part of the page is the content:
- per-site CSS `selectors` (from the sources file) when given and matching;
- otherwise a generic rule, after dropping scripts, forms and HTML5 chrome (nav, header,
  footer, aside) and elements whose class/id names chrome (menu, breadcrumb, related,
  comment, share, ad, a wiki page's metadata, likes, labels, attachments and note boxes, …):
  1. every paragraph-like block scores by its text (length, Chinese and Western punctuation)
     discounted by its link density, and credits its parent (and half its grandparent),
     as in Readability; <body> itself only when its own paragraphs outscore the best box
     BODY_WINS times (a bare notice page: paragraphs straight in <body> around a table);
  2. the best-credited container wins and grows to ancestors that add almost no text (and
     to its whole table when it sits in a data table);
  3. the content is often several sibling blocks (forum posts, job cards, one table per
     role): climbing from the winner to <body>, every sibling block that scores like content
     is kept too, a repeated block (same tag and class) whole; the nearest h1–h3 before the
     first block (the title) is added when the content has none of its own;
  4. inside it, link-dense blocks (link lists, "related articles", prev/next, tag clouds)
     are dropped, and so are short lines that are site boilerplate (copyright, ICP
     licence, "上一篇/下一篇", share prompts, post metadata, salary lines, take-down
     notices, WeChat read counts); a notice's right-aligned sign-off (issuer and date) goes too; a block headed "相关推荐", "猜你喜欢", "网友评论", … is a related-articles
     list or a comment thread, whether or not its items are links; a reply's quote box whose
     lines all show elsewhere on the page (the quoted post) goes, noted;
  5. forum and page furniture found by its lines, whatever its markup: a floor's tail
     (`2楼 2026-11-18 21:30`, `IP属地…`), reply buttons and replies inside a floor or under a
     page (`某某：谢谢 2026-11-18 21:41`), poster badges, unlinked breadcrumbs, bylines,
     prev/next and contents links; a menu of job titles (the other postings) and a job
     card's facts as a list (`成都-双流区 / 3-5年 / 中专 / 招3人`) go too, noted.
Blocks next to the content that belong to it however little they score: the headings between
its blocks, a note right under it (`<p>备注：…</p>` after a duty table) and a section under a
section heading after its last block (`<h3>任职要求</h3><p>…</p>`).  A read-only `<textarea>`
holding a post (a classifieds site) is page text, and an entity left in the text after parsing
(`&amp;ldquo;` in the source) is the character it names; a `<details>` box's `<summary>` is a
heading.
When the content never names the job but the page does outside it, in its <title>
(`前厅主管招聘_某酒店_某聘网`) or at the end of its breadcrumb (`… > 岗位说明 > 收费员`), that
title is written as the text's first line, as the missing heading would have been.

Rendering keeps what the segmenter needs to see: Word's bullet glyphs (a `·` in the Symbol
font, an `l` in Wingdings at the start of an `mso-list` paragraph) become `• `; `<ol>` items
get their number (`1. `, honouring `start`/`value`/`type`) and `<ul>` items a bullet (`• `)
unless the item already starts with a marker, except an item that is only a job title over
its own nested list (`岗位：<title>`, the role of the items below) and an item that is only a
short label over its own list (`（一）原料检验`: a sub-heading, never a row); a heading (h1–h6)
or a line all in bold that is only a job title, numbered or not (`<h3>码头水手</h3>`, `<p><b>A.
时政记者</b></p>`, `职位空缺：郵務員`; a short name with no title ending, `领队`, when most
headings of its kind beside it are titles), and a bold label opening a line (`<b>厨师：</b>
做早餐；…`) are written `岗位：<title>` (a bare title segmentation reads as one stays as it
is; an outline's `3.2 X` over `3.2.1 …` stays for segmentation); a table row of label/value
cells becomes `label：value` lines, and a table of one role per row (duties and/or
requirements by role, column names read in Simplified script) `岗位：<role>` with its cells
under their column labels (the role from the job column, never the unit's or the boss's;
merged cells followed through rowspans; a note row across the table stays a line; the header
row itself is not written).  Fields laid side by side with a wide gap (two ideographic spaces,
four no-break spaces) are lines of their own.  Blocks are parted by hard breaks (two empty
lines; `HARD_BREAK` while rendering): segmentation never wraps a line of one block onto the
last line of another (a heading, a chatty paragraph after a list, the second copy of a page).
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from normalize.script import to_simplified
from parsers import roles, sections
from parsers.chrome import BREADCRUMB, byline_line, card_fields, navigation_line

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
             "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "head",
             "input", "textarea", "label")
BLOCK_TAGS = ("address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset",
              "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
              "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "center", "tbody",
              "thead", "tfoot", "details", "summary")
CELL_TAGS = ("td", "th")
_DROP_SELECTOR = ", ".join(DROP_TAGS)
NOTED_TAGS = frozenset(("nav", "header", "footer", "aside", "form", "button", "select", "label", "textarea"))
UNIT_TAGS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dd",
                       "dt", "td", "th", "caption"))
INLINE_TAGS = frozenset(("a", "span", "b", "strong", "i", "em", "u", "font", "small", "big", "sub",
                         "sup", "code", "abbr", "cite", "label", "mark", "q", "s", "strike", "tt",
                         "img", "br", "wbr", "-text"))
# class/id tokens that name page chrome rather than content
CHROME_TOKENS = frozenset((
    "nav", "navbar", "menu", "topnav", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position",
    "footer", "foot", "copyright", "sidebar", "side", "aside", "widget", "related", "relate",
    "recommend", "recommended", "hot", "hotlist", "comment", "comments", "commentlist", "reply",
    "replies", "share", "sharing", "social", "ad", "ads", "advert", "adv", "advertisement", "banner",
    "sponsor", "tags", "tag", "tagcloud", "pagination", "pager", "pages", "pagelist", "login",
    "search", "friendlink", "flink", "links", "toolbar", "popup", "modal", "cookie", "guess",
    "like", "prevnext", "prev", "next", "header", "head", "topbar", "top", "bottom", "sitemap",
    # forum post furniture and page furniture abbreviations (Discuz: hd/ft/authi/pstatus)
    "author", "authi", "postinfo", "pstatus", "sign", "signature", "avatar", "userinfo", "byline",
    "meta", "hd", "ft", "tip", "tips", "disclaimer", "rec", "sim", "similar", "sider",
    # Q&A votes and job-board company cards beside the posting
    "vote", "votes", "voters", "upvote", "company", "corp", "employer",
    # comment boxes named in pinyin (留言, 评论) and guest books; Tieba's replies inside a floor
    "liuyan", "pinglun", "guestbook", "lzl",
    # a wiki page's furniture: who changed it when, its likes and labels, its attached files
    "metadata", "likes", "labels", "attachments", "attachment"))
# a wiki's note box (Confluence `confluence-information-macro-note`): a macro that is an aside
NOTE_MACRO = frozenset(("information", "info", "note", "tip", "warning"))
CONTENT_TOKENS = frozenset(("content", "article", "main", "post", "entry", "text", "body", "detail",
                            "zhengwen", "neirong", "wenzhang", "con", "txt"))
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_PUNCT = re.compile(r"[，。；、：！？,;:]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
HARD_BREAK = "\U000F0001"     # a line of its own in rendered text (a private-use character): two empty lines
_BLOCK_GAP = re.compile(r"\n\n+")
_HARD_RUN = re.compile("\n*(?:\U000F0001\n*)+")
_BOILERPLATE = re.compile(
    r"©|copyright|\(c\)\s*\d{4}|icp[备證证]|^\s*(版权所有|版權所有)|(版权所有|版權所有)\s*$|版权归|版權歸"
    r"|^\s*(上一篇|下一篇|上一篇：|下一篇：)|分享到|转载请注明|轉載請註明|免责声明|免責聲明"
    r"|^\s*(当前位置|當前位置|您的位置|你的位置)\s*[:：]|^\s*(相关文章|相关阅读|相關閱讀|相關文章|猜你喜欢|热门推荐|熱門推薦|推荐阅读)\s*$"
    r"|^\s*本文由.{0,12}(投稿|整理|发布|發佈|提供)|^\s*(发布时间|發布時間|时间|時間|日期|作者|来源|來源|浏览|瀏覽)\s*[:：]"
    r"|本站.{0,12}(来自网络|來自網絡|来源于网络|來源於網絡|仅供|僅供)|^[^|｜]{1,12}(\s*[|｜]\s*[^|｜]{1,12}){2,}$|联系\s*QQ|聯繫\s*QQ"
    r"|(阅读|閱讀|浏览|瀏覽)\s*[:：]?\s*\d+\s*次?\s*$|^\s*本帖最(后|後)由.{0,40}(编辑|編輯)\s*$|(发表于|發表於|发布于|發佈於|發布於|编辑于|編輯於|更新于|更新於|回答于|回答於)\s*\d{4}[-/年.]|^\s*\d+\s*(楼|樓)\s*$"
    r"|^\s*(帖子|主题|主題|积分|積分|注册|註冊|精华|精華|威望|金钱|金錢|UID)\s*[:：]?\s*\d"
    r"|^\s*\d[\d.]*\s*[-~～至]\s*\d[\d.]*\s*(元|K|k|万|萬|千)(\s*/\s*[月年天时時]|·|\s*[|｜]|\s*$)|^\s*(返回首页|返回列表|返回顶部|返回頂部)\s*$"
    r"|如有侵权|如有侵權|侵权请|侵權請|侵删|侵刪|^\s*(温馨提示|溫馨提示|友情提示|特别提醒|特別提醒)\s*[:：]"
    r"|^\s*[\d.,]+\s*[KkWw万萬千]?\s*(个\s*)?人\s*(赞同|贊同|点赞|點讚|觉得有用|覺得有用|收藏)(了)?(该|該|这个|這個)?(回答|答案|帖子)?\s*$"
    r"|^\s*(回答者|提问者|答主|回复者|回覆者|发帖人|發帖人|提问时间|提問時間|回答时间|回答時間)\s*[:：]|^\s*(最佳答案|推荐答案|推薦答案|满意答案|滿意答案|其他回答|其他答案|全部回答|精选回答|精選回答)\s*[:：]?\s*$"
    r"|^\s*(阅读|閱讀)\s*[\d.]+\s*[万萬wW]?\+?\s*(在看|点赞|點讚|赞|讚)\s*[\d.]+\s*[万萬wW]?\+?\s*$"
    r"|^\s*(查看|更多|全部)\S{0,8}(职位|職位|岗位|崗位|招聘)\s*([(（]\s*\d+\s*[)）])?\s*[>》»]*\s*$",
    re.I)
# a forum floor's tail (`2楼 2026-11-18 21:30`, `来自Android客户端3楼2026-…`), the poster's name and
# level badge (`花田小满 LV6`), a folded floor's notice, its reply button
# (`回复(3)`, `收起回复`) and a reply inside the floor (楼中楼: `某某：谢谢分享 2026-11-18 21:41`) or
# under a page (`游客：请问还招人吗？ 2027-01-12`)
_WHEN = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"
FORUM_TAIL = re.compile(
    r"^\s*(?:IP属地\s*[:：]\s*\S{1,10}\s*)?(?:来自\S{0,20}(?:客户端|手机版)\s*)?(?:\d{1,5}\s*[楼樓#]|楼主|樓主)\s*"
    rf"{_WHEN}\s*(?:(?:回复|回覆)\s*(?:[(（]\s*\d*\s*[)）])?\s*)?$"
    r"|^\s*(?:回复|回覆|收起回复|收起回覆|展开回复|展開回覆|我也说一句|我也說一句|评论|評論|点赞|點讚)\s*(?:[(（]\s*\d*\s*[)）])?\s*$"
    r"|^\s*(?:该楼层疑似违规已被系统折叠|隐藏此楼|查看此楼)(?:\s*(?:隐藏此楼|查看此楼))*\s*$"
    r"|^\s*(?:楼主\s*)?[^\s:：，。,]{1,16}\s+(?:LV|Lv|lv)\.?\s*\d{1,2}\s*$"
    r"|^\s*(?:回复\s*)?(?![\d(（①-⑳⑴-⒇])[^\s:：，。,、]{1,16}(?<!时间)(?<!日期)(?<!截止)(?<!期限)(?<!时限)\s*[:：].{1,60}?\s*"
    rf"{_WHEN}\s*$")
# a post's byline of several fields (`发布人：质量部　发布时间：2027-02-11　阅读次数：57`)
BYLINE_FIELDS = re.compile(r"^\s*(?:发布人|發布人|发布者|發布者|发布单位|發布單位|发布部门|發布部門|发稿人|發稿人|撰稿人?|审稿人?|審稿人?"
                           r"|责任编辑|責任編輯|编辑|編輯|录入|錄入|供稿)\s*[:：][^\n]{0,40}?"
                           r"(?:发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|日期|时间|時間|阅读|閱讀|浏览|瀏覽|点击|點擊)")
# headings of related-article lists and comment threads (a block they open is not content)
RELATED_TITLE = re.compile(
    r"^\s*(?:(?:相关|相關)(?:文章|推荐|推薦|阅读|閱讀|内容|內容|范文|範文|链接|鏈接|专题|專題|职位|職位|资料|資料"
    r"|文档|文檔|下载|下載|搜索|标签|標籤|新闻|新聞|话题|話題|岗位职责|崗位職責)|猜(?:你|您)喜(?:欢|歡)|(?:你|您)可能(?:还|還)?(?:感兴趣|感興趣|喜欢|喜歡)"
    r"|(?:热门|熱門|推荐|推薦|精彩|更多|最新|延伸)(?:文章|推荐|推薦|阅读|閱讀|排行|专题|專題|范文|範文|职位|職位|内容|內容)"
    r"|(?:相似|类似|類似)(?:职位|職位|岗位|崗位|文章|推荐|推薦)|大家都在看|(?:看过|看過|浏览过|瀏覽過)(?:本文|此文|该文|該文|这篇|這篇|该职位|該職位|此职位|此職位|本职位|本職位|这个职位|這個職位|该岗位|該崗位)?的人(?:还|還|也)(?:看了|在看|看过|看過|浏览了|瀏覽了)"
    r"|(?:网友|網友|读者|讀者|最新|热门|熱門|全部|发表|發表|用户|用戶)?(?:评论|評論|留言|点评|點評)"
    r"(?:\s*[(（]\s*\d*\s*[)）]|\s*\d+\s*条?)?)"
    r"\s*[:：]?\s*$")
# a job posting's side fields: a heading block naming one, with its value block after it
JOB_FIELD_TITLE = re.compile(
    r"^\s*(?:工作|上班|公司|企业|單位|单位|联系|聯繫|面试|面試|办公|辦公)(?:地址|地点|地點|位置)"
    r"|^\s*(?:联系方式|聯繫方式|联系电话|聯繫電話|联系人|聯繫人|公司介绍|公司介紹|公司简介|公司簡介|企业介绍|企業介紹"
    r"|企业简介|企業簡介|公司信息|公司資訊|企业信息|企業信息|公司福利|职位福利|職位福利|福利待遇|薪资福利|薪資福利|工商信息|工商資訊)\s*[:：]?\s*$")
JOB_FIELD_MAX_TEXT = 600      # a company profile under 公司介绍 runs to a few hundred characters
LIST_MARKER = re.compile(
    r"\s*(?:\d{1,3}\s*[.、．,，)）:：]|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-zA-Z])\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳⑴-⒇⒈-⒛]|[•·●○◆◇■□▪▫☆★※►▶✓✔*\-—–]|[a-zA-Z][.)、]\s)")
LABEL_MAX = 8
LAYOUT_IN_CELL = "div, table, section, article, form, h1, h2, h3, h4, h5, h6"   # a cell laying out a page
MAX_TABLE_NESTING = 20
_DIGIT = re.compile(r"\d")
RELATED_MAX_TEXT = 300        # a block opened by a related-list heading with more plain text is content
BOILERPLATE_MAX = 80          # longer lines are content even if they match
LINK_DENSE = 0.5
GROW_CHARS = 20               # an ancestor may add this many characters of its own text …
GROW_SHARE = 0.15             # … or this share of the content's, and still be the content
SIBLING_SHARE = 0.3           # a sibling block whose paragraphs add up to this share of the content's …
SIBLING_BEST_SHARE = 0.3      # … and whose best paragraph has this share of the content's best is content too
POST_MIN_CHARS = 20           # a repeated block (post, answer) with less text is a thank-you, not content
POST_SEARCH_DEPTH = 2         # posts of a kind are looked for this deep in the blocks beside the content
GENERIC_CLASS_TOKENS = frozenset((
    "item", "items", "box", "wrap", "wrapper", "list", "clearfix", "clear", "left", "right", "main", "inner",
    "outer", "con", "cont", "container", "block", "row", "col", "mod", "module", "panel", "section", "part",
    "body", "text", "content", "cell", "first", "last", "odd", "even", "active", "cur", "current", "other",
    "best", "new", "hot", "top", "wgt", "show", "hide", "hidden", "fix", "area", "unit", "card", "info",
    "detail", "title", "line", "div", "span", "bg", "border", "mt10", "mb10", "pt10", "pb10",
    # words an article and the list of articles beside it share
    "article", "art", "arc", "archive", "news", "doc", "page", "entry", "story", "blog", "rank", "txt"))
BODY_WINS = 4.0               # <body> is the content when its own paragraphs outscore the best box this many times
POST_MIN_SCORE = 3.0          # … and its best paragraph scores this (a sentence, not a list of titles)


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def page_title(html: str) -> str:
    node = parse(html).css_first("title")
    return node.text(strip=True) if node else ""


@dataclass(frozen=True)
class DroppedBlock:
    """Text of the page that extraction left out, and why (bad input never just disappears)."""

    text: str
    reason: str


@dataclass
class Extraction:
    text: str                                   # the extracted text rows point into
    dropped: list[DroppedBlock] = field(default_factory=list)


def html_to_text(html: str, selectors: Sequence[str] | None = None) -> str:
    """Main text of a page as lines; `selectors` (CSS) pick the content when given and found."""
    return extract(html, selectors).text


def extract(html: str, selectors: Sequence[str] | None = None) -> Extraction:
    """Main text of a page and every block of visible text left out of it, with the reason."""
    tree = parse(html)
    _word_bullets(tree)
    _open_textareas(tree)
    drops: list[DroppedBlock] = []
    roots: list[LexborNode] = []
    for sel in selectors or ():
        try:
            roots.extend(tree.css(sel))
        except Exception:  # noqa: BLE001 - a bad selector from a sources file falls back
            continue
    if roots:
        roots = _outermost(roots)
        _note_outside(tree.body or tree.root, roots, drops, "outside the configured content selectors")
        chunks = []
        for root in roots:
            _drop_tags(root, drops)
            chunks.append(_block_text(root))
        text = tidy_lines(_split_wide_gaps(f"\n{HARD_BREAK}\n".join(chunks)))
        return Extraction(_BLOCK_GAP.sub("\n\n\n", text), drops)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    named = _job_name_field(tree)      # read before extraction takes the card apart
    chunks = [_block_text(node) for node in main_content(tree, drops)]
    # the content's blocks are parted by hard breaks: one never wraps onto the other's last line
    text = tidy_lines(_drop_boilerplate_lines(_split_wide_gaps(f"\n{HARD_BREAK}\n".join(chunks)), drops))
    # blocks of a page are parted by hard breaks: a line of one never wraps onto another
    text = _BLOCK_GAP.sub("\n\n\n", text)
    role = _missing_role([_title_lead(title)] + named + _crumb_ends(drops), text)
    # the text is tidy already: tidying it again would fold its hard breaks
    return Extraction(tidy_lines(role).rstrip("\n") + "\n\n" + text if role.strip() else text, drops)


# a classifieds post shown in a read-only <textarea> (the posting's text, in a form): at least
# this many visible characters, some of them Chinese, make it page text rather than a field
TEXTAREA_MIN = 30
_CJK = re.compile(r"[\u4e00-\u9fff]")
# an entity reference still in the text after parsing: the page escaped it twice
# (`&amp;ldquo;`, `&amp;#12289;`), as CMSs do to text they put in a textarea or <pre>
_LEFT_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,15});")


def unescape_twice_escaped(text: str) -> str:
    """`&ldquo;` left in parsed text as characters (`“`): an entity escaped twice stands for
    its character; an unknown name, or one that is not one printable character, stays."""
    def one(m: re.Match) -> str:
        new = _html.unescape(m.group())
        if new == m.group() or len(new) != 1:
            return m.group()
        return " " if new.isspace() else new if new.isprintable() else m.group()
    return _LEFT_ENTITY.sub(one, text) if "&" in text else text


def _open_textareas(tree: LexborHTMLParser) -> None:
    """A <textarea> holding a post's text (a classifieds site shows the posting in a read-only
    field inside a form) is page text: written as lines of one block in front of its form, which
    goes as chrome.  A short field (a reply box's placeholder) stays a field."""
    for area in tree.css("textarea"):
        text = area.text(deep=True) or ""
        if _visible_len(text) < TEXTAREA_MIN or not _CJK.search(text):
            continue
        anchor = area
        node = area.parent
        while node is not None:
            if node.tag == "form":
                anchor = node
            node = node.parent
        lines = "<br>".join(_html.escape(line) for line in unescape_twice_escaped(text).split("\n"))
        box = LexborHTMLParser(f"<div>{lines}</div>").css_first("div")
        if box is not None:
            anchor.insert_before(box)
            area.decompose()


# Word's list paragraphs draw their bullet as a glyph of a symbol font (`·` in Symbol, `l` or
# `Ø` in Wingdings, `o` in Courier New): the item's marker, not its first character
_SYMBOL_FONT = re.compile(r"font-family\s*:\s*[\"']?(?:Symbol|Wingdings(?:\s*[23])?|Courier New)\b", re.I)
WORD_BULLET_MAX = 2


def _word_bullets(tree: LexborHTMLParser) -> None:
    """Write Word's bullet glyphs (`<span style='font-family:Symbol'>·</span>` at the start of
    an `mso-list` paragraph) as the bullet they stand for (`• `)."""
    for para in tree.css("p, li"):
        style = para.attributes.get("style") or ""
        if "mso-list" not in style and "MsoListParagraph" not in (para.attributes.get("class") or ""):
            continue
        for span in para.css("span"):
            glyph = span.text(deep=True).replace("\u00a0", " ").strip()
            if not glyph:
                continue
            if (_SYMBOL_FONT.search(span.attributes.get("style") or "") and len(glyph) <= WORD_BULLET_MAX
                    and not re.search(r"[\d\u4e00-\u9fff]", glyph)
                    and para.text(deep=True).replace("\u00a0", " ").lstrip().startswith(glyph)):
                span.replace_with("• ")
            break                   # only the paragraph's first text can be its marker


# a job board's words around the job title in a page <title> (`【急聘】…`, `…招聘`, `「…」`)
_TITLE_BRACKETS = re.compile(r"^[「『【\[]\s*(.+?)\s*[」』】\]]$")
_TITLE_TAG = re.compile(r"^[【\[][^】\]]{1,8}[】\]]\s*|^(?:高薪)?(?:诚聘|急聘|热招|直招|招聘)\s*[:：]?\s*")
_TITLE_HIRING = re.compile(r"\s*(?:(?:高薪)?(?:诚聘|急聘|热招|招聘)(?:信息|启事)?|职位(?:详情|信息)?)$")
TITLE_ROLE_MAX = 16


def _title_lead(title: str) -> str:
    """The job title part of a page <title> (`【急聘】前厅主管招聘_某酒店_某聘网` → `前厅主管`)."""
    lead = _TITLE_SPLIT.split(_SPACES.sub(" ", title).strip(), maxsplit=1)[0].strip()
    m = _TITLE_BRACKETS.match(lead)
    lead = (m.group(1) if m else lead).strip()
    if lead[:1] in "「『【[" and not re.search(r"[」』】\]]", lead):
        lead = lead[1:]             # a bracket closed after the split (`【前厅主管招聘_某酒店_6-8k】-猎聘`)
    lead = _TITLE_HIRING.sub("", _TITLE_TAG.sub("", lead)).strip()
    hiring = re.fullmatch(r".{2,24}?(?:诚聘|急聘|招聘|热招)\s*(?P<job>[^\s招聘]{2,16})", lead)
    return hiring.group("job") if hiring else lead    # `云栖酒店招聘前厅主管`: the job after the employer


# the class or id a job card gives the element naming the post (`job-name`, `jobTitle`,
# `position_name`, `zw-tit`, `zwmc` (职位名称)): a word for the job, then one for its name, ending
# the class (not `job-name-box`, a wrapper of the name and the pay)
_JOB_NAME_ATTR = re.compile(r"(?:job|position|vacancy|career|zhiwei|zw|gangwei|gw)[-_ ]?(?:name|title|tit|ttl|mc)(?![-\w])"
                            r"|(?<![-\w])(?:zwmc|gwmc)(?![-\w])", re.I)
JOB_NAME_MAX = 30


def _job_name_field(tree: LexborHTMLParser) -> list[str]:
    """The post a job card names in an element classed as the job's name (`<div class="job-name">`),
    as a candidate role: a mini-program or app page heads its card with it while its <title> is
    the screen's (`职位详情`) and extraction leaves the card (salary, tags) out of the content.
    Only when the page names one post so: several (a list of similar jobs, each in a link or a
    list item) name none of them."""
    names: list[str] = []
    for node in tree.css("[class], [id]"):
        attrs = " ".join(v for k, v in node.attributes.items() if k in ("class", "id") and v)
        if not _JOB_NAME_ATTR.search(attrs):
            continue
        cur, listed = node, False
        while cur is not None and cur.tag not in ("body", "html"):
            if cur.tag in ("a", "li", "nav", "footer", "aside", "option"):
                listed = True
                break
            cur = cur.parent
        text = _SPACES.sub(" ", node.text(deep=True)).strip()
        if listed or not 2 <= len(text) <= JOB_NAME_MAX:
            continue
        if text not in names:
            names.append(text)
    return names if len(names) == 1 else []


_CRUMB_START = re.compile(r"^\s*(?:当前位置|當前位置|您的位置|你的位置|位置)\s*[:：]")
_CRUMB_SPLIT = re.compile(r"\s*(?:>{1,2}|»|›|→|＞|》)\s*")


def _crumb_ends(drops: list[DroppedBlock]) -> list[str]:
    """The last crumb of each breadcrumb left out of the page (`… >> 岗位说明 >> 收费员`)."""
    out = []
    for d in drops:
        text = d.text.split("\n")[0].strip()
        if len(text) > 80 or not (_CRUMB_START.match(text) or BREADCRUMB.match(text)):
            continue
        crumbs = [c for c in _CRUMB_SPLIT.split(_CRUMB_START.sub("", text)) if c.strip()]
        if len(crumbs) >= 2:
            out.append(crumbs[-1].strip())
    return out


def _missing_role(candidates: list[str], text: str) -> str:
    """The job title a page shows only outside its content, in its <title> (`前厅主管招聘_某酒店_
    某聘网`) or at the end of its breadcrumb (`首页 > 岗位说明 > 收费员`), when the content never
    names it: a trimmed page without the heading, whose text opens straight with `职位描述` /
    `工作职责：`.  Written as the text's first line, it is the role of the items below, as the
    heading would have been.  Nothing when the content names the job, or a line before its
    first item already reads as a role."""
    flat = _SPACES.sub("", text)
    for line in text.split("\n"):
        if LIST_MARKER.match(line) and not _MARKER_ONLY.fullmatch(line):
            break
        core = line.strip().rstrip(":：")
        if core and len(core) <= 30 and (roles.heading_role(core) or roles.bare_title_role(core)):
            return ""
    for lead in candidates:
        if not lead or len(lead) > 40:
            continue
        name = roles.bare_title_role(lead, TITLE_ROLE_MAX) or roles.heading_role(lead) or ""
        if name and roles.plausible_role(name, TITLE_ROLE_MAX):
            return "" if name in flat or roles.canonical(name) in flat else name
    return ""


# a run of blanks inside a line; wide (a field gap) when it holds two ideographic or em spaces
# or four no-break spaces
_GAP = re.compile(r"(?<=\S)[ \t\u00a0\u3000\u2003]+(?=\S)")


_MARKER_ONLY = re.compile(r"(?:" + LIST_MARKER.pattern + r"|第[一二三四五六七八九十百零\d]{1,4}[条章节款])\s*$")


def _wide(gap: re.Match) -> str:
    run = gap.group()
    if run.count("\u3000") + run.count("\u2003") < 2 and run.count("\u00a0") < 4:
        return run
    text, start = gap.string, gap.start()
    newline = text.rfind("\n", max(0, start - 12), start)      # a marker is short: look back a little
    if newline < 0 and start > 12:
        return "\n"
    left = text[newline + 1:start]
    return run if _MARKER_ONLY.fullmatch(left) else "\n"     # `一、　　负责…`: a marker, then its item


def _split_wide_gaps(text: str) -> str:
    """A page lays fields side by side with a wide gap (`月薪：…（视乎经验）　　工作时间：…`):
    each is a line of its own, so neither glues onto the other."""
    return _GAP.sub(_wide, text)


def main_content(tree: LexborHTMLParser, drops: list[DroppedBlock] | None = None) -> list[LexborNode]:
    """The elements holding the page's main content: [title heading,] content blocks (pruned).
    What is left out is noted in `drops` (when given) with its reason."""
    drops = [] if drops is None else drops
    body = tree.body or tree.root
    title_node = tree.css_first("title")
    _rescue_title(body, title_node.text(strip=True) if title_node else "")
    _drop_tags(body, drops)
    stats = _Stats(body)
    _drop_chrome(body, stats, drops)
    _drop_related_lists(body, stats, drops)
    _drop_job_fields(body, stats, drops)
    _drop_signatures(body, drops)
    stats = _Stats(body)
    top, units = _best_candidate(body, stats)
    top = _grow(top, body, stats)
    top = _data_table(top, body)
    scores = _Scores(units, body)
    parts = _content_blocks(top, body, scores, stats)
    for part in parts:
        _prune_short_posts(part, scores, stats, drops)
    _drop_repeated_quotes(parts, drops)
    for part in parts:
        _drop_title_lists(part, drops)
        _drop_card_lists(part, drops)
    parts = _with_headings_between(body, parts, stats)
    parts = _with_notes_after(body, parts)
    parts = _with_section_after(body, parts, stats)
    heading = _heading_before(body, parts[0], stats)
    kept = ([heading] if heading is not None else []) + parts
    _note_outside(body, kept, drops, "outside the main content (not chosen as content)")
    for part in parts:
        _prune_link_blocks(part, stats, drops)
    return kept


QUOTE_TOKENS = frozenset(("quote", "blockquote", "quotebox", "quotecontent", "quoted"))


def _drop_repeated_quotes(parts: list[LexborNode], drops: list[DroppedBlock]) -> None:
    """Remove a reply's quote box (`<blockquote>`, Discuz `div.quote`) whose every line is
    also a line elsewhere in the content: the quoted post is on the page, the copy is the
    question being answered, not a second occurrence of its text.  A quote of a post not on
    the page stays (it may be the only copy)."""
    quotes = _outermost([q for part in parts for q in part.traverse(include_text=False)
                         if q.mem_id != part.mem_id and (q.tag == "blockquote" or _tokens(q) & QUOTE_TOKENS)])
    if not quotes:
        return
    outside: dict[str, int] = {}    # how often a line shows outside every quote
    for part in parts:
        for ln in tidy_lines(_block_text(part)).split("\n"):
            if ln:
                outside[ln] = outside.get(ln, 0) + 1
    quoted = []
    for quote in quotes:
        lines = [ln for ln in tidy_lines(_block_text(quote)).split("\n") if ln]
        for ln in lines:
            outside[ln] = outside.get(ln, 0) - 1
        quoted.append((quote, [ln for ln in lines if not _is_boilerplate(ln)]))
    doomed = [quote for quote, lines in quoted if lines and all(outside.get(ln, 0) >= 1 for ln in lines)]
    _remove(doomed, drops, "forum quote: repeats a post shown on the page")


def _note(drops: list[DroppedBlock], node: LexborNode, reason: str) -> None:
    """Record `node`'s visible text as left out, if it has any."""
    try:
        text = "\n".join(ln for ln in tidy_lines(_block_text(node)).split("\n") if ln)
    except Exception:  # noqa: BLE001 - a node already gone with an ancestor
        return
    if text:
        drops.append(DroppedBlock(text, "html: " + reason))


def _note_outside(body: LexborNode, kept: list[LexborNode], drops: list[DroppedBlock], reason: str) -> None:
    """Note every stretch of the page outside the kept elements: the largest elements that
    neither hold nor sit in one, and bare text beside them."""
    inside: set[int] = set()
    holding: set[int] = set()
    for node in kept:
        inside.update(n.mem_id for n in node.traverse(include_text=False))
        cur = node.parent
        while cur is not None:
            holding.add(cur.mem_id)
            cur = cur.parent
    stack = [body]
    while stack:
        node = stack.pop()
        if node.mem_id in inside:
            continue
        if node.mem_id not in holding:
            _note(drops, node, reason)
            continue
        loose = []
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                loose.append(child.text_content or "")
            elif child.is_element_node:
                stack.append(child)
        text = _SPACES.sub(" ", "".join(loose)).strip()
        if text:
            drops.append(DroppedBlock(text, "html: " + reason))


@dataclass
class _Count:
    text: int = 0      # non-space characters in the subtree
    link: int = 0      # of which inside <a>
    own: int = 0       # in direct text children
    blocks: int = 0    # block elements below (a unit with blocks inside is only a wrapper)

    @property
    def density(self) -> float:
        return self.link / self.text if self.text else 0.0


class _Stats:
    """Text and link-text lengths of every element, in one bottom-up pass."""

    def __init__(self, root: LexborNode) -> None:
        self.counts: dict[int, _Count] = {}
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack:
            node, done = stack.pop()
            if node.tag == "-text":
                continue
            if not done:
                stack.append((node, True))
                for child in node.iter(include_text=False):
                    stack.append((child, False))
                continue
            count = _Count()
            for child in node.iter(include_text=True):
                if child.tag == "-text":
                    n = _visible_len(child.text_content or "")
                    count.text += n
                    count.own += n
                elif child.is_element_node:
                    sub = self.counts.get(child.mem_id)
                    if sub:
                        count.text += sub.text
                        count.link += sub.link
                        count.blocks += sub.blocks
                    if child.tag not in INLINE_TAGS:
                        count.blocks += 1
            if node.tag == "a":
                count.link = count.text
            self.counts[node.mem_id] = count

    def __getitem__(self, node: LexborNode) -> _Count:
        return self.counts.get(node.mem_id) or _Count()


def _visible_len(text: str) -> int:
    return len(text) - sum(1 for ch in text if ch.isspace())


def _tokens(node: LexborNode) -> set[str]:
    attrs = node.attributes
    raw = " ".join(v for k, v in attrs.items() if k in ("class", "id") and v)
    return {t.lower() for t in _TOKEN_SPLIT.split(raw) if t}


_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–—]|\s-\s|-(?=[^\d]))\s*")


def _rescue_title(body: LexborNode, title: str) -> None:
    """Keep the page's title heading when its box is chrome (`<header>`, `class="job-head"`
    beside salary, tags and buttons): the first plain-text <h1> whose text is in the first
    part of the page <title> (`【会计招聘】_XX公司-XX网`; not the site name after it) is copied out in front of the outermost chrome box holding it, so it
    stays the content's title line (on a job posting it names the role)."""
    lead = _TITLE_SPLIT.split(_SPACES.sub("", title), maxsplit=1)[0]
    for h1 in body.css("h1"):
        text = _SPACES.sub("", h1.text(deep=True))
        if not 2 <= len(text) <= 40 or h1.css_first("a") is not None or text not in lead:
            continue
        box, cur = None, h1.parent
        while cur is not None and cur.tag not in ("body", "html"):
            tokens = _tokens(cur)
            if cur.tag in ("nav", "footer", "aside", "a"):
                return
            if cur.tag == "header" or (tokens & CHROME_TOKENS and not tokens & CONTENT_TOKENS):
                box = cur
            cur = cur.parent
        if box is not None:
            box.insert_before(h1)
            h1.decompose()
        return


def _drop_tags(root: LexborNode, drops: list[DroppedBlock]) -> None:
    """Remove scripts, forms, page chrome tags and comments under `root`.

    Nodes are collected first and removed after, outermost only: lexbor frees a removed
    subtree at once, so removing while traversing, or removing a node inside one already
    removed (<header> in <header>), reads freed memory and crashes the process."""
    for node in _outermost(root.css(_DROP_SELECTOR)):
        if node.tag in NOTED_TAGS:
            _note(drops, node, f"page chrome (<{node.tag}>)")
        node.decompose()
    for node in [n for n in root.traverse(include_text=False) if n.is_comment_node]:
        node.decompose()


def _drop_chrome(body: LexborNode, stats: _Stats, drops: list[DroppedBlock]) -> None:
    """Remove elements whose class/id names chrome, unless they hold most of the page's text,
    or repeat (same tag and class, same parent) one that does: a thread whose answers are
    `class="reply-item"` keeps every answer, not just the longest."""
    total = max(1, stats[body].text - stats[body].link)
    doomed, kept = [], set()
    for node in body.traverse(include_text=False):
        if node.tag in ("html", "body") or not node.is_element_node:
            continue
        tokens = _tokens(node)
        if not tokens or not (tokens & CHROME_TOKENS or ("macro" in tokens and tokens & NOTE_MACRO)) \
                or tokens & CONTENT_TOKENS:
            continue
        count = stats[node]
        if (count.text - count.link) > 0.5 * total:
            kept.add(_sibling_key(node))
            continue
        if _section_heading_box(node):
            continue
        doomed.append(node)
    doomed = [n for n in doomed if _sibling_key(n) not in kept]
    _remove(_outermost(doomed), drops, lambda n: "page chrome (class/id " + (" ".join(
        sorted(_tokens(n) & CHROME_TOKENS)) or "note macro: an aside about the page") + ")")


SECTION_HEAD_MAX = 16


def _section_heading_box(node: LexborNode) -> bool:
    """A box classed as a head (`<div class="block-head">工作内容</div>`) whose whole text names
    a section of the posting (duties, requirements, the job's description): an app page heads
    each of its cards so; it is the content's heading, not the page's header, and without it
    the requirements read as duties."""
    if any(n.mem_id != node.mem_id for n in node.css("a, " + ", ".join(BLOCK_TAGS))):
        return False            # a box of boxes or links (a header bar), not one heading
    text = _SPACES.sub("", node.text(deep=True)).strip()
    if not 2 <= len(text) <= SECTION_HEAD_MAX:
        return False
    return sections.heading_section(text) not in (None, "other")


def _sibling_key(node: LexborNode) -> tuple[int, str, str]:
    parent = node.parent
    return (parent.mem_id if parent is not None else 0, *_signature(node))


def _remove(nodes: list[LexborNode], drops: list[DroppedBlock], reason) -> None:
    """Note and remove `nodes` (outermost first; `reason` is a string or node → string)."""
    for node in nodes:
        try:
            _note(drops, node, reason(node) if callable(reason) else reason)
            node.decompose()
        except Exception:  # noqa: BLE001 - already gone with an ancestor
            pass


def _drop_related_lists(body: LexborNode, stats: _Stats, drops: list[DroppedBlock]) -> None:
    """Remove related-article lists found by their heading ("相关推荐", "猜你喜欢", "相似职位"):
    the block the heading opens when the heading comes first in it, otherwise the heading
    and the blocks after it.  Their items are often plain text, so link density misses them."""
    total = max(1, stats[body].text)
    doomed: list[LexborNode] = []
    for node in body.traverse(include_text=False):
        if not node.is_element_node or node.tag in INLINE_TAGS or stats[node].blocks:
            continue
        text = node.text(deep=True).strip()
        if not text or len(text) > 16 or not RELATED_TITLE.match(text):
            continue
        block, after = node, True
        parent = node.parent
        while parent is not None and parent.tag != "body" and _first_text_child(parent) == block.mem_id:
            own = stats[parent].text - stats[parent].link
            if stats[parent].text > 0.5 * total or own > RELATED_MAX_TEXT:
                break
            block, parent = parent, parent.parent
            after = False
        doomed.append(block)
        if block.mem_id == node.mem_id or after:
            sib = block.next
            while sib is not None:
                if sib.is_element_node and sib.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    break
                doomed.append(sib)
                sib = sib.next
    _remove(_outermost(doomed), drops, "related-articles list or comment thread")


def _drop_job_fields(body: LexborNode, stats: _Stats, drops: list[DroppedBlock]) -> None:
    """Remove a job posting's side fields (`工作地址`, `公司介绍`, `联系方式`, `福利待遇`):
    the short heading block and the short block right after it, its value.  Left in, an
    address reads as the last requirement and a company name glues onto it."""
    doomed: list[LexborNode] = []
    for node in body.traverse(include_text=False):
        if (not node.is_element_node or node.tag in INLINE_TAGS or node.tag in CELL_TAGS
                or stats[node].blocks or not 0 < stats[node].text <= 12):
            continue                # table cells stay: a handbook's 工作地点 | 总部 row is a field pair
        text = node.text(deep=True).strip()
        if not text or len(text) > 12 or not JOB_FIELD_TITLE.match(text):
            continue
        doomed.append(node)
        sib = node.next
        while sib is not None and not (sib.is_element_node or (sib.text_content or "").strip()):
            sib = sib.next
        if (sib is not None and sib.is_element_node and sib.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
                and len(sib.text(deep=True).strip()) <= JOB_FIELD_MAX_TEXT):
            doomed.append(sib)
    _remove(_outermost(doomed), drops, "job posting field (address, company, contact, benefits)")


_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
SIGNATURE_MAX = 60            # an issuer's name and a date, not a paragraph


def _drop_signatures(body: LexborNode, drops: list[DroppedBlock]) -> None:
    """Remove a notice's sign-off (`<p align="right">某某中心<br>2026年9月18日</p>`): a short
    right-aligned block holding a date.  Left in, the issuer's name reads as a last duty."""
    doomed = []
    for node in body.traverse(include_text=False):
        if not node.is_element_node or node.tag not in ("p", "div"):
            continue
        attrs = node.attributes
        if (attrs.get("align") or "").strip().lower() != "right" and not _RIGHT_ALIGNED.search(attrs.get("style") or ""):
            continue
        text = _SPACES.sub("", node.text(deep=True)).strip()
        if 0 < len(text) <= SIGNATURE_MAX and _DATE.search(text) and not _PUNCT.search(_DATE.sub("", text)):
            doomed.append(node)
    _remove(_outermost(doomed), drops, "notice sign-off (issuer and date)")


def _first_text_child(node: LexborNode) -> int | None:
    """mem_id of the first child holding visible text (element), None when it is bare text."""
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None
            continue
        if child.is_element_node and child.text(deep=True).strip():
            return child.mem_id
    return None


def _unit_score(count: _Count, text: str) -> float:
    if count.text < 2 or count.density > LINK_DENSE:
        return 0.0
    return (1 + len(_PUNCT.findall(text)) + min(3.0, count.text / 30)) * (1 - count.density)


def _best_candidate(body: LexborNode, stats: _Stats
                    ) -> tuple[LexborNode, list[tuple[LexborNode, float]]]:
    """The container with the most paragraph credit (discounted by its link density), and
    every scored paragraph-like block with its score."""
    credit: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    units: list[tuple[LexborNode, float]] = []

    def give(node: LexborNode | None, amount: float) -> None:
        if node is None or node.tag in ("html", "#document") or not amount:
            return
        credit[node.mem_id] = credit.get(node.mem_id, 0.0) + amount
        nodes[node.mem_id] = node

    for node in body.traverse(include_text=False):
        if not node.is_element_node:
            continue
        count = stats[node]
        if node.tag in UNIT_TAGS and not count.blocks:
            score = _unit_score(count, node.text(deep=True))
            if score:
                units.append((node, score))
            if node.tag in CELL_TAGS:          # a cell is its own container, its row is not
                give(node, score)
                give(node.parent, score / 2)
                continue
            parent = node.parent
            give(parent, score)
            give(parent.parent if parent is not None else None, score / 2)
        elif count.own >= 10 and node.tag not in INLINE_TAGS:
            own_text = "".join(c.text_content or "" for c in node.iter(include_text=True) if c.tag == "-text")
            score = _unit_score(_Count(count.own, 0, count.own), own_text)
            if score:
                units.append((node, score))
            give(node, score)
            give(node.parent, score / 2)
    if not credit:
        return body, units
    inner = [k for k in credit if nodes[k].tag != "body"] or list(credit)   # body only as a last resort
    best_id = max(inner, key=lambda k: credit[k] * (1 - stats[nodes[k]].density))
    if (body.mem_id in credit and credit[body.mem_id] * (1 - stats[body].density)
            >= BODY_WINS * credit[best_id] * (1 - stats[nodes[best_id]].density)):
        return body, units          # a bare page: its paragraphs sit right in <body>
    return nodes[best_id], units


class _Scores:
    """Per element: the summed score of the paragraph-like blocks inside it, and the best one."""

    def __init__(self, units: list[tuple[LexborNode, float]], body: LexborNode) -> None:
        self.total: dict[int, float] = {}
        self.best: dict[int, float] = {}
        for node, score in units:
            cur: LexborNode | None = node
            while cur is not None:
                key = cur.mem_id
                self.total[key] = self.total.get(key, 0.0) + score
                self.best[key] = max(self.best.get(key, 0.0), score)
                if key == body.mem_id:
                    break
                cur = cur.parent

    def of(self, node: LexborNode) -> tuple[float, float]:
        return self.total.get(node.mem_id, 0.0), self.best.get(node.mem_id, 0.0)


def _signature(node: LexborNode) -> tuple[str, str]:
    return node.tag or "", (node.attributes.get("class") or "").strip()


def _content_blocks(top: LexborNode, body: LexborNode, scores: _Scores, stats: _Stats
                    ) -> list[LexborNode]:
    """The content and every block beside it (at any level up to <body>) that scores like
    content: forum posts, job cards, one table per role.  A sibling qualifies when its
    paragraphs add up to a share of the content's and its best paragraph is a share of the
    content's best (a thread of one-line comments adds up but has no real paragraph).  When a
    qualifying sibling repeats the block the content sits in (same tag and class: a post, a
    card), that block is taken whole, so every card keeps its own title line."""
    ref_total, ref_best = scores.of(top)
    if top.mem_id == body.mem_id or not ref_total:
        return [top]
    parts: list[LexborNode] = [top]
    node = top
    while node.mem_id != body.mem_id and node.parent is not None:
        parent = node.parent
        found, repeated = [], False
        for sib in parent.iter(include_text=False):
            if sib.mem_id == node.mem_id or not sib.is_element_node:
                continue
            total, best = scores.of(sib)
            if (total >= SIBLING_SHARE * ref_total and best >= SIBLING_BEST_SHARE * ref_best
                    and stats[sib].density <= LINK_DENSE / 2):
                found.append(sib)
                repeated = repeated or _signature(sib) == _signature(node)
        # every post of the thread, however short its content: blocks repeating the one the
        # content sits in (same tag and class, or a class word in common: `best-answer` and
        # `other-answer` in a list box beside it), with the content's own box inside each
        box = None if top.mem_id == node.mem_id else _signature(top)
        sig, kin, taken = _signature(node), _kin(node), {f.mem_id for f in found}
        posts = [c for sib in parent.iter(include_text=False) if sib.mem_id != node.mem_id
                 for c in _near_descendants(sib, POST_SEARCH_DEPTH)
                 if c.mem_id not in taken
                 and ((_signature(c) == sig and (repeated or (sig[1] and _holds_like(c, top, node))))
                      or (_kin(c) & kin and _holds_like(c, top, node)))
                 and _is_post(c, scores, stats, box)]
        if posts:
            found.extend(posts)
            repeated = True
        if found:
            if repeated:
                parts = [node]
            parts = _outermost(_in_page_order(body, parts + found))
        node = parent
    return parts


def _near_descendants(node: LexborNode, depth: int) -> list[LexborNode]:
    """`node` and its element descendants down to `depth` levels below it."""
    out, level = [node], [node]
    for _ in range(depth):
        level = [c for n in level for c in n.iter(include_text=False) if c.is_element_node]
        out.extend(level)
    return out


def _kin(node: LexborNode) -> set[str]:
    """The class words that say what a block is (`answer` in `wgt-best answer best-answer`),
    without layout words (item, box, wrap, left, …)."""
    raw = node.attributes.get("class") or ""
    return {t.lower() for t in _TOKEN_SPLIT.split(raw)
            if len(t) >= 3 and t.lower() not in GENERIC_CLASS_TOKENS}


def _prune_short_posts(root: LexborNode, scores: _Scores, stats: _Stats, drops: list[DroppedBlock]) -> None:
    """Inside the content, drop the thank-you posts of a thread (`顶一下`, `马克`): among
    sibling blocks of one kind (same tag and class, each with two blocks or more of its own:
    author, body, footer; a duty line wrapped in a div is not a post) of which some are
    posts with content, those without are left out, and noted."""
    groups: dict[tuple[int, str, str], list[LexborNode]] = {}
    for node in root.traverse(include_text=False):
        if (node.mem_id != root.mem_id and node.tag in ("div", "article", "section", "table")
                and _signature(node)[1] and _block_children(node) >= 2):
            groups.setdefault(_sibling_key(node), []).append(node)
    doomed = []
    for members in groups.values():
        if len(members) < 2:
            continue
        verdicts = [_is_post(m, scores, stats) for m in members]
        if any(verdicts):
            doomed.extend(m for m, ok in zip(members, verdicts) if not ok)
    _remove(_outermost(doomed), drops, "short post in a thread (thank-you, bump)")


def _block_children(node: LexborNode) -> int:
    return sum(1 for c in node.iter(include_text=False) if c.is_element_node and c.tag not in INLINE_TAGS)


def _holds_like(sib: LexborNode, top: LexborNode, node: LexborNode) -> bool:
    """Whether `sib` has a box like the content's (`top`, inside `node`): same tag and class."""
    if top.mem_id == node.mem_id:
        return True
    tag, cls = _signature(top)
    return bool(cls) and any(_signature(n) == (tag, cls) for n in sib.traverse(include_text=False))


def _is_post(node: LexborNode, scores: _Scores, stats: _Stats, box: tuple[str, str] | None = None) -> bool:
    """A repeated block (answer, post, card) with content of its own, not a one-line
    thank-you or a list of titles: its best paragraph scores POST_MIN_SCORE (a sentence) and
    it holds POST_MIN_CHARS of text outside links and post furniture lines (in
    its content box, `box` = (tag, class), when the content sits in one inside the post)."""
    count = stats[node]
    if not scores.of(node)[0] or count.density > LINK_DENSE / 2:
        return False
    inner = [n for n in node.traverse(include_text=False) if _signature(n) == box] if box and box[1] else []
    texts = [(_own_text(n), stats[n].link) for n in inner or [node]]
    if any(len(_INLINE_NUMBERS.findall(t)) >= 2 for t, _ in texts):
        return True                 # a list, however terse (`1.晨检 2.管药`)
    return (scores.of(node)[1] >= POST_MIN_SCORE
            and max(_visible_len(t) - link for t, link in texts) >= POST_MIN_CHARS)


def _own_text(node: LexborNode) -> str:
    """`node`'s text without post furniture lines (发表于 …, votes, 回答者：)."""
    lines = tidy_lines(_block_text(node)).split("\n")
    return "\n".join(ln for ln in lines if not _is_boilerplate(ln))


_INLINE_NUMBERS = re.compile(r"(?:^|[\s：:；;。，,])[(（]?\d{1,2}\s*[.、．)）]")


def _in_page_order(body: LexborNode, nodes: list[LexborNode]) -> list[LexborNode]:
    wanted = {n.mem_id for n in nodes}
    return [n for n in body.traverse(include_text=False) if n.mem_id in wanted]


def _data_table(top: LexborNode, body: LexborNode) -> LexborNode:
    """The whole table when the content is a cell, row or body of a data table (cells hold
    text, not page layout): a handbook's every row is content, not just its longest cell."""
    node: LexborNode | None = top
    while node is not None and node.mem_id != body.mem_id:
        if node.tag == "table":
            if not _contains(node, LAYOUT_IN_CELL):
                return node
            return top
        if node.tag not in ("td", "th", "tr", "tbody", "thead", "tfoot"):
            return top
        node = node.parent
    return top


def _contains(node: LexborNode, selector: str) -> bool:
    """Whether an element below `node` matches `selector` (lexbor's css includes the node itself)."""
    return any(hit.mem_id != node.mem_id for hit in node.css(selector))


def _grow(top: LexborNode, body: LexborNode, stats: _Stats) -> LexborNode:
    """Climb to ancestors that add almost no text of their own (a subheading, empty wrappers).

    Strict on purpose: unlabelled comments and footers are plain text too, and a title
    above the content is fetched separately (`_heading_before`).
    """
    node = top
    while node.mem_id != body.mem_id and node.parent is not None:
        parent = node.parent
        mine = stats[node].text - stats[node].link
        theirs = stats[parent].text - stats[parent].link
        if theirs - mine > max(GROW_CHARS, GROW_SHARE * mine):
            break
        node = parent
    return node


SUBHEADING_MAX = 60            # a heading between content blocks is a short line


def _with_headings_between(body: LexborNode, parts: list[LexborNode], stats: _Stats) -> list[LexborNode]:
    """The content blocks plus the headings right before each block after the first (`<h3>
    任职要求</h3>`, `<h2>next post</h2>` between the lists of one page): they scored too
    little to be content of their own, but they say what the block under them is."""
    if len(parts) < 2:
        return parts
    taken = {p.mem_id for p in parts}
    extra: list[LexborNode] = []
    for part in parts[1:]:
        sib = part.prev
        while sib is not None and sib.mem_id not in taken:
            if sib.is_element_node:
                count = stats[sib]
                if not ((sib.tag in HEADINGS or _emphasised(sib)) and 0 < count.text <= SUBHEADING_MAX
                        and count.density <= LINK_DENSE):
                    break
                extra.append(sib)
            elif (sib.text_content or "").strip():
                break
            sib = sib.prev
    return _in_page_order(body, parts + extra) if extra else parts


# a note right under the content (`<p>备注：上岗前须持健康证。</p>` after a duty table): the
# table's footnote, which may hold a requirement for every post
_NOTE_LEAD = re.compile(r"^\s*[(（]?(?:备注|附注|注|注意|说明)[)）]?\s*[:：]")
NOTE_MAX = 200


def _with_notes_after(body: LexborNode, parts: list[LexborNode]) -> list[LexborNode]:
    """`parts` and, after each, the note blocks that follow it straight away (only empty text
    between them): a content block's footnote is content, however short it is."""
    taken = {p.mem_id for p in parts}
    notes: list[LexborNode] = []
    for part in parts:
        sib = part.next
        while sib is not None:
            if not sib.is_element_node:
                if (sib.text_content or "").strip():
                    break
                sib = sib.next
                continue
            text = sib.text(deep=True).strip()
            if (sib.tag not in ("p", "div") or sib.mem_id in taken or not _NOTE_LEAD.match(text)
                    or _visible_len(text) > NOTE_MAX):
                break
            notes.append(sib)
            taken.add(sib.mem_id)
            sib = sib.next
    return _in_page_order(body, parts + notes) if notes else parts


_SECTION_NUMBER = re.compile(r"^[\s\d.．、一二三四五六七八九十（）()]+")
SECTION_BLOCKS_MAX = 30


def _with_section_after(body: LexborNode, parts: list[LexborNode], stats: _Stats) -> list[LexborNode]:
    """`parts` and the section that follows the last of them under a section heading of its
    own (`<h3>任职要求</h3><p>…</p><p>…</p>` after the duty lists): its paragraphs scored too
    little to be content (short lines, no punctuation, a paragraph the wrong codec garbled)
    but the heading says they belong to the post above.  The blocks up to the next heading
    are taken, none of them link-dense."""
    sib = parts[-1].next
    while sib is not None and not sib.is_element_node:
        if (sib.text_content or "").strip():
            return parts
        sib = sib.next
    if sib is None or not (sib.tag in HEADINGS or _emphasised(sib)):
        return parts
    label = _SECTION_NUMBER.sub("", sib.text(deep=True).strip())
    if stats[sib].density > LINK_DENSE or sections.heading_section(label) in (None, "other"):
        return parts
    heading, blocks = sib, []
    sib = sib.next
    while sib is not None and len(blocks) < SECTION_BLOCKS_MAX:
        if sib.is_element_node:
            if (sib.tag in HEADINGS or sib.tag not in ("p", "ul", "ol", "div", "dl", "blockquote")
                    or stats[sib].density > LINK_DENSE / 2):
                break
            if sib.text(deep=True).strip():
                blocks.append(sib)
        elif (sib.text_content or "").strip():
            break
        sib = sib.next
    return _in_page_order(body, parts + [heading] + blocks) if blocks else parts


def _heading_before(body: LexborNode, top: LexborNode, stats: _Stats) -> LexborNode | None:
    """The nearest h1–h3 before the content, when the content has no h1/h2 of its own."""
    if top.css_first("h1, h2") is not None:
        return None
    inside = {n.mem_id for n in top.traverse(include_text=False)}
    last = None
    for node in body.traverse(include_text=False):
        if node.mem_id == top.mem_id:
            return last
        if node.tag in ("h1", "h2", "h3") and node.mem_id not in inside:
            count = stats[node]
            if 0 < count.text <= 60 and count.density <= LINK_DENSE:
                last = node
    return None


TITLE_LIST_MIN = 3             # a menu of postings lists at least this many job titles
TITLE_LIST_CAPTION = 12        # … and may sit under a short caption (`岗位说明书`, `其他职位`)


def _drop_title_lists(root: LexborNode, drops: list[DroppedBlock]) -> None:
    """Remove a menu made only of job titles (`车间主任 / 数控车工 / 质检员`, as list items, lines
    between `<br>` or one block each), with its short caption (`岗位说明书`): a side menu of the
    other postings, often clickable without links (`<li onclick=…>`), so link density misses
    it.  Its lines name no duty; left in, each title reads as a role heading with nothing under
    it, or glues onto the page's first item.  A title over its own list of duties is not in one."""
    doomed = []
    heights = _block_heights(root)
    for node in root.traverse(include_text=False):
        if (node.mem_id == root.mem_id or not node.is_element_node or node.tag in INLINE_TAGS
                or node.tag in CELL_TAGS + ("tr", "tbody", "thead", "tfoot", "table")
                or heights.get(node.mem_id, 0) > MENU_HEIGHT):
            continue                # a menu is shallow: looking deeper costs time on nested pages
        raw = node.text(deep=True)
        if len(raw) > TITLE_MENU_MAX_TEXT or node.css_first("table") is not None:
            continue
        lines = [LIST_MARKER.sub("", ln, count=1).strip() if ln.startswith("• ") else ln
                 for ln in tidy_lines(_block_text(node)).split("\n") if ln]
        if lines and len(lines[0]) <= TITLE_LIST_CAPTION and not _job_title(lines[0]):
            lines = lines[1:]       # the menu's caption
        if len(lines) < TITLE_LIST_MIN or not all(_job_title(ln) for ln in lines):
            continue
        box, parent = node, node.parent
        while parent is not None and parent.mem_id != root.mem_id and parent.tag not in ("body", "html"):
            rest = _SPACES.sub("", parent.text(deep=True)).replace(_SPACES.sub("", raw), "", 1)
            if len(rest) > TITLE_LIST_CAPTION:
                break
            box, parent = parent, parent.parent
        doomed.append(box)
    _remove(_outermost(doomed), drops, "a list of job titles only (a menu of other postings)")


TITLE_MENU_MAX_TEXT = 300      # a menu of titles is short
MENU_HEIGHT = 2                # … and shallow: a box over a list of items at most


def _block_heights(root: LexborNode) -> dict[int, int]:
    """How many levels of block elements each element holds (0: text and inline only), in
    one bottom-up pass."""
    heights: dict[int, int] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in node.iter(include_text=False) if c.is_element_node)
            continue
        heights[node.mem_id] = max((heights.get(c.mem_id, 0) + (c.tag not in INLINE_TAGS)
                                    for c in node.iter(include_text=False) if c.is_element_node), default=0)
    return heights


def _job_title(line: str) -> bool:
    """A bare job title with a person's suffix (`数控车工`, `质检员`); not a soft one (`运营`,
    `设计`), which a short list of tasks may hold too."""
    name = _SPACES.sub("", line)
    return bool(name) and roles.bare_title_role(name) == name


def _drop_card_lists(root: LexborNode, drops: list[DroppedBlock]) -> None:
    """Remove a job card's facts written as a list (`<li>成都-双流区</li><li>3-5年</li>
    <li>中专/中技</li><li>招3人</li>`) inside the content: each item would read as a duty."""
    doomed = []
    heights = _block_heights(root)
    for lst in root.css("ul, ol"):
        if heights.get(lst.mem_id, 0) != 1:
            continue                # items of text only: no list, paragraph or box inside them
        items = [c for c in lst.iter(include_text=False) if c.tag == "li"]
        if len(items) >= 2 and card_fields([_SPACES.sub(" ", li.text(deep=True)).strip() for li in items]):
            doomed.append(lst)
    _remove(_outermost(doomed), drops, "job card facts (place, experience, education, head count)")


def _prune_link_blocks(root: LexborNode, stats: _Stats, drops: list[DroppedBlock]) -> None:
    """Drop link-dense blocks inside the content (unless the content itself is a link list)."""
    if stats[root].density > LINK_DENSE:
        return
    doomed = []
    for node in root.traverse(include_text=False):
        if node.mem_id == root.mem_id or not node.is_element_node or node.tag in INLINE_TAGS:
            continue
        count = stats[node]
        if count.text and count.density > LINK_DENSE:
            doomed.append(node)
    _remove(_outermost(doomed), drops, "link list inside the content")
    # bare links at the top level of the content (between <br>s) are navigation too
    for node in root.css("a"):
        parent = node.parent
        if parent is not None and parent.mem_id == root.mem_id and stats[root].density > 0.2:
            _remove([node], drops, "bare link inside the content")


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Drop selected nodes nested in other selected nodes (two selectors, one region)."""
    ids = {n.mem_id for n in nodes}
    out, seen = [], set()
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        parent, nested = node.parent, False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if not nested:
            out.append(node)
    return out


def _block_text(root: LexborNode, depth: int = 0) -> str:
    """The text of `root` with block structure as line breaks, list markers and table rows.

    Iterative (pages nest thousands deep); a table is rendered row by row, each cell by a
    nested call, so only tables inside tables recurse.
    """
    out: list[str] = []
    lists: list[list] = []            # [tag, next number, type] per open <ol>/<ul>
    pending: list[str | None] = [None]  # a list marker waiting for its item's first text
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in ("ol", "ul") and lists:
                lists.pop()
            if tag == "li":
                pending[0] = None
            if tag in BLOCK_TAGS or tag == "li":
                out.append("\n")
            elif tag in CELL_TAGS:
                out.append(" ")
            continue
        if tag == "-text":
            text = unescape_twice_escaped(node.text_content or "")
            if pending[0] is not None and text.strip():
                if not LIST_MARKER.match(text):
                    text = pending[0] + text.lstrip()
                pending[0] = None
            out.append(text)
            continue
        if not node.is_element_node:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag == "table" and depth < MAX_TABLE_NESTING:
            out.append("\n" + _table_text(node, depth + 1) + "\n")
            continue
        if tag in CELL_TAGS:
            out.append(" ")
        if tag in BLOCK_TAGS:
            out.append("\n")
        if tag in ("ol", "ul"):
            lists.append([tag, _int_attr(node, "start", 1), (node.attributes.get("type") or "1"), 0])
        elif tag == "li":
            marker = _next_marker(node, lists)
            title = _sublist_title(node)
            if title is not None and _person_title(title):
                pending[0] = "岗位："
            elif lists and _sublist_label(node):
                # a label over its own nested list (`<li>原料检验<ul>…`): a sub-heading of the
                # items below, numbered as one (`（一）`; an <ol>'s own number), never an item
                lists[-1][3] += 1
                number = lists[-1][1] - 1 if lists[-1][0] == "ol" else lists[-1][3]
                pending[0] = f"{HARD_BREAK}\n（{_cn_number(number)}）"
            else:
                pending[0] = marker
        elif tag in EMPHASIS_TAGS and _line_start(out):
            name = _inline_role_label(node)
            if name is not None:
                # `<strong>管家：</strong>接待入住；…` at a line's start: the role's heading, the
                # rest of the line its list
                out.append(f"\n{HARD_BREAK}\n岗位：{name}\n")
                continue
        elif tag in HEADING_SHAPED:
            name = None if tag in TITLE_TAGS and _titles_list_below(node) else _heading_role(node)
            if name is not None:
                # a heading or a bold line that is only a job title (`<p><b>B. 夜班编辑</b></p>`):
                # the role of what follows, after a hard break, whatever follows it; written
                # `岗位：<title>` unless it is a bare title segmentation reads as one already
                out.append(f"\n{HARD_BREAK}\n")
                if _plain_title(node, name):
                    stack.append((node, True))
                    children = list(node.iter(include_text=True))
                    stack.extend((child, False) for child in reversed(children))
                else:
                    out.append(f"岗位：{name}\n")
                continue
            if tag in TITLE_TAGS and _titles_list_below(node):
                out.append(f"\n{HARD_BREAK}\n")
                pending[0] = "岗位："
            elif tag in HEADINGS:
                out.append(f"\n{HARD_BREAK}\n")
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False))
    text = "".join(out)
    if root.tag in BLOCK_TAGS:
        text = "\n" + text + "\n"
    return text


def _sublist_title(li: LexborNode) -> str | None:
    """The job title a list item is made of when it heads its own nested list (`<li><b>场长</b>
    <ul><li>…</ul>`): the role of the items below, a heading line rather than an item."""
    kids = list(li.iter(include_text=True))
    if not any(c.tag in ("ul", "ol") for c in kids):
        return None
    own = "".join(c.text(deep=True) for c in kids if c.tag not in ("ul", "ol"))
    own = re.sub(r"\s+", "", own).rstrip(":：")
    return own if _role_name(own) and roles.plausible_role(own) else None


SUBLIST_LABEL_MAX = 12         # a label over a nested list is a short phrase (`原料检验`)
# a disclosure box's `<summary>` (a Notion or wiki export's toggle) heads the box's content
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "summary"))
HEADING_SHAPED = HEADINGS | {"p", "div", "dt"}
EMPHASIS_TAGS = frozenset(("b", "strong"))
HEADING_ROLE_MAX = 16
LABEL_REST_MIN = 6             # a bold role label's line goes on with its work, not a name
PEER_WINDOW = 8                # headings of a kind looked at on each side of one
PEER_SCAN = 200                # … among this many siblings at most
PEER_NAME_MAX = 4              # a post named without a title ending is short (`领队`, `出纳`)
PERSON_WORDS = ("记者", "主持人", "经纪人", "负责人", "代理人", "管理者", "主播")
# an outline's numbering (`3.2 `, `4 `): segmentation reads the outline, so its headings stay
_OUTLINE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s*|^\d{1,3}\s+")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
_LETTER_LEAD = re.compile(r"^[A-Za-z][.、．)）]\s*")
# a vacancy page's heading before the title (`职位空缺：邮务员`, `招聘岗位：焊工`)
_VACANCY_LEAD = re.compile(r"^(?:职位空缺|職位空缺|空缺职位|空缺職位|招聘职位|招聘職位|招聘岗位|招聘崗位|诚聘|誠聘|急聘)\s*[:：]\s*")


def _sublist_label(li: LexborNode) -> bool:
    """A list item that is only a short label over its own nested list (`<li>原料检验<ul>…`)."""
    kids = list(li.iter(include_text=True))
    if not any(c.tag in ("ul", "ol") for c in kids):
        return False
    own = "".join(c.text(deep=True) for c in kids if c.tag not in ("ul", "ol"))
    own = re.sub(r"\s+", "", own).rstrip(":：")
    return 2 <= len(own) <= SUBLIST_LABEL_MAX and not _PUNCT.search(own) and not LIST_MARKER.match(own)


def _cn_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if not 0 < n < 100:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10 % 10] + "十" + (digits[n % 10] if n % 10 else "")


def _emphasised(node: LexborNode) -> bool:
    """All of `node`'s visible text is bold (<b>, <strong>, `font-weight:bold`): a bold line
    used as a heading."""
    plain, bold = [], []
    stack = [(node, False)]
    while stack:
        cur, inside = stack.pop()
        if cur.tag == "-text":
            (bold if inside else plain).append(cur.text_content or "")
            continue
        if not cur.is_element_node:
            continue
        if cur.mem_id != node.mem_id and cur.tag not in INLINE_TAGS:
            return False            # a block inside: not a line
        strong = inside or cur.tag in EMPHASIS_TAGS or bool(_BOLD_STYLE.search(cur.attributes.get("style") or ""))
        for child in cur.iter(include_text=True):
            stack.append((child, strong))
    return not "".join(plain).strip() and bool("".join(bold).strip())


def _heading_name(node: LexborNode) -> str | None:
    """The short name a heading-shaped block holds (a heading, or a line all in bold), its
    numbering and a vacancy lead-in (`职位空缺：`) taken off; None for other blocks."""
    if node.tag not in HEADINGS and not _emphasised(node):
        return None
    text = re.sub(r"\s+", " ", node.text(deep=True)).strip()
    if not text or len(text) > 40:
        return None
    outline = _OUTLINE_NUMBER.match(text)
    if outline and _in_outline(node, outline.group().strip().rstrip(".")):
        return None                 # `3.2 维保工` over `3.2.1 …`: an outline segmentation reads as one
    text = text[outline.end():] if outline else text
    text = _VACANCY_LEAD.sub("", text)
    text = roles.strip_decorations(_LETTER_LEAD.sub("", roles.strip_decorations(text)))
    name = re.sub(r"\s+", "", text).rstrip(":：")
    if not (_role_name(name) and roles.plausible_role(name, HEADING_ROLE_MAX)) or len(name) > HEADING_ROLE_MAX:
        return None
    return name


def _near_siblings(node: LexborNode, *tags: str) -> list[LexborNode]:
    """Up to PEER_WINDOW siblings of `node` with one of `tags` on each side (bounded: a page of
    thousands of such blocks stays linear)."""
    found: list[LexborNode] = []
    for step in ("prev", "next"):
        sib, seen, taken = getattr(node, step), 0, 0
        while sib is not None and taken < PEER_WINDOW and seen < PEER_SCAN:
            if sib.tag in tags:
                found.append(sib)
                taken += 1
            seen += 1
            sib = getattr(sib, step)
    return found


def _line_start(out: list[str]) -> bool:
    """Nothing but blanks written since the last line break."""
    for chunk in reversed(out):
        head, brk, _ = chunk.rpartition("\n")
        if brk:
            return not chunk[len(head) + 1:].strip()
        if chunk.strip():
            return False
    return True


def _label_name(node: LexborNode) -> str | None:
    """The name of a bold label ending in a colon (`<b>管家：</b>`), text after it on its line."""
    text = re.sub(r"\s+", "", node.text(deep=True))
    if not text.endswith((":", "：")):
        return None
    rest, after = "", node.next
    while after is not None and after.tag != "br" and not (after.is_element_node and after.tag not in INLINE_TAGS):
        rest += after.text(deep=True) if after.is_element_node else after.text_content or ""
        after = after.next
    if len(re.sub(r"\s+", "", rest)) < LABEL_REST_MIN:
        return None                 # `<b>负责人：</b>王经理`: a field, not a role over its work
    name = roles.strip_decorations(_LETTER_LEAD.sub("", roles.strip_decorations(text.rstrip(":："))))
    ok = _role_name(name) and roles.plausible_role(name, HEADING_ROLE_MAX) and len(name) <= HEADING_ROLE_MAX
    return name if ok else None


def _inline_role_label(node: LexborNode) -> str | None:
    """The job title a bold label at a line's start names (`<strong>厨师：</strong>做早餐；…`),
    or None; a short name without a title ending counts among bold labels beside it that
    are mostly titles (`管家` beside `厨师`, `保洁员`)."""
    name = _label_name(node)
    if name is None:
        return None
    if _person_name(name):
        return name
    if len(name) > PEER_NAME_MAX:
        return None
    names = [n for n in (_label_name(c) for c in _near_siblings(node, *EMPHASIS_TAGS)) if n is not None]
    persons = sum(1 for n in names if _person_name(n))
    return name if persons >= 1 and persons * 2 >= len(names) + 1 else None


def _in_outline(node: LexborNode, number: str) -> bool:
    """A heading numbered `number` (`2.1`) whose outline shows around it: the block after it
    goes on numbering under it (`2.1.1 …`), or the heading before it is its chapter (`2. …`)."""
    sib = node.next
    while sib is not None and not (sib.is_element_node and sib.text(deep=True).strip()):
        sib = sib.next
    if sib is not None and re.match(re.escape(number) + r"\.\d", sib.text(deep=True).strip()):
        return True
    parent = number.rpartition(".")[0]
    sib = node.prev
    while parent and sib is not None:
        if sib.is_element_node and sib.tag in HEADINGS:
            return re.match(re.escape(parent) + r"(?:\.|\s|、|$)(?!\d)", sib.text(deep=True).strip()) is not None
        sib = sib.prev
    return False


@lru_cache(maxsize=4096)
def _person_name(name: str) -> bool:
    """A job title by its ending, Traditional script read as Simplified (`郵務員`)."""
    simple = to_simplified(name)
    return bool(simple.endswith(PERSON_WORDS) or roles.post_like(simple) or roles.soft_title_role(simple, HEADING_ROLE_MAX)
                or roles.bare_title_role(simple, HEADING_ROLE_MAX))


def _plain_title(node: LexborNode, name: str) -> bool:
    """The block says only the title, in words segmentation takes for one (`面点师`)."""
    if re.sub(r"\s+", "", node.text(deep=True)).rstrip(":：") != name:
        return False
    simple = to_simplified(name)
    return bool(roles.bare_title_role(simple, HEADING_ROLE_MAX) or roles.soft_title_role(simple, HEADING_ROLE_MAX))


def _heading_role(node: LexborNode) -> str | None:
    """The job title a heading or bold line is made of (`<h3>码头水手</h3>`, `<p><b>二、财务</b>
    </p>`), or None.  A short name with no title ending (`领队`) counts when most of the
    headings of its shape beside it (same tag, same parent) are job titles: a list of posts."""
    name = _heading_name(node)
    if name is None:
        return None
    if _person_name(name):
        return name
    if len(name) > PEER_NAME_MAX:
        return None
    names = [n for n in (_heading_name(c) for c in _near_siblings(node, node.tag)) if n is not None]
    persons = sum(1 for n in names if _person_name(n))
    return name if persons >= 2 and persons * 2 > len(names) + 1 else None


PERSON_ENDINGS = ("工", "长", "员", "师", "手", "官", "匠", "士")
TITLE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "dt", "summary"))
LIST_TAGS = frozenset(("ul", "ol", "dd"))


def _titles_list_below(node: LexborNode) -> bool:
    """A heading (or `<dt>`) that is only a job title with a list right after it (`<h3>
    风机检修工</h3><ul>…`, `<dt>场长</dt><dd>…`): it names the role of that list."""
    sib = node.next
    while sib is not None and not sib.is_element_node:
        if (sib.text_content or "").strip():
            return False
        sib = sib.next
    if sib is None or sib.tag not in LIST_TAGS:
        return False
    name = re.sub(r"\s+", "", node.text(deep=True)).rstrip(":：")
    return (_role_name(name) and roles.plausible_role(name) and _person_title(name)
            and not name.endswith(("人员", "成员", "会员", "学员")))


def _person_title(name: str) -> bool:
    """A name for a person at work (`风机检修工`, `场长`), not a group of tasks (`设备巡检`):
    such a heading is written `岗位：<name>`, the form segmentation reads as a role."""
    return roles.has_role_suffix(name) or name.endswith(PERSON_ENDINGS)


def _int_attr(node: LexborNode, name: str, default: int) -> int:
    try:
        return int((node.attributes.get(name) or "").strip())
    except ValueError:
        return default


def _next_marker(li: LexborNode, lists: list[list]) -> str:
    """`3. ` for an item of an <ol> (its number, letter or roman numeral), `• ` otherwise."""
    if not lists or lists[-1][0] != "ol":
        return "• "
    ctx = lists[-1]
    if li.attributes.get("value") is not None:
        ctx[1] = _int_attr(li, "value", ctx[1])
    number, kind = ctx[1], ctx[2]
    ctx[1] += 1
    if kind in ("a", "A") and 1 <= number <= 26:
        label = chr(ord(kind) + number - 1)
    elif kind in ("i", "I") and 1 <= number < 40:
        label = _roman(number) if kind == "I" else _roman(number).lower()
    else:
        label = str(number)
    return f"{label}. "


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _table_text(table: LexborNode, depth: int) -> str:
    """A table's rows as lines: cells of a row share a line, a row of label/value cells
    (`岗位名称 | 生产主管 | 所属部门 | 生产部`) becomes `岗位名称：生产主管` lines, and a
    multi-line value goes on the lines below its label.  A table of one role per row
    (`岗位 | 主要职责`) is rendered per row as `岗位：<role>` and `主要职责：<duties>`
    (see `_role_table`)."""
    grid = []
    for row in _rows(table):
        cells = [c for c in row.iter(include_text=False) if c.tag in CELL_TAGS]
        raw = [tidy_lines(_split_wide_gaps(_block_text(c, depth))).strip("\n") for c in cells]
        texts = [[ln for ln in r.split("\n") if ln] for r in raw]
        if any(texts):
            grid.append((cells, raw, texts))
    role_lines = _role_table(grid)
    if role_lines is not None:
        return "\n".join(role_lines)
    lines: list[str] = []
    for cells, raw, texts in grid:
        header = all(c.tag == "th" for c in cells)
        if (not header and len(cells) >= 2 and len(cells) % 2 == 0
                and all(len(t) == 1 and _is_label(t[0]) for t in texts[::2])
                and not any(_contains(c, LAYOUT_IN_CELL) for c in cells)):
            for label, value in zip(texts[::2], texts[1::2]):
                lines.extend(_labelled(label[0], value))
        elif all(len(t) <= 1 for t in texts):
            lines.append(" ".join(t[0] for t in texts if t))
        else:                       # layout cells: their own paragraphs, blank lines kept
            for r in raw:
                if r:
                    lines.extend(["", r, ""])
    return "\n".join(lines)


def _labelled(label: str, value: list[str]) -> list[str]:
    """`label：value`, or `label：` over the value's lines when it has several."""
    head = label.rstrip(":：").strip() + "："
    if len(value) == 1:
        return [head + value[0]]
    return [head] + value


# a column of role names, and a column of what the role does (or needs, or may do)
ROLE_HEAD = re.compile(r"^(?:岗位|职位|职务|工种|岗位名称|职位名称|职务名称|岗位名|职位名|职务名|角色|人员|岗位/职务|职务/岗位"
                       r"|部门|部门名称|科室|班组|单位)$")
# a column of units: the role column only when no column names the jobs (`部门 | 职责`), else
# it says where the job sits (`职位名称 | 所属部门 | 岗位职责`), like the boss's column
UNIT_HEAD = re.compile(r"^(?:部门|部门名称|科室|班组|单位)$")
# columns about the job's place, not its work: its unit, boss, staff and grade
RELATION_HEAD = re.compile(r"^(?:(?:所属|所在|归属|隶属)?(?:部门|科室|班组|单位|部门名称|中心)|(?:直接|间接)?(?:上级|下级|下属)(?:岗位|职位)?"
                           r"|汇报(?:对象|关系|上级)|报告(?:对象|上级)|直属上级|管理幅度|定员|编制|人数|职级|岗位等级|职等|工作地点|所在地)$")
# a column of the job's powers (`工作权限`), under the label segmentation reads as authority
AUTHORITY_HEAD = re.compile(r"^(?:(?:工作|岗位|职位|主要|相关)?(?:权限|权力|职权)(?:范围)?|职权范围)$")
DUTY_HEAD = re.compile(r"(?:职责|工作内容|工作任务|主要工作|工作事项|任务|职能)(?:描述|说明|内容|范围)?$")
NUMBER_HEAD = re.compile(r"^(?:序号|序|编号|No\.?|NO\.?|#)$")
# a column of what the role needs (a recruitment notice's `岗位名称 | 招聘人数 | 资格条件`)
REQUIREMENT_HEAD = re.compile(r"^(?:(?:资格|任职|岗位|应聘|应征|报考|报名|招聘|聘用|入职|上岗)(?:条件|要求|资格)|条件要求|资格要求"
                              r"|具体要求|所需条件|其他条件|其它条件|任职资格条件|(?:持照|持证|资质|证照|执照|资格证书?)(?:要求|条件))$")
# one qualification per column (`学历 | 专业 | 年龄`): each cell a requirement, under its column's name
ATTRIBUTE_HEAD = re.compile(r"^(?:学历|学位|学历学位|学历\(学位\)|学历（学位）|最低学历|学历要求|学位要求|专业|所学专业|专业要求|专业名称"
                            r"|专业类别|年龄|年龄要求|职称|职称要求|专业技术职称|资格证书|执业资格|职业资格|工作经历|工作经验"
                            r"|经验要求|工作年限|其他|其它|其他要求|其它要求)$")
# a table of people (a hiring result, an exam roster) names posts too, but no post's work
PERSON_HEAD = re.compile(r"^(?:姓名|名字|考生姓名|拟聘人员|拟聘用人员|准考证号|考号|身份证号|身份证号码|成绩|总成绩|笔试成绩|面试成绩)$")
# columns that say nothing about the role's work: its code and how many are hired
SKIP_HEAD = re.compile(r"^(?:(?:岗位|职位|职务)?(?:代码|编码|代号)|(?:招聘|拟聘|计划|录用|需求)?(?:人数|名额|计划数)"
                       r"|招聘计划|计划招聘人数|数量)$")
ROLE_LABELS = ("岗位", "职位", "职务", "岗位名称", "职位名称", "职务名称")
# first cells that are a handbook's field names, not roles (`主要职责 | 1…`)
FIELD_NAME = re.compile(r"职责|要求|条件|资格|权限|权力|目的|概述|概要|内容|说明|描述|任务|关系|上级|下级|部门|名称|编号|序号|备注|标准|工作|岗位$")
ROLE_NAME_MAX = 16
CODE_MAX = 12                 # a post code (`DS01`, `2026-A03`) or a head count (`2`, `若干`) is short


def _role_table(grid: list[tuple[list, list[str], list[list[str]]]]) -> list[str] | None:
    """Lines for a table of one role per row, or None when the table is not one.

    Such tables name their columns `岗位 | 主要职责` (a 序号 or 任职要求 column may sit beside)
    or have no header and two columns, a short job name and a list of duties.  The role cell
    becomes `岗位：<role>` (the header's own label when it is one) and every other cell
    `<header>：<text>`, its lines below when it has several, with a blank line between roles:
    a qualification column (`资格条件`) is written `任职要求：`, one-qualification columns
    (`学历 | 专业 | 年龄`) go as `学历：…` lines under one `任职要求：`, a post's code and head
    count are left out, and a table of people (`姓名 | 岗位名称 | 学历`) is not a role table;
    what segmentation reads as a named role and its sections.  Unnumbered duties separated by
    `；` or `<br>` stay as written; segmentation splits them under their section label."""
    if len(grid) < 2 or any(_contains(c, LAYOUT_IN_CELL) for cells, _, _ in grid for c in cells):
        return None
    lead = 0                        # title rows over the header (`岗位职责一览表` across all columns)
    while lead < len(grid) - 2 and len(grid[lead][0]) == 1 and len(grid[lead][2][0]) == 1:
        lead += 1
    titles, grid = [grid[i][2][0][0] for i in range(lead)], grid[lead:]
    width = len(grid[0][0])
    # a header cell wrapped onto two lines (`岗位<br>名称`, Excel's narrow columns) is one name
    # (read in Simplified script: a Hong Kong or Taiwan table heads its columns `職位 | 職責`)
    heads = [to_simplified("".join(t).rstrip(":：").strip()) if 1 <= len(t) <= 2 and len("".join(t)) <= LABEL_MAX
             else "" for t in grid[0][2]]
    role_col = next((i for i, h in enumerate(heads) if ROLE_HEAD.match(h) and not UNIT_HEAD.match(h)),
                    next((i for i, h in enumerate(heads) if ROLE_HEAD.match(h)), None))
    body = grid[1:]
    if (role_col is not None and not any(PERSON_HEAD.match(h) for h in heads)
            and any(DUTY_HEAD.search(h) or REQUIREMENT_HEAD.match(h) or ATTRIBUTE_HEAD.match(h)
                    or AUTHORITY_HEAD.match(h) for i, h in enumerate(heads) if i != role_col)):
        role_label = heads[role_col] if heads[role_col] in ROLE_LABELS else "岗位"
        # a qualification column under the label segmentation reads as one (资格条件 → 任职要求);
        # 岗位要求 keeps its name: its items may be things to do, segmentation judges them
        labels = ["任职要求" if REQUIREMENT_HEAD.match(h) and h != "岗位要求"
                  else "工作权限" if AUTHORITY_HEAD.match(h) else h for h in heads]
    elif width == 2 and all(c.tag != "th" for c in grid[0][0]):
        body, role_col, role_label, labels = grid, 0, "岗位", ["", "职责"]
        if len(body) < 2 or not all(_listlike(t[1]) for _, _, t in body if len(t) == 2):
            return None
    else:
        return None
    # the header row is not written: every cell comes out under its column's name, and under a
    # unit's heading (`设备部岗位职责`) a line of column names would read as items
    lines: list[str] = list(titles)
    covered = [0] * width           # rows each column's last cell still spans (rowspan)
    for cells, _, row_texts in body:
        free = [i for i in range(width) if covered[i] == 0]
        if len(cells) == 1 and width > 2 and len(free) > 1:     # a note across the table (`编制：… 日期：…`)
            lines.extend([""] + row_texts[0])
            covered = [0] * width
            continue
        if len(cells) != len(free):
            return None
        texts: list[list[str]] = [[] for _ in range(width)]    # a spanned column says nothing new
        for i in range(width):
            if covered[i]:
                covered[i] -= 1
        for i, cell, value in zip(free, cells, row_texts):
            texts[i] = value
            covered[i] = max(0, _int_attr(cell, "rowspan", 1) - 1)
        if role_col in free:        # a new role; else the role cell above spans this row too
            name = texts[role_col]
            if len(name) != 1 or not _role_name(name[0], strict=body is grid):
                return None
            lines.extend(["", f"{role_label}：{name[0]}"])
        in_requirements = False     # a `任职要求：` line already opens the row's qualifications
        for i, value in enumerate(texts):
            if NUMBER_HEAD.match(labels[i]) and len(value) == 1 and value[0].strip().isdigit():
                continue            # the row's number: the row order says it
            if SKIP_HEAD.match(labels[i]) and len(value) == 1 and len(value[0]) <= CODE_MAX:
                continue            # the post's code or head count: not work, not a requirement
            if i != role_col and RELATION_HEAD.match(labels[i]) and len(value) == 1 and len(value[0]) <= ROLE_NAME_MAX:
                continue            # the job's unit or boss (直接上级): where it sits, not what it does
            if i == role_col or not value or (
                    (ATTRIBUTE_HEAD.match(labels[i]) or labels[i] == "任职要求") and _no_value(value)):
                continue
            if ATTRIBUTE_HEAD.match(labels[i]):
                if not in_requirements:
                    lines.append("任职要求：")
                lines.extend(_labelled(labels[i], value))
                in_requirements = True
                continue
            lines.extend(_labelled(labels[i], value) if labels[i] else value)
            in_requirements = labels[i] == "任职要求"
    return lines


def _no_value(value: list[str]) -> bool:
    """A cell that says there is no such requirement (`不限`, `无`, `/`)."""
    return len(value) == 1 and value[0].strip() in ("不限", "无", "无要求", "/", "-", "—", "－", "／")


def _role_name(text: str, strict: bool = True) -> bool:
    """A short job or unit name (`井下爆破工`), not a number or a sentence, nor (`strict`: no
    header says the column holds roles) a handbook field name (`主要职责`, `所属部门`)."""
    core = text.strip()
    return (2 <= len(core) <= ROLE_NAME_MAX and not _PUNCT.search(core) and not _DIGIT.search(core)
            and not LIST_MARKER.match(core) and not (strict and FIELD_NAME.search(core)))


def _listlike(lines: list[str]) -> bool:
    """Several duties: several lines, numbered items or `；`-separated phrases."""
    text = "".join(lines)
    return len(lines) >= 2 or len(re.findall(r"[；;]", text.rstrip("；;。. "))) >= 1 or len(
        re.findall(r"(?:^|[\s；;。])(?:\d{1,2}|[(（]\d{1,2}[)）])", text)) >= 2


def _rows(table: LexborNode) -> list[LexborNode]:
    """The table's own rows (not those of tables nested in its cells)."""
    rows = []
    for child in table.iter(include_text=False):
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("tbody", "thead", "tfoot"):
            rows.extend(r for r in child.iter(include_text=False) if r.tag == "tr")
    return rows


def _is_label(text: str) -> bool:
    """A short field name (岗位名称, 工作职责：), not a value, number or sentence."""
    core = text.rstrip(":：").strip()
    return (0 < len(core) <= LABEL_MAX and not _DIGIT.search(core) and not _PUNCT.search(core)
            and not LIST_MARKER.match(core) and bool(re.search(r"[^\W\d_]", core)))


def _is_boilerplate(line: str) -> bool:
    """A short line of site furniture (copyright, post metadata, salary, votes); `line` tidied."""
    return bool(line) and len(line) <= BOILERPLATE_MAX and (
        _BOILERPLATE.search(line) is not None or FORUM_TAIL.search(line) is not None
        or BYLINE_FIELDS.search(line) is not None or navigation_line(line) or byline_line(line))


def _drop_boilerplate_lines(text: str, drops: list[DroppedBlock]) -> str:
    lines = []
    for line in text.split("\n"):
        stripped = _SPACES.sub(" ", line).strip()
        if _is_boilerplate(stripped):
            why = ("forum floor tail, reply button or reply inside a floor" if FORUM_TAIL.search(stripped)
                   else "site boilerplate line (copyright, post metadata, salary, votes, …)")
            drops.append(DroppedBlock(stripped, "html: " + why))
            continue
        lines.append(line)
    return "\n".join(lines)


def tidy_lines(text: str) -> str:
    """One space for runs of blanks inside a line; no more than one empty line in a row,
    except at a hard break (`HARD_BREAK`: a heading, a block of its own), written as two
    empty lines, which segmentation never wraps a line across."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines))
    text = _HARD_RUN.sub("\n\n\n", text)
    return text.strip("\n") + "\n"
