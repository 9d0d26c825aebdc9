"""The fast scans mojibake detection uses must find exactly what the plain definitions find:
each shortcut is checked against the obvious computation on texts written for this test
and on seeded random mixes of the characters that matter (Han, `?`, U+FFFD, private use,
Latin-1, accented pinyin, ASCII letters and punctuation)."""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pytest

from normalize.charmodel import load
from normalize.mojibake import (
    _FOLDED, _GARBLE, _LATIN_HIGH, _LATIN_HIGH2, _LATIN_STRETCH, _PY, _RARE, _RUN2, QMARKS,
    _dense_runs, _doc_pairs, _gb2, _is_pua, _latin_high2, _member, _pair_pieces,
    _rare_letters, _slip_anchors, PINYIN_JUNK,
)

SAMPLES = ["當(dāng)?shù)厥袌鲂畔ⅰ⑹袌鲩_拓", "ÈÕ³£¹¤×÷ and ÖÆ¶¨", "Ã©tÃ© café naïve",
           "中?文 a?文 中??文?? 单 字 x字y", "职责(zhí zé):负责", "", "?", "é", "ab ÈÕ",
           "負責銷N售與置換Q業務", "优企AutoCRM系统入DMS", "温度·A ×B 鍕職È中", "锟斤拷锟斤拷?",
           "\ue5a7\ue001文字\ufffd\ufffd中?\n中??", "鏂囩珷鍙戝竷 a?ü b", "“A”—B…C"]

ALPHABET = (list("中文職責銷隓鍕鏂锟斤拷國的一乙") + list("??\ufffd\ue001\ue5a7")
            + list("·×÷°±§¤¨áàǎüéÈÕ³£À“”…—ḁ") + list("abZ@[`{~1 (\n)\t")
            + ["yán)", "(zhí)", "ÈÕ³£"])


def _random_texts(seed: int, n: int, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, longest)))
            for _ in range(n)]


TEXTS = SAMPLES + _random_texts(20261124, 3000)


def _plain_rare(lm, text: str) -> list[int]:
    return [i for i, c in enumerate(text)
            if ord(c) >= 0x80 and c not in QMARKS and lm.logp1(c) < _RARE
            and (unicodedata.category(c)[0] == "L" or 0xE000 <= ord(c) <= 0xF8FF)]


def test_latin_stretches_match_the_plain_pattern():
    for text in TEXTS:
        plain = [m.span() for m in _LATIN_STRETCH.finditer(text)
                 if len(_LATIN_HIGH.findall(m.group())) >= 2]
        assert [m.span() for m in _LATIN_HIGH2.finditer(text)] == plain, text
        assert [m.span() for m in _latin_high2(text)] == plain, text


def test_dense_runs_are_the_runs_with_two_rare_letters():
    lm = load()
    for text in TEXTS:
        rare_all = _plain_rare(lm, text)
        rare_at = _rare_letters(lm, text)
        assert set(rare_at) <= set(rare_all)
        plain = []
        for m in _RUN2.finditer(text):
            n = sum(1 for i in rare_all if m.start() <= i < m.end())
            if n >= 2:
                plain.append((m.span(), n))
        assert [(m.span(), n) for m, n in _dense_runs(text, rare_at)] == plain, text


def _plain_anchors(text: str) -> list[int]:
    """`_slip_anchors` as first written: every `?`, private-use character and ASCII byte
    after a non-ASCII character is looked at."""
    out = []
    n = len(text)
    for k, c in enumerate(text):
        left = text[k - 1] if k > 0 else ""
        if c in QMARKS:
            a, b = k - 1, k + 1
            while a >= 0 and text[a] in QMARKS:
                a -= 1
            while b < n and text[b] in QMARKS:
                b += 1
            jm = PINYIN_JUNK.match(text, b)
            if jm:
                b = jm.end()
            if (a >= 0 and _member(text, a)) or (b < n and _member(text, b)):
                out.append(k)
        elif _is_pua(c):
            out.append(k)
        elif "@" <= c <= "~" and left and ord(left) >= 0x80:
            if _member(text, k - 1) and not (k + 1 < n and text[k + 1].isascii()
                                             and text[k + 1].isalnum()):
                out.append(k)
            elif _member(text, k - 1) and (_gb2(left) or b"\xff")[1] < 0x80:
                out.append(k - 1)
    return sorted(set(out))


def test_slip_anchors_match_the_plain_scan():
    for text in TEXTS:
        assert _slip_anchors(text) == _plain_anchors(text), text


def test_garble_pattern_matches_the_plain_alternatives():
    plain = re.compile(rf"锟斤拷|[\ufffd\ue000-\uf8ff]+|\?+(?=[{_PY}]{{1,6}}\))|"
                       r"(?<=[\u3400-\u9fff])\?+(?=[\u3400-\u9fff]|\r?\n|\Z)")
    for text in TEXTS + ["中??\r\n", "中?", "a?中", "?(yán)"]:
        assert [m.span() for m in _GARBLE.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


def test_doc_pairs_count_every_overlapping_han_pair():
    for text in TEXTS + ["常常常常", "一一一", "中文中文，中文"]:
        plain = Counter(text[i:i + 2] for i in range(len(text) - 1)
                        if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2]))
        assert _doc_pairs(text) == plain, text


def _plain_wscore(lm, text: str) -> float:
    """Best segmentation into words of up to four characters, ending position by position."""
    best = [0.0] * (len(text) + 1)
    for j in range(1, len(text) + 1):
        b = best[j - 1] + lm._single(text[j - 1])
        for k in (2, 3, 4):
            w = lm._wlp.get(text[j - k:j]) if j >= k else None
            if w is not None:
                b = max(b, best[j - k] + w)
        best[j] = b
    return best[-1]


@pytest.mark.parametrize("text", ["负责客户投诉处理", "客户头端", "中华人民共和国", "",
                                  "負責二手車銷售與置換業務", "a中?文ÈÕ", "岗位职责：负责日常工作"])
def test_word_score_equals_the_plain_segmentation(text):
    lm = load()
    lm.wcache.pop(text, None)
    assert lm.wscore(text) == _plain_wscore(lm, text)


def test_word_score_on_random_stretches():
    lm = load()
    words = sorted(w for w in lm._wlp if len(w) <= 4)
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(words) if rng.random() < 0.7 else rng.choice(ALPHABET)
                       for _ in range(rng.randint(1, 5)))
        lm.wcache.pop(text, None)
        assert lm.wscore(text) == _plain_wscore(lm, text), text


def test_unfolded_pieces_drop_exactly_the_folded_readings():
    rng = random.Random(3)
    values = [None, 0x3F, 0x41, 0x7F, 0x80, 0x81, 0xA3, 0xBF, 0xC1, 0xD6, 0xFE, 0xFF]
    for _ in range(5000):
        slots = [rng.choice(values) for _ in range(rng.randint(0, 6))]
        pieces = _pair_pieces(slots)
        folded = pieces is not None and any(pc.char in _FOLDED for pc in pieces if pc.char)
        assert _pair_pieces(slots, unfolded=True) == (None if folded else pieces), slots
