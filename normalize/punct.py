"""Width and punctuation: full-width ASCII to half-width; Chinese punctuation in Chinese context.

Guideline 6: `，：；（）` are full-width between Chinese characters, ASCII stays inside Latin
words and numbers (`6S`, `KPI`, `2年以上`), and `~` used as a comma becomes `，`.
"""
from __future__ import annotations

import re

from normalize.tracked import Edit

_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_CJK = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》"
_ASCII_PUNCT = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s*([,:;?!])\s*|\s*([,:;?!])\s*(?=[{_CJK}])")
_PAREN = re.compile(r"\(([^()]*)\)")
_TILDE = re.compile(rf"(?<=[{_CJK}A-Za-z])\s*[~～]\s*(?=[{_CJK}])")
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def halfwidth_edits(text: str) -> list[Edit]:
    """Full-width ASCII letters and digits → half-width."""
    return [Edit(m.start(), m.end(), "".join(chr(ord(c) - 0xFEE0) for c in m.group()), "halfwidth")
            for m in _FULLWIDTH_ALNUM.finditer(text)]


def to_halfwidth(text: str) -> str:
    from normalize.tracked import apply_edits
    return apply_edits(text, halfwidth_edits(text))


def chinese_punct(text: str) -> str:
    """ASCII `,:;?!()` in Chinese context → full-width; `~` between clauses → `，`."""
    text = _TILDE.sub("，", text)
    text = _NEAR_CJK.sub(lambda m: _ASCII_PUNCT[m.group(1) or m.group(2)], text)

    def paren(m: re.Match) -> str:
        inner = m.group(1)
        if _CJK_CHAR.search(inner) or _CJK_CHAR.search(text[max(0, m.start() - 1):m.start()]):
            return "（" + inner + "）"
        return m.group(0)

    return _PAREN.sub(paren, text)
