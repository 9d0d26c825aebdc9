"""Site, forum and template cruft found between and inside duty items.

Every pattern here describes a *kind* of noise seen on template-essay sites, document-sharing
sites and forums (banners made of dashes, "download" slogans, forum post headers, view
counters, lone watermark tokens, English template boilerplate), never one page.  The
edits delete the noise so an item cut by it joins up again.
"""
from __future__ import annotations

import re

from normalize.tracked import Edit

_D = r"\d{1,4}"
# four English words or more: template filler when it reads as a sentence (see _term_list)
_ENGLISH_RUN = re.compile(r"(?<![A-Za-z'’\-])[A-Za-z][A-Za-z'’\-]*+(?:[ ,./]++[A-Za-z][A-Za-z'’\-]*+){3,}\.?")

NOISE_PATTERNS: list[tuple[str, re.Pattern]] = [
    # injected document-site banners: ----------专业最好文档,专业为你服务……------------ - 文档下载最佳的地方
    ("banner", re.compile(r"(?<![-—=_~*])[-—=_~*]{4,}[^\n\-—=]{0,60}?[-—=_~*]{4,}(?:\s*-?\s*[^\s]{0,12}下载[^\s]{0,8}地方)?")),
    ("banner", re.compile(r"-?\s*(?:文档|资料|范文)下载最佳的地方")),
    ("banner", re.compile(r"(?:更多|本文|文章)[^\n。]{0,20}(?:请访问|来源于?|转载自)[^\n\s]{0,40}")),
    # page chrome: publish time, source, view counters, favourites, download links
    ("chrome", re.compile(rf"(?:发布|更新|上传|时间)[^\n\d]{{0,3}}[:：]\s*{_D}[-/年.]{_D}[-/月.]{_D}日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")),
    ("chrome", re.compile(r"(?:浏览|阅读|点击|下载)(?:次数|量)?\s*[:：]\s*\d+\s*次?")),
    ("chrome", re.compile(r"(?:资讯)?来源\s*[:：]\s*[^\s]{1,30}")),
    ("chrome", re.compile(r"(?:https?:/+|www\.)[\w./?=&%#:-]*")),
    ("chrome", re.compile(r"文章《[^》\n]{1,40}》正文开始\s*>*|正文开始\s*>+")),
    ("chrome", re.compile(r"`?\s*第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*第\s*\d+\s*页")),
    # a share bar on a line of its own: `分享到：微信 微博 QQ空间`
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*分享到\s*[:：][^\n。；]{0,30}$")),
    ("chrome", re.compile(r"(?:收藏本文|下载本文|手机版|打印本文|举报本文|分享到|打印本页|关闭窗口)")),
    # page tool buttons in brackets: `【打印】【关闭】`, `[返回顶部]`
    ("chrome", re.compile(r"[【\[]\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|返回|收藏本页|加入收藏)?\s*[】\]](?=\s*(?:[【\[]|$))", re.M)),
    # font-size switch of article pages: `字号：大 中 小`, `【字体：大 中 小】`, `字体：[大] [中] [小]`
    ("chrome", re.compile(r"[【\[]?\s*(?:字号|字体)\s*[:：]\s*[\[【]?[大中小][\]】]?(?:\s*[\[【]?[大中小][\]】]?){1,2}\s*[】\]]?")),
    # job-ad contact and application lines: `联系电话：…`, `投递邮箱：…`, `有意者请将简历发送至…`
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:联系电话|联系方式|联系人|咨询电话|投递邮箱|简历投递|应聘邮箱|招聘邮箱|发布单位|招聘单位)\s*[:：][^\n]*$")),
    # an attached file line: `附件：XX岗位职责.doc（点击下载）`
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:附件|相关附件|附件下载)\s*[:：][^\n]{0,80}?\.(?:docx?|xlsx?|pdf|wps|rar|zip)\b[^\n]{0,20}$")),
    # a pay line: `底薪4000+提成，月休4天`, `月薪：6000-8000元` (salary rules are never rows)
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:底薪|月薪|年薪|综合薪资|薪资|薪酬|工资|待遇)\s*[:：]?\s*(?:\d|面议)[^\n]*$")),
    # social-media footers: `长按识别二维码关注我们`, `扫码关注…`, `阅读 3028 ｜ 在看 12`
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:长按|扫描|扫码|扫一扫|识别)[^\n]{0,12}?(?:二维码|关注|公众号)[^\n]{0,20}$")),
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:阅读|在看|点赞|转发|留言)\s*\d+(?:\s*[|｜]\s*(?:阅读|在看|点赞|转发|留言)\s*\d+)+[ \t\u3000]*$")),
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*简历(?:请)?(?:投递|发送|投至|发至|发到)[^\n]*$")),
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:有意者|有意向者|感兴趣者|欢迎有意者|符合条件者)[^\n]{0,30}?(?:简历|邮箱|联系|投递|来电)[^\n]*$")),
    ("chrome", re.compile(r"(?:撰写人|部门|日期|编号)\s*[:：]\s*_{3,}")),
    ("chrome", re.compile(r"编号\s*[:：]\s*[A-Z]{1,4}(?:-[A-Z0-9]{1,6}){1,3}")),
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:[-—]\s*)?(?:第\s*\d+\s*页|Page\s+\d+(?:\s+of\s+\d+)?|[-—]\s*\d{1,3}\s*[-—])[ \t\u3000]*$")),
    # a page number a PDF dump set on the line of an item's end, far to the right
    # (`…上传备案系统；              第 4 页`): the item ends at its punctuation
    ("chrome", re.compile(r"(?m)(?<=[；;。，,])[ \t\u3000]{3,}(?:第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                          r"|[-—–]\s*\d{1,4}\s*[-—–]|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)[ \t\u3000]*$")),
    ("chrome", re.compile(r"[(（]\s*(?:资讯|文章|本文)?(?:来源|转载|出处|转自)\s*[:：][^)）\n]{0,60}[)）]|[，,。]?\s*如有侵权[^\n。)）]{0,12}?(?:删除|联系)[^\n。)）]{0,8}")),
    # the end of an article: `THE END`, `（完）`, `-- 全文完 --`
    ("chrome", re.compile(r"(?mi)^[ \t\u3000]*[-—=*]*\s*(?:the\s+end|[(（【]?\s*(?:全文)?完\s*[)）】]?)\s*[-—=*]*[ \t\u3000]*$")),
    # document-control header lines of office templates: `Document Number: … Version: 1.2 Confidential`
    ("boilerplate", re.compile(r"(?mi)^[ \t\u3000]*[^\n\u3400-\u9fff]*\b(?:document\s+(?:number|no\.?|id)|doc\s+no\.?|version|revision|confidential|effective\s+date)\b[^\n\u3400-\u9fff]*$")),
    # forum cruft: post time + 回复/楼, floor numbers, fan counts, profile cards
    ("forum", re.compile(r"\d{2,4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:回复|发表|引用|只看该作者))*")),
    ("forum", re.compile(r"(?<![\d\w])\d{1,4}\s*(?:楼|#)(?=\s|$)")),
    # a post header line: `3楼 阿May 发表于 2023-6-6 08:55`, `楼主 小林 发表于 …`
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:\d{1,4}\s*[楼#]|楼主|沙发|板凳|地板)?[ \t\u3000]*[^\s\n]{1,16}[ \t\u3000]+发表于[^\n]{0,40}$")),
    ("forum", re.compile(r"\d+\s*位粉丝|车市名片|发表于\s*|只看该作者|回复\s*引用|引用\s*回复|举报\s*回复")),
    # quote headers and signatures of forum posts
    ("forum", re.compile(r"(?:引用\s*[:：]?\s*)?原帖由\s*\S{1,30}\s*于\s*[\d\-/: ]{8,20}\s*发表")),
    # (a BBCode post's signature sits in size/colour tags between dashes: `[color=gray]--- 签名：… ---`)
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:\[[a-z]{1,6}(?:=[^\]\n]{0,40})?\])*[-—=_~*· \t\u3000]*(?:个性)?签名\s*[:：][^\n]{0,80}$")),
    # a publication date (and time) on a line of its own or before other page chrome
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t\u3000]*$|(?=[ \t\u3000]+(?:来源|浏览|作者|发布|阅读|点击|编辑|字体)))")),
    # job-board buttons on a line of their own
    ("chrome", re.compile(r"(?m)^[ \t\u3000]*(?:立即沟通|立即申请|申请职位|投递简历|收藏职位|分享职位|举报(?:该)?职位|我要应聘|感兴趣)[ \t\u3000]*$")),
    # sign-off lines of a job description form: `编制：张三  审核：李四  批准：王五  日期：…`
    ("boilerplate", re.compile(r"(?m)^[ \t\u3000]*(?:(?:编制|编写|拟制|拟稿|审核|审批|批准|核准|日期|修订|生效日期|版本|版次)(?:人|日期)?\s*[:：][^\s:：]{0,20}[ \t\u3000]*){2,}$")),
    # a short line talking to the thread starter is a forum reply, never a duty, unless it
    # carries a list after a colon (`楼上漏了仓管员的：巡查登记；交接班记录`: a floor adding items)
    ("forum", re.compile(r"(?m)^(?![^\n]*[:：][^\n]*[；;])[^\n]{0,24}(?:楼主|楼上)[^\n]{0,24}$")),
    ("forum", re.compile(r"回复\s*\d{1,4}\s*#?\s*楼?\s*(?:\S{0,12}?的帖子)?")),
    # a floor's header line: `回复 #2 某某 2026-3-8 21:40` (which floor, who, when)
    ("forum", re.compile(r"(?m)^[ \t\u3000]*回复[ \t\u3000]*#?\d{1,4}[楼#]?[ \t\u3000]+[^\s]{1,16}[ \t\u3000]+"
                         r"\d{4}-\d{1,2}-\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$")),
    # a 贴吧-style floor tail: where the poster was and which app (`IP属地:江苏 来自Android客户端`)
    ("forum", re.compile(r"IP属地\s*[:：]\s*[\u4e00-\u9fffA-Za-z]{1,10}|来自\s*\S{0,12}?(?:客户端|手机版|App|APP)")),
    # a reply inside a floor (楼中楼) on a line of its own: a name, what they said, when
    # (`某某：谢谢分享 2027-03-02 20:52`, `回复 某某 ：不客气 2027-03-02 21:03`)
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:回复\s*)?(?![\d(（①-⑳⑴-⒇])[^\s:：，。,、\n]{1,16}(?<!时间)(?<!日期)(?<!截止)(?<!期限)"
                         r"\s*[:：][^\n]{1,60}?[ \t\u3000]*\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*$")),
    # a floor that is one reply on its line: its number, who, what they said (`5楼 阿强：这份写得很全`,
    # `#3 某某：回复 2楼 同意`): a comment on the thread, never a wrap of the item above it.  A floor
    # carrying a list (`；`, `1.`, `(2)`) adds items and keeps its words.
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:回复[ \t\u3000]*)?[【\[]?(?:\d{1,4}[ \t]*[楼樓#]|#[ \t]*\d{1,4}|沙发|板凳|地板)[】\]]?[ \t\u3000]*"
                         r"[^\s:：，。,、；;\n]{1,16}[ \t\u3000]*(?:说)?[:：]"
                         r"(?![^\n]*(?:[；;]|(?<![\d.])\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]))[^\n]{1,80}$")),
    # the head of a page's comment section (`精选留言`, `全部评论（12）`, `共8条评论`) on a line of its
    # own: readers' comments follow, never the wrapped end of the item above it
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:(?:全部|热门|最新|精选|网友|读者|用户)(?:评论|留言)(?:区|列表)?|评论区|留言区)"
                         r"[ \t\u3000]*(?:[(（][ \t]*\d{1,6}[ \t]*[)）]|\d{1,6}[ \t]*条)?[ \t\u3000]*$"
                         r"|^[ \t\u3000]*(?:评论|留言)[ \t\u3000]*(?:[(（][ \t]*\d{1,6}[ \t]*[)）]|\d{1,6}[ \t]*条)[ \t\u3000]*$"
                         r"|^[ \t\u3000]*共[ \t]*\d{1,6}[ \t]*条(?:评论|留言|回复)[ \t\u3000]*$")),
    # a floor's reply switch: `回复(2)`, `收起回复`, `展开回复`, `我也说一句`
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:回复\s*[(（]\s*\d{1,5}\s*[)）]|收起回复|展开回复|我也说一句)[ \t\u3000]*$")),
    ("forum", re.compile(r"本帖最后由\s*\S{1,30}\s*于\s*[\d\-/: ]{8,20}\s*编辑")),
    ("forum", re.compile(r"(?m)^[ \t\u3000]*(?:回复|引用|举报|楼主|沙发|板凳|地板|使用道具|评分|点评|收藏|分享|顶|支持|反对)(?:[ \t\u3000]+(?:回复|引用|举报|使用道具|评分|点评|收藏|分享|顶|支持|反对))*[ \t\u3000]*$")),
    # an HTML comment left in a text or Markdown file (`<!-- 下一版补充夜班岗位 -->`): the
    # author's note, never shown
    ("markup", re.compile(r"<!--[\s\S]{0,500}?-->")),
    # template boilerplate: brand/slogan placeholders, English filler sentences
    ("boilerplate", re.compile(r"请在此位置输入[^\n。]{0,30}|某某管理中心|XX年XX月")),
    ("boilerplate", _ENGLISH_RUN),
]
_FUNCTION_WORDS = frozenset("the of to and in for this is are a an with on your please such as by at or".split())


def _term_list(run: str) -> bool:
    """English words that name things (Microsoft Office Word Excel, HACCP ISO GMP) rather
    than a filler sentence: every word capitalised, none a function word.  Those are part
    of the item they sit in and stay."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", run)
    return all(w[0].isupper() and w.lower() not in _FUNCTION_WORDS for w in words)


# a line that is nothing but a short Latin token (site watermarks such as `Sdhzcb`)
_WATERMARK_LINE = re.compile(r"(?m)^[ \t\u3000]*([A-Za-z]{5,12})[ \t\u3000]*$")
_KEEP_WORDS = {"sales", "service", "manager", "survey", "parts"}


# HTML tags typed into a text or Markdown file (`…服务<br>`, `<b>礼宾员</b>`): a `<br>` inside a
# line is the line break it stands for, any other tag goes
_TAG = re.compile(r"<(?:br|hr)\s*/?>|</?(?:b|strong|i|em|u|s|span|font|p|div|sup|sub|small|big|center|mark)"
                  r"(?:\s[^<>\n]{0,120})?>", re.I)
_BR_IN_LINE = re.compile(r"<br\s*/?>(?=[ \t\u3000]*\S)", re.I)
# a Markdown document (headings `## …`): its quote marks (`> 最后更新…`) are layout, not text
_MD_DOC = re.compile(r"(?m)^#{1,4}[ \t]+\S")
_MD_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+(?=\S)")


# BBCode typed into a forum post saved as text (`[b]…[/b]`, `[list][*]…[/list]`): markup, not
# words.  Read only where the text closes at least one BBCode tag (`[/b]`), so a bracketed
# word elsewhere (`[注]`) is never taken for a tag.
_BB_NAMES = r"(?:b|i|u|s|quote|list|url|img|size|color|font|code|align|center|left|right|indent|email|hr|table|tr|td|sub|sup|free|hide|media|flash|attach|backcolor|p)"
_BB_CLOSE = re.compile(rf"\[/{_BB_NAMES}\]", re.I)
# whole spans that are not the post's own text: a quoted post, an image or attachment, a bare link
_BB_DROP = re.compile(r"\[(quote|img|attach|media|flash|email)(?:=[^\]\n]{0,200})?\][\s\S]{0,2000}?\[/\1\]"
                      r"|\[url\][^\[\n]{0,300}\[/url\]", re.I)
_BB_ITEM = re.compile(r"\[\*\][ \t\u3000]*")
_BB_TAG = re.compile(rf"\[/?{_BB_NAMES}(?:=[^\]\n]{{0,200}})?\]", re.I)


def _bbcode(text: str) -> list[tuple[int, int, str]]:
    """Spans of BBCode: a quote, image or bare link box whole ("forum"), an item mark `[*]`
    ("bbitem": a list item starts there), a list's end `[/list]` ("bblist": its last item
    ends there, the next words never join it) and every other tag ("markup": the text
    inside stays)."""
    if not _BB_CLOSE.search(text):
        return []
    found = [(m.start(), m.end(), "forum") for m in _BB_DROP.finditer(text)]
    found += [(m.start(), m.end(), "bbitem") for m in _BB_ITEM.finditer(text)]
    found += [(m.start(), m.end(), "bblist" if m.group().lower() == "[/list]" else "markup")
              for m in _BB_TAG.finditer(text)]
    return found


# MediaWiki markup in a page saved as text: `== 标题 ==` headings, `*`/`#` items, `[[链接]]`,
# `[[目标|文字]]`, bold and italic quotes.  Read only in a text with two headings of that
# shape, or one and a link.
_WIKI_HEADING = re.compile(r"(?m)^[ \t]*(={1,6})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$")
_WIKI_LINK = re.compile(r"\[\[(?:([^\[\]|\n]{1,80})\|)?([^\[\]|\n]{1,80})\]\]")
# links that are the page's furniture: its categories, files and media
_WIKI_META = re.compile(r"\[\[[ \t]*(?:分类|分類|category|文件|檔案|file|image|图像|圖像|媒体|media)[ \t]*[:：][^\[\]\n]{0,80}\]\]", re.I)
_WIKI_ITEM = re.compile(r"(?m)^[ \t]*[*#]+[ \t]*(?=\S)")
_WIKI_BOLD = re.compile(r"'{2,5}")
# a section of links to other pages (`== 相关页面 ==`, `== 参见 ==`): chrome, up to the next heading
_WIKI_SEE_ALSO = re.compile(r"^(?:相关|相關)(?:页面|頁面|条目|條目|链接|鏈接|词条|詞條|阅读|閱讀)"
                            r"|^(?:参见|參見|另见|另見|外部链接|外部鏈接|参考资料|參考資料|参考文献|參考文獻|延伸阅读|延伸閱讀)$")


def _wiki(text: str) -> list[tuple[int, int, str]]:
    """Spans of wiki markup: a heading's `=` marks, a link's brackets and target, bold quotes
    ("markup": the words stay), an item mark ("item": a bullet), category and file links and a
    see-also section ("chrome": gone)."""
    heads = list(_WIKI_HEADING.finditer(text))
    if not heads or (len(heads) < 2 and not _WIKI_LINK.search(text)):
        return []
    found: list[tuple[int, int, str]] = []
    for i, m in enumerate(heads):
        if _WIKI_SEE_ALSO.match(m.group(2).strip()):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            found.append((m.start(), end, "chrome"))
            continue
        found.append((m.start(), m.start(2), "markup"))
        found.append((m.end(2), m.end(), "markup"))
    found += [(m.start(), m.end(), "chrome") for m in _WIKI_META.finditer(text)]
    for m in _WIKI_LINK.finditer(text):
        found.append((m.start(), m.start(2), "markup"))
        found.append((m.end(2), m.end(), "markup"))
    found += [(m.start(), m.end(), "item") for m in _WIKI_ITEM.finditer(text)]
    found += [(m.start(), m.end(), "markup") for m in _WIKI_BOLD.finditer(text)]
    return found


def noise_edits(text: str) -> list[Edit]:
    """Edits deleting noise spans (never overlapping); a `<br>` inside a line becomes a break."""
    found: list[tuple[int, int, str]] = _bbcode(text) + _wiki(text)
    for m in _TAG.finditer(text):
        found.append((m.start(), m.end(), "markup"))
    if _MD_DOC.search(text):
        for m in _MD_QUOTE.finditer(text):
            found.append((m.start(), m.end(), "markup"))
    for kind, pattern in NOISE_PATTERNS:
        for m in pattern.finditer(text):
            if m.end() > m.start() and not (pattern is _ENGLISH_RUN and _term_list(m.group())):
                found.append((m.start(), m.end(), kind))
    for m in _WATERMARK_LINE.finditer(text):
        word = m.group(1)
        if word.lower() not in _KEEP_WORDS and not word.isupper():
            found.append((m.start(1), m.end(1), "watermark"))
    found.sort(key=lambda t: (t[0], -t[1]))
    merged: list[list] = []
    for start, end, kind in found:
        if merged and (start < merged[-1][1] or start == merged[-1][1] and kind not in ("bbitem", "item")):
            merged[-1][1] = max(merged[-1][1], end)      # overlapping noise: one deletion
            continue
        merged.append([start, end, kind])
    return [Edit(start, end, _replacement(text, start, end, kind), f"noise:{kind}") for start, end, kind in merged]


def _replacement(text: str, start: int, end: int, kind: str) -> str:
    """What a noise span becomes: nothing, except a `<br>` inside a line (the break it stands
    for) and a whole line of forum furniture (a floor's header, a reply), which leaves one more
    empty line: two in a row are a hard break, so a floor's text never joins the last item of
    the floor before it."""
    if kind == "markup" and _line_break(text, start, end):
        return "\n"
    if kind == "forum" and _whole_line(text, start, end):
        return "\n"
    if kind == "item":
        return "• "
    if kind == "bblist":
        return "\n\n"         # with its own line's end, a hard break: the list is over
    if kind == "bbitem":
        # `[*]` opens a list item: a bullet at a line's start, a new line with one elsewhere
        at_start = not _BB_TAG.sub("", text[text.rfind("\n", 0, start) + 1:start]).strip()
        return "• " if at_start else "\n• "
    return ""


def _whole_line(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is all a line holds (blanks aside), and lines come before and after it."""
    head = text.rfind("\n", 0, start)
    tail = text.find("\n", end)
    return (head >= 0 and tail >= 0 and not text[head + 1:start].strip()
            and not text[end:tail].strip())


def _line_break(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is one `<br>` with more of its line after it."""
    m = _BR_IN_LINE.match(text, start)
    return m is not None and m.end() == end


def strip_noise(text: str) -> str:
    from normalize.tracked import apply_edits
    return apply_edits(text, noise_edits(text))
