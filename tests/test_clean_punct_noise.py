"""Width, punctuation and noise removal, on text written for these tests."""
from normalize.noise import noise_edits, strip_noise
from normalize.punct import chinese_punct, halfwidth_edits, to_halfwidth


def test_fullwidth_letters_and_digits_become_halfwidth():
    assert to_halfwidth("完成ＫＰＩ指标，２年以上经验，６Ｓ管理") == "完成KPI指标，2年以上经验，6S管理"
    assert halfwidth_edits("没有全角") == []


def test_chinese_punctuation_in_chinese_context_only():
    assert chinese_punct("接待客户,了解需求;做好记录:每天") == "接待客户，了解需求；做好记录：每天"
    assert chinese_punct("征求有关人员(上级)意见") == "征求有关人员（上级）意见"
    # ASCII stays inside Latin words and numbers
    assert chinese_punct("使用DS-CRM, PDCA cycle 2.5万") == "使用DS-CRM, PDCA cycle 2.5万"


def test_tilde_used_as_comma():
    assert chinese_punct("个人能力强~要求极强的团队意识") == "个人能力强，要求极强的团队意识"


def test_injected_banner_inside_an_item_is_removed():
    text = "负责客户接待 ----------专业最好文档,专业为你服务,急你所急------------ - 文档下载最佳的地方 工作"
    assert strip_noise(text).split() == ["负责客户接待", "工作"]


def test_forum_cruft_and_watermarks():
    text = "做好记录\n2009-3-2 10:15 回复\n车市名片\n12位粉丝\n5楼\n  Qwzxty\n下一条"
    cleaned = strip_noise(text)
    for junk in ("回复", "车市名片", "粉丝", "5楼", "Qwzxty", "2009"):
        assert junk not in cleaned
    assert "做好记录" in cleaned and "下一条" in cleaned


def test_english_template_boilerplate():
    text = "岗位职责 For Internal Use Only Please Keep The Document Safe 1、负责"
    assert strip_noise(text).split() == ["岗位职责", "1、负责"]


def test_real_words_and_numbers_are_not_noise():
    text = "具有2年以上经验，负责6S管理和4S店PDI检查，1小时内回复客户"
    assert noise_edits(text) == []


def test_page_numbers_end_marks_sources_and_document_headers_are_noise():
    from normalize.noise import strip_noise
    assert strip_noise("负责装车\n第 3 页\n清点数量\n").split() == ["负责装车", "清点数量"]
    assert strip_noise("清洁灶台\n(来源：网络，如有侵权请联系删除)\n").split() == ["清洁灶台"]
    assert strip_noise("Doc No: QA-12  Revision: 3  Confidential\n岗位职责\n").split() == ["岗位职责"]
    assert strip_noise("按时交班\nTHE END\n").split() == ["按时交班"]
    assert strip_noise("做好记录\n（全文完）\n").split() == ["做好记录"]


def test_look_alikes_of_page_and_end_marks_stay():
    from normalize.noise import strip_noise
    # false positive guard: inside sentences these words are content
    text = "每月第3页报表由出纳填写\n完成后交给经理\n来源地址要登记清楚\n"
    assert strip_noise(text) == text


def test_forum_quotes_signatures_buttons_and_sign_off_lines_are_noise():
    from normalize.noise import strip_noise
    assert strip_noise("引用：原帖由 阿明 于 2020-5-1 08:00 发表\n负责巡逻\n").split() == ["负责巡逻"]
    assert strip_noise("做好记录\n签名：天天向上\n").split() == ["做好记录"]
    assert strip_noise("配合联调\n投递简历\n").split() == ["配合联调"]
    assert strip_noise("考核绩效\n编制：赵一   审核：钱二   日期：2020年1月\n").split() == ["考核绩效"]


def test_one_review_field_in_a_sentence_is_not_a_sign_off_line():
    from normalize.noise import strip_noise
    # false positive guard: a single `审核：` label inside an item is content
    text = "3、审核：每月审核部门费用报销单据\n"
    assert strip_noise(text) == text


def test_english_terms_inside_an_item_stay_but_filler_sentences_go():
    from normalize.noise import strip_noise

    assert strip_noise("熟练使用Microsoft Office Word Excel PowerPoint办公软件") == \
        "熟练使用Microsoft Office Word Excel PowerPoint办公软件"
    assert strip_noise("熟悉HACCP ISO GMP SOP流程") == "熟悉HACCP ISO GMP SOP流程"
    assert "Please" not in strip_noise("标语 Please Enter The Slogan In This Position 说明")
    assert strip_noise("Responsible for daily stock counts and reports").strip() == ""


def test_whitespace_entities_become_spaces():
    from normalize.mojibake import repair_mojibake

    assert repair_mojibake("负责&emsp;门店&#x3001;仓库&ensp;管理") == "负责 门店、仓库 管理"
