"""Main-content extraction: content lines kept as lines, chrome (nav, related, comments, ads) gone."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
sys.path.insert(0, str(FIXTURES))

from server import FixtureServer  # noqa: E402

from parsers.html import html_to_text, page_title  # noqa: E402

GOLD = {k: v for k, v in json.loads((FIXTURES / "extract" / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}


def page_html(name: str) -> str:
    if name.startswith("site/"):
        srv = FixtureServer()           # not started: only used to render its templates
        try:
            return srv.page_text("/" + name[len("site/"):])
        finally:
            srv.server_close()
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_generic_rule_keeps_content_lines_and_drops_chrome(name):
    text = html_to_text(page_html(name))
    lines = text.splitlines()
    for line in GOLD[name]["keep"]:
        assert line in lines, (name, line, text)
    for chrome in GOLD[name]["drop"]:
        assert chrome not in text, (name, chrome, text)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_content_comes_out_in_page_order(name):
    lines = html_to_text(page_html(name)).splitlines()
    positions = [lines.index(k) for k in GOLD[name]["keep"]]
    assert positions == sorted(positions)


def test_site_selectors_win_over_the_generic_rule():
    html = page_html("site/zhize/101.html")
    text = html_to_text(html, ["div.related"])
    assert text.splitlines()[:2] == ["相关文章", ""] and "仓库管理员岗位职责" in text
    assert "销售顾问岗位职责：" not in text


def test_selectors_that_match_nothing_fall_back_to_the_generic_rule():
    html = page_html("site/zhize/101.html")
    assert html_to_text(html, ["div.no-such-thing", "div["]) == html_to_text(html)


def test_table_cells_of_a_row_share_a_line():
    html = ("<table><tr><th>序号</th><th>职责</th></tr><tr><td>1</td><td>负责来访接待；</td></tr>"
            "<tr><td>2</td><td>负责电话转接。</td></tr></table>")
    assert [ln for ln in html_to_text(html).splitlines() if ln] == ["序号 职责", "1 负责来访接待；", "2 负责电话转接。"]


@pytest.mark.parametrize("html", ["", "no tags at all", "<html></html>", "<p>", "<div>" * 3000 + "职责" + "</div>" * 3000,
                                  "<body><a href='/a'>首页</a><a href='/b'>列表</a></body>"])
def test_odd_input_gives_text_not_an_exception(html):
    assert isinstance(html_to_text(html), str)


def test_page_title():
    assert page_title(page_html("site/zhize/104.html")) == "會計主管崗位職責"
