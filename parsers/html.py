"""HTML → main-content text lines with selectolax (lexbor): block structure kept, chrome dropped.

The output is the "decoded text" of an HTML document in the dataset's sense: rows'
`char_start`/`char_end` point into it.  Blocks (headings, paragraphs, list items, table
rows, `<br>`) become lines; table cells of one row share a line.

Which part of the page is the content:
- per-site CSS `selectors` (from the sources file) when given and matching;
- otherwise a generic rule, after dropping scripts, forms and HTML5 chrome (nav, header,
  footer, aside) and elements whose class/id names chrome (menu, breadcrumb, related,
  comment, share, ad, …):
  1. every paragraph-like block scores by its text (length, Chinese and Western punctuation)
     discounted by its link density, and credits its parent (and half its grandparent),
     as in Readability;
  2. the best-credited container wins, grows to ancestors that add almost no text, takes
     along sibling blocks that score like content, and the nearest h1–h3 before it (the
     title) when it has none of its own;
  3. inside it, link-dense blocks (link lists, "related articles", prev/next, tag clouds)
     are dropped, and so are short lines that are site boilerplate (copyright, ICP
     licence, "上一篇/下一篇", share prompts, post metadata).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
             "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "head",
             "input", "textarea", "label")
BLOCK_TAGS = ("address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset",
              "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
              "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "center", "tbody",
              "thead", "tfoot")
CELL_TAGS = ("td", "th")
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
    "like", "prevnext", "prev", "next", "header", "head", "topbar", "top", "bottom", "sitemap"))
CONTENT_TOKENS = frozenset(("content", "article", "main", "post", "entry", "text", "body", "detail",
                            "zhengwen", "neirong", "wenzhang", "con", "txt"))
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_PUNCT = re.compile(r"[，。；、：！？,;:]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
_BOILERPLATE = re.compile(
    r"©|copyright|\(c\)\s*\d{4}|icp[备證证]|^\s*(版权所有|版權所有)|(版权所有|版權所有)\s*$|版权归|版權歸"
    r"|^\s*(上一篇|下一篇|上一篇：|下一篇：)|分享到|转载请注明|轉載請註明|免责声明|免責聲明"
    r"|^\s*(当前位置|當前位置|您的位置|你的位置)\s*[:：]|^\s*(相关文章|相关阅读|相關閱讀|相關文章|猜你喜欢|热门推荐|熱門推薦|推荐阅读)\s*$"
    r"|^\s*本文由.{0,12}(投稿|整理|发布|發佈|提供)|^\s*(发布时间|發布時間|时间|時間|日期|作者|来源|來源|浏览|瀏覽)\s*[:：]"
    r"|^\s*本站.{0,12}(来自网络|來自網絡|来源于网络|仅供|僅供)|联系\s*QQ|聯繫\s*QQ"
    r"|(阅读|閱讀|浏览|瀏覽)\s*[:：]?\s*\d+\s*次?\s*$|^\s*(返回首页|返回列表|返回顶部|返回頂部)\s*$",
    re.I)
BOILERPLATE_MAX = 80          # longer lines are content even if they match
LINK_DENSE = 0.5
GROW_CHARS = 20               # an ancestor may add this many characters of its own text …
GROW_SHARE = 0.15             # … or this share of the content's, and still be the content
SIBLING_SHARE = 0.4           # a sibling with this share of the best credit is content too


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def page_title(html: str) -> str:
    node = parse(html).css_first("title")
    return node.text(strip=True) if node else ""


def html_to_text(html: str, selectors: Sequence[str] | None = None) -> str:
    """Main text of a page as lines; `selectors` (CSS) pick the content when given and found."""
    tree = parse(html)
    roots: list[LexborNode] = []
    for sel in selectors or ():
        try:
            roots.extend(tree.css(sel))
        except Exception:  # noqa: BLE001 - a bad selector from a sources file falls back
            continue
    if roots:
        chunks = []
        for root in _outermost(roots):
            _drop_tags(root)
            chunks.append(_block_text(root))
        return tidy_lines("\n".join(chunks))
    chunks = [_block_text(node) for node in main_content(tree)]
    return tidy_lines(_drop_boilerplate_lines("\n".join(chunks)))


def main_content(tree: LexborHTMLParser) -> list[LexborNode]:
    """The elements holding the page's main content: [title heading,] content (tree pruned)."""
    body = tree.body or tree.root
    _drop_tags(body)
    stats = _Stats(body)
    _drop_chrome(body, stats)
    stats = _Stats(body)
    top, credit = _best_candidate(body, stats)
    top = _grow(top, body, stats)
    parts = _with_siblings(top, credit, stats)
    for part in parts:
        _prune_link_blocks(part, stats)
    heading = _heading_before(body, parts[0], stats)
    return ([heading] if heading is not None else []) + parts


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


def _drop_tags(root: LexborNode) -> None:
    for tag in DROP_TAGS:
        for node in root.css(tag):
            node.decompose()
    for node in root.traverse(include_text=False):
        if node.is_comment_node:
            node.decompose()


def _drop_chrome(body: LexborNode, stats: _Stats) -> None:
    """Remove elements whose class/id names chrome, unless they hold most of the page's text."""
    total = max(1, stats[body].text - stats[body].link)
    doomed = []
    for node in body.traverse(include_text=False):
        if node.tag in ("html", "body") or not node.is_element_node:
            continue
        tokens = _tokens(node)
        if not tokens or not tokens & CHROME_TOKENS or tokens & CONTENT_TOKENS:
            continue
        count = stats[node]
        if (count.text - count.link) > 0.5 * total:
            continue
        doomed.append(node)
    for node in doomed:
        try:
            node.decompose()
        except Exception:  # noqa: BLE001 - already gone with an ancestor
            pass


def _unit_score(count: _Count, text: str) -> float:
    if count.text < 2 or count.density > LINK_DENSE:
        return 0.0
    return (1 + len(_PUNCT.findall(text)) + min(3.0, count.text / 30)) * (1 - count.density)


def _best_candidate(body: LexborNode, stats: _Stats) -> tuple[LexborNode, dict[int, float]]:
    """The container with the most paragraph credit (discounted by its link density)."""
    credit: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

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
            give(node, score)
            give(node.parent, score / 2)
    if not credit:
        return body, credit
    inner = [k for k in credit if nodes[k].tag != "body"] or list(credit)   # body only as a last resort
    best_id = max(inner, key=lambda k: credit[k] * (1 - stats[nodes[k]].density))
    return nodes[best_id], credit


def _with_siblings(top: LexborNode, credit: dict[int, float], stats: _Stats) -> list[LexborNode]:
    """The content plus sibling blocks that score like content (duties and requirements
    in two sibling <div>s), in page order."""
    parent = top.parent
    best = max(credit.get(top.mem_id, 0.0), max(credit.values(), default=0.0))
    if parent is None or top.tag == "body" or not best:
        return [top]
    parts = []
    for node in parent.iter(include_text=False):
        if node.mem_id == top.mem_id:
            parts.append(node)
        elif (credit.get(node.mem_id, 0.0) >= SIBLING_SHARE * best
              and stats[node].density <= LINK_DENSE / 2):
            parts.append(node)
    return parts


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


def _prune_link_blocks(root: LexborNode, stats: _Stats) -> None:
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
    for node in doomed:
        try:
            node.decompose()
        except Exception:  # noqa: BLE001 - already gone with an ancestor
            pass
    # bare links at the top level of the content (between <br>s) are navigation too
    for node in root.css("a"):
        parent = node.parent
        if parent is not None and parent.mem_id == root.mem_id and stats[root].density > 0.2:
            node.decompose()


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


def _block_text(root: LexborNode) -> str:
    for node in root.css("br"):
        node.replace_with("\n")
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before("\n")
        node.insert_after("\n")
    for node in root.css(",".join(CELL_TAGS)):
        node.insert_before(" ")
        node.insert_after(" ")
    text = root.text(deep=True, separator="", strip=False)
    if root.tag in BLOCK_TAGS:          # the root's own tags are not among its descendants
        text = "\n" + text + "\n"
    return text


def _drop_boilerplate_lines(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        stripped = _SPACES.sub(" ", line).strip()
        if stripped and len(stripped) <= BOILERPLATE_MAX and _BOILERPLATE.search(stripped):
            continue
        lines.append(line)
    return "\n".join(lines)


def tidy_lines(text: str) -> str:
    """One space for runs of blanks inside a line; no more than one empty line in a row."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
