"""Emoji in social-media posts: list bullets, numbered keycaps, decoration.

WeChat/Weibo job posts mark items with emoji (`✅ 负责…`, `🔹`, `➤`, `1️⃣ 2️⃣`) and sprinkle
pictographs at line ends (`…传递产品信息💊`).  The segmenter knows plain bullets and numbers,
so this step rewrites: bullet-like emoji → `●`, keycaps → `N、`, any other pictograph is
deleted, as are the invisible joiners and variation selectors (U+200D, U+FE0E/F) that would
otherwise stay glued to the item text.  `★ ☆ ☉`, used as plain bullets, are left alone.
"""
from __future__ import annotations

import re

from normalize.tracked import Edit

# pictographs: emoji planes, dingbats, misc symbols (minus ★☆☉), stars/circles of the arrows block
_PICTO = (r"\U0001F000-\U0001FAFF\u2700-\u27BF\u2600-\u2604\u2607\u2608\u260A-\u26FF"
          r"\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u231A\u231B\u23E9-\u23FA\u2934\u2935\u3030\u303D"
          r"\u25FB-\u25FE")            # ◻◼◽◾: the emoji squares (▪ ■ ▶ stay plain bullets)
_JOIN = "\u200d\ufe0e\ufe0f"
# emoji that mark list items
_BULLETS = set("✅☑✔✓➤➡▶►👉🔹🔸🔷🔶🔺🔻◾◽⭐🌟✨📌📍💠🔘⚫⚪🟢🟡🔴🔵🟠🟣🟤🔆✳✴❇♦♥❤💎🍀🌸🌼🌷👍")
_KEYCAP = re.compile(r"(?P<d>[0-9#*])[\ufe0e\ufe0f]?\u20e3|(?P<ten>\U0001F51F)")
# one run of pictographs (with joiners, skin tones and the spaces around them)
_RUN = re.compile(rf"[ \t\u3000]*(?:[{_PICTO}][{_JOIN}\U0001F3FB-\U0001F3FF]*)+[ \t\u3000]*")
_STRAY = re.compile(rf"[{_JOIN}]+")
# block elements used as a heading bar at the start of a line: `▍招聘岗位：…`
_BAR = re.compile(r"(?m)^[ \t\u3000]*[\u2580-\u259F]+[ \t\u3000]*")
_TEXT_AFTER = re.compile(r"[\u3400-\u9fffA-Za-z0-9(（【]")


def emoji_edits(text: str) -> list[Edit]:
    """Edits turning emoji bullets/keycaps into plain markers and deleting other emoji."""
    edits: list[tuple[int, int, str]] = []
    for m in _KEYCAP.finditer(text):
        num = "10" if m.group("ten") else m.group("d")
        end = m.end()
        while end < len(text) and text[end] in " \t\u3000":
            end += 1
        edits.append((m.start(), end, f"{num}、" if num.isdigit() else ""))
    for m in _BAR.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in edits):
            continue
        run = m.group()
        before = text[m.start() - 1] if m.start() > 0 else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        at_start = before in "\n" or before in " \t\u3000。；;！!？?:："
        bullet = any(c in _BULLETS for c in run) and bool(_TEXT_AFTER.match(after))
        if bullet and (at_start or run[:1] in " \t\u3000"):
            new = "● " if before == "\n" or m.start() == 0 else " ● "
        elif before != "\n" and after != "\n" and run[:1] in " \t\u3000" and run[-1:] in " \t\u3000":
            new = " "                      # `…信息 🚄 下一句`: keep one space between words
        else:
            new = ""
        edits.append((m.start(), m.end(), new))
    edits.sort()
    taken = [(s, e) for s, e, _ in edits]
    for m in _STRAY.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            edits.append((m.start(), m.end(), ""))
    edits.sort()
    out: list[Edit] = []
    last = -1
    for s, e, new in edits:
        if s >= last:
            out.append(Edit(s, e, new, "emoji"))
            last = e
    return out


def strip_emoji(text: str) -> str:
    from normalize.tracked import apply_edits
    return apply_edits(text, emoji_edits(text))
