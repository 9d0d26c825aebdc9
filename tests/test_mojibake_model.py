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


def test_mix_gives_the_domain_its_share_of_the_mass():
    from normalize.build_charmodel import mix

    base = {"经历": 900, "经理": 100}
    dom = {"经理": 30, "流程": 10}
    out = mix(base, dom, 0.3)
    total = sum(out.values())
    added = total - sum(base.values())
    assert abs(added / total - 0.3) < 0.01
    assert out["经历"] == 900 and out["经理"] > 100
    assert abs((out["经理"] - 100) - 3 * out["流程"]) <= 3      # the domain's own 3 : 1
    assert mix(base, dom, 0.0) == base and mix(base, {}, 0.3) == base


def test_domain_counts_learn_the_trades_own_words_in_both_scripts():
    import opencc

    from normalize.build_charmodel import NEW_WORD_MIN, domain_counts

    lines = ["及时处理客户工单"] * NEW_WORD_MIN + ["按时回访客户"] * 2
    words, pairs, chars = domain_counts(lines, [opencc.OpenCC("s2t")])
    assert words["工单"] == NEW_WORD_MIN and words["客戶"] == NEW_WORD_MIN + 2
    assert words["回访"] == 2 and words["回訪"] == 2
    # a pair across a word boundary counts too (户工 in 客户工单), in each spelling
    assert pairs["户工"] == NEW_WORD_MIN and pairs["戶工"] == NEW_WORD_MIN
    assert chars["单"] == NEW_WORD_MIN and chars["單"] == NEW_WORD_MIN
    few = domain_counts(["及时处理客户工单"] * (NEW_WORD_MIN - 1), [])[0]
    assert "工单" not in few          # a word jieba lacks needs NEW_WORD_MIN uses


def test_shipped_model_is_built_from_the_current_domain_text():
    """Every word the domain text teaches (all spellings) is in the shipped word table:
    editing `normalize/data/domain/` without rebuilding fails here."""
    import opencc

    from normalize.build_charmodel import domain_counts, domain_lines

    lines = domain_lines()
    assert len(lines) > 2000
    words = domain_counts(lines, [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")])[0]
    lm = load()
    missing = [w for w in words if lm.wlogp(w) is None]
    assert not missing, missing[:20]
