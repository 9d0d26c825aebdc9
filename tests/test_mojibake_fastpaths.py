"""The shortcuts that keep mojibake detection cheap must decide exactly what the slow,
obvious computation decides (texts written for these tests)."""
from __future__ import annotations

import pytest

from normalize.charmodel import load
from normalize.mojibake import (
    FILL_SHORTLIST, GB, _doc_pairs, _DocPairs, _hole_order, _n_rare, _pair_tables,
    _plain_question, _RARE, _shortlist, analyze, repair_mojibake,
)


def _brute_shortlist(lm, trail, lead, p, nxt):
    by_trail, by_lead = _pair_tables(GB)
    cands = [ch for _, ch in (by_trail.get(trail, []) if trail is not None else by_lead.get(lead, []))]
    quick = []
    for ch in cands:
        lp = lm.logp2(p, ch) if p and p != "?" else lm.logp1(ch)
        if nxt:
            lp += lm.logp2(ch, nxt)
        quick.append((lp, ch))
    quick.sort(reverse=True)
    return [ch for _, ch in quick[:FILL_SHORTLIST]]


@pytest.mark.parametrize("fill", "保客戶滿意负责销售计划，、")
@pytest.mark.parametrize("p, nxt", [("確", "客"), ("负", "制"), ("", "的"), ("?", ""),
                                    ("的", ""), ("A", "M"), ("，", "销")])
def test_shortlist_equals_scoring_every_candidate(fill, p, nxt):
    lm = load()
    lead, trail = fill.encode(GB)
    for t, ld in ((trail, None), (None, lead)):
        order = _hole_order(lm, t, ld, nxt)
        assert _shortlist(lm, order, p) == _brute_shortlist(lm, t, ld, p, nxt)


def test_rare_count_equals_per_character_count():
    lm = load()
    for s in ("负责客户回访", "確?蛻魸M意", "鍙戝竷鏂囩珷锟斤拷", "（周报、月报）\u3000？",
              "\ue5e5浼\ue49a嗀浻", ""):
        assert _n_rare(lm, s) == sum(1 for c in s if c not in "?\ufffd" and lm.logp1(c) < _RARE)


def test_lazy_document_pairs_count_overlapping_han_pairs():
    text = "备件备件备件，配件(pèi)管理\n备件库"
    pairs = _DocPairs(text)
    assert pairs.get("备件") == 4 and pairs.get("件备") == 2 and pairs.get("配件") == 1
    assert pairs.get("件管") == 0 and pairs.get("理备") == 0      # not across a line break
    assert dict(_doc_pairs(text)) == {k: pairs.get(k) for k in _doc_pairs(text)}


@pytest.mark.parametrize("text", ["你知道销售顾问最重要的能力是什么?请先想一想。",
                                  "那么销售经理呢?他要负责团队。",
                                  "检查车辆是否合格?合格后签字"])
def test_question_marks_in_clean_text_are_skipped_and_untouched(text):
    lm = load()
    k = text.index("?")
    assert _plain_question(lm, text, k)
    assert analyze(text).edits == [] and analyze(text).residual == []


def _slip(text: str, char_index: int, which: int) -> str:
    data = text.encode(GB)
    pos = len(text[:char_index].encode(GB)) + which
    return (data[:pos] + data[pos + 1:]).decode(GB, errors="replace").replace("\ufffd", "?")


def test_a_slip_inside_a_question_is_still_repaired():
    lm = load()
    clean = "請問是否確保客戶滿意"            # 是否: a question word before the slip's `?`
    # the lead byte of 保 lost; A3 BF reads as `？`, which the pages fold to `?`
    damaged = _slip(clean, 5, 0).replace("？", "?")
    k = damaged.index("?")
    assert damaged[k - 3:k] == "是否確"
    assert not _plain_question(lm, damaged, k)   # garbled neighbours: not a plain question
    out = repair_mojibake(damaged)
    # the garbled run is re-paired; with the `?` folded, 保 may be filled or left out
    assert out in (clean, clean[:5] + clean[6:])
    assert repair_mojibake(_slip(clean, 5, 0)) == clean      # unfolded `？`: filled


SAMPLES = ["當(dāng)?shù)厥袌鲂畔ⅰ⑹袌鲩_拓", "ÈÕ³£¹¤×÷ and ÖÆ¶¨", "Ã©tÃ© café naïve",
           "中?文 a?文 中??文?? 单 字 x字y", "职责(zhí zé):负责", "", "?", "é", "ab ÈÕ"]


@pytest.mark.parametrize("text", SAMPLES)
def test_run_finders_match_the_plain_patterns(text):
    from normalize.mojibake import _LATIN_HIGH, _LATIN_HIGH2, _LATIN_STRETCH, _RUN, _RUN2
    plain = [m.span() for m in _LATIN_STRETCH.finditer(text)
             if len(_LATIN_HIGH.findall(m.group())) >= 2]
    assert [m.span() for m in _LATIN_HIGH2.finditer(text)] == plain
    assert [m.span() for m in _RUN2.finditer(text)] == \
        [m.span() for m in _RUN.finditer(text) if len(m.group()) >= 2]


@pytest.mark.parametrize("clean, index, which", [("具備良好的推銷技巧與溝通能力", 5, 1),
                                                 ("負責二手車銷售與置換業務", 8, 0)])
def test_slip_ending_at_an_ascii_trail_byte_is_repaired(clean, index, which):
    damaged = _slip(clean, index, which)     # 銷 E4 4E / 換 93 51: the run ends at N / Q
    assert any(c.isascii() and c.isalpha() for c in damaged)
    out = repair_mojibake(damaged)
    assert len(out) == len(clean)
    assert all(a == b for i, (a, b) in enumerate(zip(out, clean)) if i != index)


@pytest.mark.parametrize("text", ["協助完成VIP客戶接待", "負責4S店及二級網點的KPI考核",
                                  "每月填寫A表和B表", "銷售顧問N名", "使用C卡記錄客戶資料",
                                  "檢查B超設備與X光片"])
def test_ascii_letters_after_han_in_clean_text_stay(text):
    assert analyze(text).edits == []
