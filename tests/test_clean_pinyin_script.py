"""Inline pinyin removal and Traditional → Simplified, on text written for these tests."""
from normalize.clean import clean_document
from normalize.pinyin import pinyin_edits, strip_pinyin
from normalize.script import t2s_edits, to_simplified
from normalize.tracked import Tracked


def test_pinyin_after_characters_is_removed():
    assert strip_pinyin("崗位職責(zé)和權(quán)限") == "崗位職責和權限"
    assert strip_pinyin("服務(wù)顧問（gù）") == "服務顧問"


def test_brackets_that_are_not_pinyin_stay():
    for text in ("销售(Sales)、维修(Service)", "提高满意度(CSI)", "(1)接待客户", "征求有关人员(上级)意见",
                 "负责PDI(pdi)检查", "按规定(2)执行"):
        # `(pdi)` has no tone mark and is no toneless particle: kept
        assert strip_pinyin(text) == text, text


def test_pinyin_needs_a_character_before_it():
    assert strip_pinyin("(zé)开头") == "(zé)开头"
    assert pinyin_edits("abc(zé)") == []


def test_t2s_keeps_offsets_character_for_character():
    text = "銷售顧問負責接待"
    edits = t2s_edits(text)
    assert edits and all(e.kind == "t2s" for e in edits)
    tracked = Tracked.of(text).apply(edits)
    assert tracked.text == "销售顾问负责接待"
    assert tracked.span(4, 6) == (4, 6)
    assert to_simplified("崗位職責") == "岗位职责"


def test_simplified_text_gives_no_edits():
    assert t2s_edits("销售顾问负责接待客户") == []


def test_chain_maps_cleaned_text_back_to_the_input():
    text = "職責(zé)：負責接待"
    cleaned = clean_document(text)
    assert cleaned.text == "职责：负责接待"
    i = cleaned.text.index("负责")
    start, end = cleaned.tracked.span(i, i + 4)
    assert text[start:end] == "負責接待"
    assert cleaned.repairs_in(0, 6) == ["pinyin", "t2s"]
