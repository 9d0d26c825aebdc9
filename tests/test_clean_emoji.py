"""Emoji bullets, keycaps and decoration; on text written for these tests."""
from normalize.clean import clean_text
from normalize.emoji import strip_emoji
from parsers.duties import extract


def rows(text):
    return [(r.role, r.section, r.duty) for r in extract(clean_text(text))]


def test_emoji_bullets_become_plain_bullets():
    assert strip_emoji("✅ 负责门店排班") == "● 负责门店排班"
    assert strip_emoji("🔹整理会议纪要") == "● 整理会议纪要"
    # variation selector and joiner vanish with the emoji
    assert strip_emoji("▪\ufe0f 大专以上学历") == "▪ 大专以上学历"


def test_keycaps_are_numbers():
    assert strip_emoji("1\ufe0f\u20e3 撰写周报\n2\ufe0f\u20e3 整理档案") == "1、撰写周报\n2、整理档案"


def test_decorative_emoji_is_deleted_not_bulleted():
    assert strip_emoji("🔥招聘｜店长") == "招聘｜店长"
    assert strip_emoji("按时提交日报💊") == "按时提交日报"
    # stars and plain bullets are not emoji here
    assert strip_emoji("★ 负责收银") == "★ 负责收银"


POST = """🔥急聘｜门店店长
▍招聘岗位：门店店长（苏州/无锡）
【岗位职责】
✅ 负责门店日常运营，完成月度销售目标🎯
✅ 安排员工排班与培训
【任职要求】
▪️ 大专及以上学历；
【薪资福利】
💰 底薪5000+提成
▍招聘岗位：收银员
【岗位职责】
1️⃣ 负责收银和对账
2️⃣ 保管备用金
📮 简历投递：jobs@shop.example
👇 长按识别二维码关注我们
"""


def test_social_media_post_rows():
    got = rows(POST)
    assert ("门店店长", "duty", "负责门店日常运营，完成月度销售目标") in got
    assert ("门店店长", "duty", "安排员工排班与培训") in got
    assert ("门店店长", "requirement", "大专及以上学历") in got
    assert ("收银员", "duty", "负责收银和对账") in got
    assert ("收银员", "duty", "保管备用金") in got
    assert not any("底薪" in d or "简历" in d or "二维码" in d for _, _, d in got)
    assert len(got) == 5


def test_pay_line_after_emoji_list_is_not_glued_and_square_emoji_are_bullets():
    text = "招聘岗位：美容顾问\n岗位职责：\n✔️ 为顾客提供皮肤检测\n✔️ 推荐护理项目\n💰 底薪4000+提成，月休4天\n"
    assert rows(text) == [("美容顾问", "duty", "为顾客提供皮肤检测"), ("美容顾问", "duty", "推荐护理项目")]
    assert rows("◾ 岗位：前台\n◾ 负责接待来访客户\n◾ 负责接听电话\n") == [
        ("前台", "duty", "负责接待来访客户"), ("前台", "duty", "负责接听电话")]


def test_pay_words_inside_a_duty_stay():
    text = "薪酬专员岗位职责：\n1、工资表每月10日前上报；\n2、核算社保。\n"
    assert [d for _, _, d in rows(text)] == ["工资表每月10日前上报", "核算社保"]
