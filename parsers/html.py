"""HTML → text lines with selectolax (lexbor): block structure kept, chrome dropped.

The output is the "decoded text" of an HTML document in the dataset's sense: rows'
`char_start`/`char_end` point into it.  Blocks (headings, paragraphs, list items, table
rows, `<br>`) become lines; scripts, styles, navigation, headers, footers and forms go.
"""
from __future__ import annotations

import re
from typing import Sequence

from selectolax.lexbor import LexborHTMLParser

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
             "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "head")
BLOCK_TAGS = ("address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset",
              "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
              "ol", "p", "pre", "section", "table", "tr", "ul", "td", "th", "caption", "center")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def page_title(html: str) -> str:
    node = parse(html).css_first("title")
    return node.text(strip=True) if node else ""


def html_to_text(html: str, selectors: Sequence[str] | None = None) -> str:
    """Main text of a page as lines; `selectors` (CSS) pick the content when given."""
    tree = parse(html)
    roots = []
    for sel in selectors or ():
        roots.extend(tree.css(sel))
    if not roots:
        roots = [tree.body or tree.root]
    chunks = [_block_text(root) for root in roots if root is not None]
    return tidy_lines("\n".join(chunks))


def _block_text(root) -> str:
    for tag in DROP_TAGS:
        for node in root.css(tag):
            node.decompose()
    for node in root.css("br"):
        node.replace_with("\n")
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before("\n")
        node.insert_after("\n")
    return root.text(deep=True, separator="", strip=False)


def tidy_lines(text: str) -> str:
    """One space for runs of blanks inside a line; no more than one empty line in a row."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
