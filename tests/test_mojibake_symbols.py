"""Decorations are not mojibake: symbol runs that real pages use stay exactly as written.

Box-drawing separators, stars, circled numbers and emoji are all "rare characters", and
re-encoded through the wrong codec they turn into plausible-looking Han (`①②③④` → `情顷请庆`
through GBK-read-as-Big5).  Wrong-codec repair therefore only ever considers runs that
carry Han text themselves.
"""
from __future__ import annotations

import pytest

from normalize import repair_mojibake
from normalize.mojibake import analyze

DECORATIONS = ["━━━━━━", "━━━", "──────────", "┏━━━━┓", "┃岗位名称┃", "═══ 任职要求 ═══",
               "★★★ 岗位职责 ★★★", "☆☆☆☆☆", "※※※", "■□▲△▽○●◎", "◆◇◆◇", "▼▼▼", "〓〓〓〓",
               "①②③④", "⑴⑵⑶", "ⅠⅡⅢ", "▍招聘岗位：医药代表", "✅负责客户拜访💊", "📮简历投递👇",
               "〖岗位职责〗", "—— 岗位职责 ——", "～～～～", "→ 负责接待", "【薪资福利】"]


@pytest.mark.parametrize("text", DECORATIONS)
def test_decoration_runs_are_left_alone(text):
    for line in (text, f"销售顾问岗位职责\n{text}\n1、负责展厅接待", f"{text}銷售顧問崗位職責{text}"):
        assert repair_mojibake(line) == line
        assert analyze(line).edits == []


def test_real_wrong_codec_damage_next_to_decorations_is_still_repaired():
    damaged = "负责接待来店客户".encode("utf-8").decode("gbk", errors="replace")
    line = f"━━━ {damaged} ━━━"
    repaired = repair_mojibake(line)
    assert repaired.startswith("━━━ ") and repaired.endswith(" ━━━")
    assert "负责接待" in repaired
