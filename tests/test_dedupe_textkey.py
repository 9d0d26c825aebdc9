"""fold(): the exact-duplicate key removes script, punctuation, spacing, marker and pinyin noise."""
from __future__ import annotations

import pytest

from pipeline.textkey import fold, fold_many, fold_tokens


@pytest.mark.parametrize("a, b", [
    ("負責展廳的日常管理工作。", "负责展厅的日常管理工作"),             # Traditional vs Simplified
    ("負責(zé)展廳的日常管理", "负责展厅的日常管理"),                    # inline pinyin note
    ("协助经理，完成销售任务；", "协助经理,完成销售任务"),              # full-width vs ASCII
    ("  2、 协助 经理 完成任务", "协助经理完成任务"),                    # marker and spaces
    ("（三）建立客户档案", "建立客户档案"),
    ("执行ＫＰＩ考核", "执行kpi考核"),                                   # NFKC and case
    ("③做好6S管理", "做好6S管理"),
])
def test_same_key(a: str, b: str) -> None:
    assert fold(a) == fold(b)
    assert fold(a) != ""


@pytest.mark.parametrize("a, b", [
    ("2年以上销售经验", "3年以上销售经验"),      # digits are content
    ("负责销售工作", "负责售后工作"),
    ("做好1号库", "做好2号库"),
])
def test_different_key(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_number_is_not_a_marker() -> None:
    assert fold("2年以上经验").startswith("2")
    assert fold("1.5倍").startswith("15")


def test_empty_and_punctuation_only() -> None:
    assert fold("") == ""
    assert fold("。，；--  ") == ""


def test_fold_many_matches_fold_and_keeps_newlines_apart() -> None:
    texts = ["負責展廳", "a\nb", "", "  ，销售  ", "經(jīng)理"] * 3
    assert fold_many(texts) == [fold(t) for t in texts]


def test_fold_tokens_drops_punctuation_tokens() -> None:
    assert fold_tokens(["负责", "，", "KPI", " ", "考核", "。"]) == ["负责", "kpi", "考核"]
