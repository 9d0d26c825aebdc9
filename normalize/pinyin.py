"""Inline pinyin annotations after Chinese characters: `職責(zé)` → `職責`.

Some template sites print the reading of rare or polyphonic characters in brackets right
after them.  Only a bracket that directly follows a CJK character and holds lower-case pinyin
with a tone mark (or one of the few toneless particles) is removed, so `(Sales)`, `(CSI)`,
`(1)` and `(上级)` stay.
"""
from __future__ import annotations

import re

from normalize.tracked import Edit

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYL = rf"[a-zü{TONED}]{{1,6}}"
# toneless (neutral-tone) syllables that are still clearly pinyin when bracketed after a character
NEUTRAL = {"de", "le", "me", "ma", "ne", "zi", "men", "ba", "a", "zhe", "li", "tou", "shang"}
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[(（]\s*({_SYL}(?:\s+{_SYL})?)\s*[)）]")


def is_pinyin(word: str) -> bool:
    """True for a bracket's content that reads as pinyin (one or two syllables)."""
    word = word.strip()
    if not word or word != word.lower():
        return False
    if any(ch in TONED for ch in word):
        return True
    return all(part in NEUTRAL for part in word.split())


def pinyin_edits(text: str) -> list[Edit]:
    """Edits deleting every inline pinyin annotation in `text`."""
    return [Edit(m.start(), m.end(), "", "pinyin")
            for m in _PINYIN.finditer(text) if is_pinyin(m.group(1))]


def strip_pinyin(text: str) -> str:
    from normalize.tracked import apply_edits
    return apply_edits(text, pinyin_edits(text))
