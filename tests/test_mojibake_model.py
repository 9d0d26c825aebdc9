"""The character/word model mojibake repair relies on: shipped data, format, judgements."""
from __future__ import annotations

from normalize.build_charmodel import dumps
from normalize.charmodel import CharLM, load, parse


def test_table_format_round_trips():
    tables = {"unigram": {"负": 12, "责": 7}, "bigram": {"负责": 5}, "words": {"负责": 5}}
    assert parse(dumps(tables)) == tables


def test_shipped_model_loads_with_all_tables():
    lm = load()
    assert len(lm.uni) > 5000
    assert lm.wlogp("负责") is not None and lm.wlogp("負責") is not None   # both scripts
    assert "裏" in lm.trad_only and "里" in lm.simp_only


def test_real_text_beats_byte_shifted_text_in_both_scripts():
    lm = load()
    for clean in ("确保客户满意", "負責制定年度銷售計劃", "负责制定年度销售计划"):
        data = clean.encode("gb18030")
        shifted = data[1:].decode("gb18030", errors="replace")
        assert lm.score(clean) / len(clean) > lm.score(shifted) / max(1, len(shifted)) + 2
        assert lm.wscore(clean) > lm.wscore(shifted)


def test_word_model_prefers_real_word_boundaries():
    lm = load()
    # char bigrams alone like 户头; the word model knows 客户 + 投诉
    assert lm.wscore("客户投诉并及时处理") > lm.wscore("客户头端并及时处理")


def test_script_detection():
    lm = load()
    assert lm.script("负责客户关系维护与销售数据统计") == "s"
    assert lm.script("負責客戶關係維護與銷售數據統計") == "t"
    assert lm.script("ABC 123") == ""


def test_non_han_text_gets_class_scores_not_dictionary_counts():
    lm = CharLM.from_counts({"负": 10, "责": 10}, {"负责": 10}, {"负责": 10})
    # ASCII and punctuation score by class; unseen Han characters score very low
    assert lm.logp1("A") == lm.logp1("Z")
    assert lm.logp1("，") > lm.logp1("A") > lm.logp1("鷺")


def test_taiwan_and_hong_kong_standard_forms_are_not_rare():
    # OpenCC's s2t writes 爲 衆; Taiwan/HK pages write 為 眾 說 衞: all must look ordinary,
    # or a correct repair of such a page would be flagged as left-over garble
    from normalize.mojibake import _FLAG_RARE

    lm = load()
    for c in "為眾説衞啟爲衆":
        assert lm.logp1(c) > _FLAG_RARE, c


def test_shipped_line_end_words_are_jiebas_function_words_in_both_scripts():
    """`no_end` (words a line does not end on) is derived from jieba's part-of-speech tags,
    not hand-listed: every single-character word tagged as a particle, conjunction,
    preposition, adverb or verb is in it, in Simplified and Traditional, and nothing else."""
    import os

    import jieba

    from normalize.build_charmodel import NO_END_TAGS

    lm = load()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    tagged = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, tag = line.rstrip("\n").split(" ")
            if len(word) == 1:
                tagged[word] = tag
    expected = {w for w, t in tagged.items() if t in NO_END_TAGS}
    assert expected and expected <= lm.no_end
    assert {"的", "和", "在", "與", "對"} <= lm.no_end
    import opencc

    spellings = set(expected)
    for cfg in ("s2t", "s2tw", "s2hk"):
        conv = opencc.OpenCC(cfg)
        spellings.update(conv.convert(w) for w in expected)
    assert lm.no_end <= spellings
