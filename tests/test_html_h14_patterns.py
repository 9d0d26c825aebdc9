"""HTML and chrome patterns found by the fourteenth held-out set, on pages written for these
tests (tests/fixtures/html_h14/, modelled on the patterns, not on any held-out text):

- a mini-program / app job page: its <title> is the screen's (`职位详情`), the post is named
  only in the card at the top (`<div class="job-name">…`), which extraction leaves out with the
  pay and tags: that name is the role of the items; a page naming several posts so names none;
- the same pages head each card with a box classed as a head (`<div class="block-head">岗位要求`):
  a box whose whole text names a posting section is the content's heading, not page chrome;
- a post copied out of an app: its share cruft (`来自「某某」App`, `复制链接打开查看更多…`) and
  its invitation to get in touch (`有意者私信…`, `有兴趣者可直接来店…`) are chrome, never rows;
  a duty about customers who are interested (`有意向者需…回访`) or about an app stays a duty.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.chrome import line_chrome
from parsers.html import extract
from pipeline.process import Input, process_input

HTML_H14 = Path(__file__).resolve().parent / "fixtures" / "html_h14"


def rows_of(name: str) -> list[tuple[str, str, str]]:
    path = HTML_H14 / name
    result = process_input(Input(str(path), str(path)))
    return [(r["role"], r["section"], r["duty"]) for r in result.rows]


# --- 1. the post named in an app card ------------------------------------------------------------

def test_the_post_named_in_an_app_card_is_the_role_and_card_heads_keep_their_sections():
    rows = rows_of("miniapp_card.html")
    assert {r[0] for r in rows} == {"冷链仓储理货员"}
    assert [r[1] for r in rows] == ["duty"] * 4 + ["requirement"] * 2
    assert rows[0][2].startswith("核对入库冷冻品") and rows[-1][2] == "会使用手持终端者优先"


def test_the_card_name_wins_over_similar_jobs_listed_as_links():
    rows = rows_of("miniapp_similar.html")
    assert len(rows) == 3 and {r[0] for r in rows} == {"宠物美容师"}


def test_a_page_naming_two_posts_in_cards_names_none_of_them():
    text = extract((HTML_H14 / "miniapp_two_names.html").read_text(encoding="utf-8")).text
    assert text.lstrip().startswith("职位描述")
    assert "茶艺师" not in text and "茶叶仓管" not in text


def test_a_section_heading_box_is_kept_but_a_header_bar_still_goes():
    html = ('<html><body><div class="top-head"><a href="/">首页</a><span>岗位职责</span></div>'
            '<div class="box"><div class="box-head">任职要求</div>'
            '<p>1. 持有叉车证，两年以上仓库经验，能适应倒班</p>'
            '<p>2. 熟悉WMS系统操作，会用电脑做出入库报表</p></div></body></html>')
    ex = extract(html)
    assert "任职要求" in ex.text and "首页" not in ex.text
    assert any("首页" in d.text for d in ex.dropped)


# --- 2. an app post's share cruft and invitation to get in touch ---------------------------------

@pytest.mark.parametrize("line", [
    "● 有兴趣者可直接来店试做，或私信留下电话～",
    "有意者私信发照片，或直接到店面谈",
    "感兴趣的小伙伴直接来电",
    "欢迎有意者加微信详谈",
])
def test_an_invitation_to_get_in_touch_is_contact_chrome(line):
    assert line_chrome(line) == "contact: how to apply"


@pytest.mark.parametrize("line", [
    "📎 分享自「某某招聘」App · 复制链接打开查看更多岗位",
    " · 复制链接打开查看更多职位",
    "来自「某某直聘」客户端",
    "打开小程序查看完整岗位信息",
    "长按复制此条消息，打开某某App查看",
])
def test_app_share_cruft_is_chrome(line):
    assert (line_chrome(line) or "").startswith("app share cruft")


@pytest.mark.parametrize("line", [
    "有意向者需在三日内电话回访，邀约再次到店",
    "有意向客户及时跟进，邀约到店",
    "引导客户下载品牌App查看保养预约",
    "来自客户端的投诉需当日处理",
    "负责复制链接打开测试环境并记录结果",
])
def test_duties_about_interested_customers_or_apps_are_not_chrome(line):
    assert line_chrome(line) is None


def test_an_app_post_keeps_its_duties_and_loses_its_cruft():
    rows = rows_of("app_share_post.txt")
    duties = [r[2] for r in rows]
    assert len(rows) == 4 and {r[0] for r in rows} == {"面包烘焙师"}
    assert not any("私信" in d or "复制链接" in d or "App" in d for d in duties)


def test_a_sales_duty_about_interested_customers_stays_a_row():
    rows = rows_of("invite_duty.txt")
    assert [r[2] for r in rows][1:] == ["有意向者需在三日内电话回访，邀约再次到店", "整理客户档案，录入CRM系统",
                                        "引导客户下载品牌App查看保养预约"]
