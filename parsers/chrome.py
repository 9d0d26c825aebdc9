"""Lines of a job posting that are never rows: the job board's card fields and buttons, the
recruiter's name tag, contact instructions, benefit tags; pay, hours and working-week fields,
the company's address footer, a document's sign-off (编制/审核/日期), share bars, copyright
and licence lines, and a forum post's floor (沙发, 板凳) and action bar (回复 支持 反对 举报);
also a document's own furniture: its header (发布部门/文件号/实施日期), reprint notices,
bylines and update stamps (a wiki page's `由 … 创建, 最后修改于 …` too), breadcrumbs, previous/next-chapter and contents links (Markdown
links too), Markdown images, footnotes and `[TOC]`, notes about the document itself, a
job board's category and keyword fields, a Q&A answer's count bar, attached files listed with
their type or size, pointers to other pages (`详见…`) and a page's likes and labels.

Why: a post copied from a job board (BOSS/58-style) or a recruitment notice carries these
lines between and around the real lists; read as text they became duty or requirement rows
(`12-18K·14薪`, `五险一金`, `林女士`, `有意者请将履历寄至…`).  Each rule looks at the whole
line and names the reason, so the line is dropped visibly, never silently.
"""
from __future__ import annotations

import re

# `12-18K·14薪`, `8000-12000元/月`, `15-25万/年`, `薪资面议`
_PAY = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[Kk千万]?\s*[-~～至]\s*\d+(?:\.\d+)?\s*(?:[Kk千万]|元)(?:\s*/\s*(?:月|年|天|时))?"
                  r"(?:\s*[·・]\s*\d{1,2}\s*薪)?|(?:薪资|工资|薪酬)?面议)\s*$")
# fields of a job card split by bars: place | experience | education
_CARD_FIELD = re.compile(r"\d+\s*[-~～]\s*\d+\s*年|\d+\s*年以上|经验不限|应届|在校|学历不限|^(?:初中|高中|中专|中技|大专|本科|硕士|博士|MBA)(?:及以上)?$")
# what the recruiter's tag and the board's buttons say
_RECRUITER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:女士|先生|小姐)$"
                        r"|[·・•]\s*(?:刚刚|今日|昨日|本周|本月|\d+\s*[日天周月]内|半年内?|近半年|\d+\s*月内)?(?:活跃|在线)$"
                        r"|^(?:刚刚|今日|本周|本月)活跃$")
_BUTTON = (r"立即沟通|感兴趣|收藏|举报|分享|微信扫码分享|扫码分享|查看地图|查看全部|展开全部|收起|投递简历|立即投递|立即申请|申请职位|我要应聘|"
           r"在线咨询|聊一聊|发送简历|查看完整个人竞争力|查看更多|更多职位|返回顶部|打开APP|下载APP")
_BUTTONS = re.compile(rf"^\s*(?:{_BUTTON})(?:\s*[|｜/·]?\s*(?:{_BUTTON}))*\s*$")
# company facts of a card: funding stage and head count
_COMPANY = re.compile(r"(?:不需要融资|未融资|天使轮|[ABCD]\+?轮|Pre-?[AB]轮|战略投资|已上市|上市公司).{0,20}\d+\s*[-~～]\s*\d+\s*人"
                      r"|\d+\s*[-~～]\s*\d+\s*人.{0,6}(?:不需要融资|未融资|天使轮|[ABCD]轮|已上市)")
# how to apply: an address, mail or phone to send the CV to
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:[(（]\s*0\d{1,3}\s*[)）]\s*|0\d{2,3}\s*-\s*)?\d{3,4}\s*-\s*\d{4}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_APPLY = re.compile(r"^(?:有意者|有意向者|有意|感兴趣者|欢迎有意)"
                    r"|(?:简历|履历|应聘材料|求职信|作品集)[^。；;]{0,30}?(?:发送|寄送|寄|投递|发|电邮|邮寄)(?:至|到)"
                    r"|电洽|来电咨询|联系电话|联系人\s*[:：]|(?:人事|人资|HR)[部处]?\s*[\u4e00-\u9fff]{1,2}(?:小姐|女士|先生)")
# a controlled document's header fields (`文件编号：… 受控状态：受控`, `版本号：A/1`)
_DOC_CONTROL = re.compile(r"受控状态|文件状态|文件编号|文档编号|版本号|版次|密级|保密等级|修订状态")
# opening or working hours on a line of their own: `营业时间 8:00-21:00 全年无休`
_HOURS = re.compile(r"^(?:营业时间|营业时段|上班时间|工作时间|办公时间|开放时间|服务时间)\s*[:：]?\s*\d{1,2}\s*[:：]\s*\d{2}\s*[-~～至到—]+\s*\d{1,2}\s*[:：]\s*\d{2}")
# opening hours written with the days and the part of the day (`工作时间：星期一至五 下午1:00 - 晚上8:00`)
_DAY_WORDS = r"(?:(?:星期|周|礼拜)?[一二三四五六日天]|[上下中]午|晚上|早上|凌晨|至|到|及|、|[-~～—,，]|\s)"
_HOURS_DAYS = re.compile(r"^(?:营业时间|营业时段|上班时间|工作时间|办公时间|开放时间|服务时间)\s*[:：]?\s*"
                         rf"{_DAY_WORDS}{{0,16}}\d{{1,2}}\s*(?:[:：]\s*\d{{2}}|点|时)")
# pay as a labelled field (`月薪：HK$16,000 - 20,000（视乎经验）`, `时薪：¥25起`)
_PAY_FIELD = re.compile(r"^(?:月薪|年薪|底薪|时薪|日薪|周薪|薪金|薪资|薪酬|薪水|工资|待遇)(?:待遇|范围|标准)?\s*[:：]\s*"
                        r"(?:HK\$|US\$|NT\$|MOP\$?|RMB|人民币|港币|港元|￥|¥|\$)?\s*\d")
# the working week as a card tag (`5天工作`, `做六休一`, `大小周`)
_WORK_WEEK = re.compile(r"^(?:[56五六]\s*天工作(?:制)?|每周(?:工作)?[56五六]天|做[五六]休[一二]|大小周|单休|双休|周末双休)$")
# a document's sign-off: who drew it up, who approved it and when (`编制：人事部 审核：李总 日期：…`)
_SIGNOFF_FIELD = r"(?:编制|制表|拟制|拟稿|起草|编写|制定|审核|审批|批准|核准|签发|日期|生效日期|发布日期|发布|发文)(?:人|部门|单位)?"
_SIGNOFF = re.compile(rf"^(?:{_SIGNOFF_FIELD}\s*[:：]\s*[^\s，,。；;:：]{{0,20}}\s*){{2,}}$")
# … its fields one to a line: a unit, a titled person or a date after the field's name
# (a unit may carry the date after it: `制表单位：某某机械厂设备部 2021年5月`)
_SIGNOFF_DATE = r"\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?)"
_SIGNOFF_ONE = re.compile(rf"^{_SIGNOFF_FIELD}\s*[:：]\s*(?:[\u4e00-\u9fff]{{1,20}}(?:部|处|科|室|办|办公室|中心|委员会|小组)"
                          rf"(?:\s*{_SIGNOFF_DATE})?"
                          r"|[\u4e00-\u9fff]{1,3}(?:总|总经理|经理|主任|部长|处长|科长|院长|校长|厂长|董事长|总监)"
                          rf"|{_SIGNOFF_DATE})$")
# where the company is: its name and addresses as a footer (`某中心 九龙XX道88号3楼 | 旺角YY道6号12楼`)
_ADDRESS = re.compile(r"(?:路|道|街|巷|里|村|弄|大道|大街|广场|大厦|花园|园区|中心)\s*\d+\s*(?:号|號|弄)"
                      r"(?:\s*(?:地下|地铺|[A-Za-z\d-]*\s*(?:楼|层|室|座|F|栋|铺|舖|单元)))?$")
_ADDRESS_LABEL = re.compile(r"^(?:(?:公司|联系|办公|中心|门店|工作|总部|通讯)?地址"
                            r"|[\u4e00-\u9fff]{1,8}(?:分店|分校|门市|门店|校区|总部|办事处|分部|分公司))\s*[:：]")
# a share bar (`Share分享：WeChat | LinkedIn | Weibo`, `分享到：微信 微博 QQ空间`)
_SHARE = re.compile(r"^(?:share(?:\s*to)?|分享(?:到|至)?|转发(?:到|至)?)\s*(?:分享(?:到|至)?)?\s*[:：]?\s*"
                    r"(?:(?:wechat|weixin|weibo|linkedin|facebook|twitter|x|qq|qzone|douban|email|微信|朋友圈|微博|新浪微博|"
                    r"QQ空间|QQ好友|豆瓣|知乎|复制链接|邮件)(?:\s*[|｜/、,，])?\s*)+$", re.I)
# a copyright notice or a site licence (`© 2026 Some Studio. All rights reserved.`, `京ICP备…号`)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\b|版权所有)|all rights reserved|ICP[备证]\s*\d", re.I)
# a forum post's furniture: its floor (`沙发`, `板凳`, `5#`) and its action bar
# (`回复 支持 (12) 反对 (0) 使用道具 举报`)
_FLOOR = re.compile(r"^(?:楼主|沙发|板凳|地板|地下室|藤椅|凉席|\d+\s*#|#\s*\d+|\d+\s*楼)$"
                    r"|^(?:楼主\s*)?[^\s:：，。,]{1,16}\s+(?:LV|Lv|lv)\.?\s*\d{1,2}$|^该楼层疑似违规已被系统折叠")
_POST_ACTION = r"(?:回复|支持|反对|使用道具|举报|只看该作者|只看楼主|评分|引用|收藏|点赞|顶|踩|电梯直达|倒序浏览|正序浏览|分享|打印|编辑|删除)"
_POST_ACTIONS = re.compile(rf"^(?:{_POST_ACTION}(?:\s*[(（]\s*\d*\s*[)）])?(?:\s*[|｜])?\s*){{2,}}$")
# a byline, however its fields are spaced (`发布：人事部&emsp;2026-07-08 阅读（1,206）`), and an
# article's reading counter (`阅读1.2万 在看86`)
_BYLINE = re.compile(r"^(?:发布|发布人|发布者|来源|作者|编辑|责任编辑)\s*[:：].{0,80}?(?:\d{4}\s*[-/.年]\s*\d{1,2}|阅读|浏览|点击)")
_COUNTER = re.compile(r"^(?:阅读|浏览|点击)(?:量|数)?\s*[:：(（]?\s*[\d.,]+\s*万?\s*[)）]?\s*(?:(?:在看|点赞|赞|评论|收藏|转发)\s*[\d.,]+\s*万?\s*)*$")
# a notice that the text is the publisher's (`本手册版权归某台所有，未经许可不得转载`, `禁止转载`)
_NOTICE = re.compile(r"^本[\u4e00-\u9fff]{0,6}(?:版权|著作权)(?:归|属于?)[^，,。；;]{1,30}所有"
                     r"|^(?:版权|著作权)(?:归|属于?)[^，,。；;]{1,30}所有"
                     r"|^(?:本[\u4e00-\u9fff]{0,6}[，,]?\s*)?(?:未经|非经)[^，,。；;]{0,16}(?:许可|授权|同意|允许)[，,]?\s*"
                     r"(?:任何[\u4e00-\u9fff]{0,6})?(?:不得|禁止|严禁|请勿|谢绝)[^，,。；;]{0,10}(?:转载|复制|转发|摘编|传播)"
                     r"|^(?:原创(?:文章|内容)?[，,]?\s*)?(?:禁止|严禁|谢绝|请勿)(?:任何形式的?)?转载|^转载请(?:注明|保留)")
# a link to the previous or next chapter, back to the contents (`下一章：第六章 …`, `[返回目录](../README.md)`)
_NAV_WORD = (r"(?:上一|下一)(?:章|篇|节|页|条|则|部分|单元|课|讲|帖|主题)|(?:返回|回到)(?:目录|首页|列表|上级|上页|上一页|顶部|主页|栏目|总目录)"
             r"|(?:目录|首页|主页|网站首页|总目录)(?=$)")
_NAV = re.compile(rf"^(?:[【\[［]\s*(?:{_NAV_WORD})\s*[】\]］]|(?:{_NAV_WORD})(?=$|[:：\s(（>》»]))")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,80})\][(（][^)）\s]{0,200}[)）]")
# a table-of-contents entry: a list item that is only a link (to an anchor or another page:
# `- [一、驻店药师](#一驻店药师)`, `* [第二章](./ch2.md)`); cleaning may have widened its brackets
_TOC_ENTRY = re.compile(r"^(?:[-*+•]\s*|\d{1,3}[.、]\s*)?\[[^\]\n]{1,60}\][(（][^)）\s]{1,200}[)）]$")
# Markdown furniture on a line of its own: a contents marker (`[TOC]`), an image
# (`![礼宾台](./img/desk.jpg)`), a footnote (`[^1]: …`)
_MD_FURNITURE = re.compile(r"^(?:\[\[?_?toc_?\]\]?|!\[[^\]\n]{0,80}\][(（][^)）\s]{0,200}[)）]|\[\^[^\]\s]{1,10}\]\s*[:：].*)$", re.I)
# a note about the document itself (`> **提示**：本节内容以最新版为准`, `注：本手册自2027年起执行`)
_DOC_NOTE = re.compile(r"^(?:温馨|特别)?(?:提示|注意|注|说明|备注|声明|note|tip)\**\s*[:：]\s*"
                       r"本(?:节|章|文|篇|手册|页|文件|文档|制度|规定|办法|说明书|岗位说明书?|版本?)", re.I)
# fields of a footer or header line: bars, middle dots, wide gaps, and a gap before a link word
_FIELD_SPLIT = re.compile(rf"\s*[|｜·•]\s*|[ \t\u00a0]{{2,}}|[\u3000\u2003]+|\s+(?=[【\[［]?(?:{_NAV_WORD})[】\]］:：])")
_SENTENCE = re.compile(r"[，,。；;！？!?]")
# a document's header fields: who issued it, its number, version and dates
# (`发布部门：客舱服务部　　文件号：KC-2026-015`)
_UNIT_LABEL = r"(?:发布|印发|发文|制定|主管|归口|起草|编制|主办)(?:部门|单位|机构)"
_NUMBER_LABEL = r"(?:文件(?:编)?号|发文(?:字)?号|文号|文件编码|文件代码|(?<![\u4e00-\u9fff])编号|版本号?|版次|修订号|页码|页次|密级)"
_DATE_LABEL = r"(?:发布|印发|生效|实施|执行|修订|批准|施行)(?:日期|时间)"
_HEADER_FIELD = re.compile(rf"(?P<label>{_UNIT_LABEL}|{_NUMBER_LABEL}|{_DATE_LABEL})\s*[:：]\s*")
_UNIT_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:部|处|科|室|办|办公室|中心|委员会|小组|局|厅|司|院|委|公司|集团)$")
_CODE_VALUE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff〔〕\[\]［］（）()\-—－/_.#]{1,30}$")
_DATE_VALUE = re.compile(r"^\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?)$")
# a breadcrumb copied with the page (`首页 > 招聘信息 > 仓库主管`, `当前位置：首页 >> 岗位说明`)
BREADCRUMB = re.compile(r"^\s*(?:(?:当前位置|當前位置|您的位置|你的位置|位置)\s*[:：]\s*)?(?:首页|首頁|主页|主頁|网站首页|網站首頁|home)"
                        r"(?:\s*(?:>{1,2}|»|›|→|＞|》|/)\s*[^>»›→＞》/\n]{1,24}?){1,6}\s*$", re.I)
# one field of a job card on its own (`3-5年`, `经验不限`, `中专/中技`, `招3人`, `成都-双流区`)
_CARD_ONLY = re.compile(r"^(?:\d+\s*[-~～至]\s*\d+\s*年(?:经验)?|\d+\s*年以上(?:经验)?|经验不限|无经验|不限经验|应届生?|应届毕业生|在校生"
                        r"|学历不限|(?:初中|高中|中专|中技|中专/中技|大专|本科|硕士|博士|MBA)(?:及以上|以上)?(?:学历)?"
                        r"|招\s*(?:\d+|若干|一|两|二|三|四|五|六|七|八|九|十)\s*(?:人|名)|(?:全职|兼职|实习|全职/兼职))$")
_CARD_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[-·・]\s*[\u4e00-\u9fff]{2,8}$")
_HEADCOUNT = re.compile(r"^招\s*(?:\d+|若干|一|两|二|三|四|五|六|七|八|九|十)\s*(?:人|名)$")
# a page's update stamp (`本页最后修订于2026-10-08`, `最后更新：2026-10-08`; cleaning may have cut
# the date away, leaving `最后`) and its labelled byline fields (`编辑：人力资源部`, `作者：李敏`)
_STAMP = re.compile(r"^(?:本(?:文档?|页面?|手册|文件|帖子?|篇|章|节)?(?:内容)?)?(?:(?:最后|最近|最新)(?:一次)?)?(?:更新|修订|修改|编辑|发布)?(?:于|时间|日期)?"
                    r"\s*[:：]?\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)?$")
# a wiki page's stamp (Confluence: `由 张三 创建, 最后修改于 2024-03-18`; the name may be gone)
_WIKI_STAMP = re.compile(r"^(?:由\s*\S{0,20}\s*)?(?:创建|建立)\s*[,，]?\s*(?:最后|最近)?(?:修改|更新|编辑)(?:于|时间)?\s*[:：]?\s*"
                         r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?$")
_BYLINE_LABEL = re.compile(r"^(?:编辑|作者|来源|撰稿|撰稿人|审核|审稿|发布|发布人|发布者|责任编辑|编写|整理|录入|校对|供稿|维护|维护人)\s*[:：]\s*"
                           r"[^\s，,。；;！？!?:：]{1,16}$")
# one byline field on its own line: who posted it, a unit and/or a person's name
# (`发布人：护理部 王玥`, `作者：李敏`); a label before a task (`编辑：负责…`) is not one
_BYLINE_ONE = re.compile(r"^(?:发布人|发布者|作者|撰稿人?|责任编辑|编辑|录入|供稿|审稿人?)\s*[:：]\s*"
                         r"(?=\S)(?:[\u4e00-\u9fff]{1,10}(?:部|处|科|室|中心|办公室|组|站|院|局|所)(?:\s+|$))?(?:[\u4e00-\u9fff]{2,3})?$")
# a job board's category and keyword fields (`职能类别：货运司机`, `关键字：冷链 配送`)
_CATEGORY = re.compile(r"^(?:职能类别|职位类别|职务类别|职位类型|岗位类别|所属行业|行业类别|所属职能|关键字|关键词|职位标签|职位关键词)\s*[:：]"
                       r"\s*[^，,。；;！？!?]{1,40}$")
# a benefit tag (`五险一金`, `带薪年假`, `餐补`, `包住宿`, `周末双休`, `年终奖`)
_BENEFIT = re.compile(r"险|公积金|年假|休假|带薪|体检|[餐饭房车话]补|补贴|补助|福利|奖金?$|包(?:吃|住)|住宿|双休|班车|旅游|下午茶|期权|团建|节日|礼品|礼物|晋升")


# a Q&A answer's or a question's bar of counts and buttons (`赞同 356 · 评论 42 · 分享 · 收藏`,
# `3个回答 · 1.2万浏览 · 关注问题`): every field a count or a button, two fields or more
_QA_FIELD = re.compile(r"^(?:(?:赞同|反对|点赞|评论|分享|收藏|举报|喜欢|感谢|回复|转发|在看|有用|没有帮助|浏览|阅读)\s*[\d.,]*\s*[万kKw]?"
                       r"|[\d.,]+\s*[万kKw]?\s*(?:个回答|条评论|个赞|次浏览|浏览|阅读|赞同|人关注|关注)"
                       r"|关注问题|写回答|邀请回答|好问题|添加评论|取消关注)$")
_QA_SPLIT = re.compile(r"\s*[·•|｜]\s*|\s+(?=\D)")


# an attached file listed with its type or size (`制度.pdf (application/pdf)`, `表.xlsx（12 KB）`)
_ATTACHMENT = re.compile(r"^(?:[•·*\-]\s*)?[^\s，,。；;]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt|csv|png|jpe?g|wps)\s*"
                         r"[(（]\s*(?:(?:application|image|text|video|audio)/[\w.+-]+|\d+(?:\.\d+)?\s*[KMG]i?B)\s*[)）]$", re.I)
# a pointer to another page instead of content (`详见各岗位子页面。`, `具体见附件`)
_POINTER = re.compile(r"^(?:详见|详情见|具体见|具体详见|参见|请参见|请见|另见)[^，,。；;!?！？]{0,24}"
                      r"(?:页面|页|附件|附表|链接|下文|上文|原文|网站|官网|公告|通知)[。.]?$")
# a wiki page's likes and labels (`成为第一个赞同者`, `标签：设备 岗位`)
_LIKES = re.compile(r"(?:成为)?第一个(?:赞同|点赞|喜欢)(?:者|的人)|^(?:标签|labels?|tags?)\s*[:：]\s*\S{1,12}(?:\s+\S{1,12}){0,8}$", re.I)


# a page number as a field of a running header or footer (`第 4 页`, `第3页/共12页`, `- 4 -`, `Page 4 of 9`)
_PAGE_FIELD = re.compile(r"(?:^|(?<=[\s|｜]))(?:第\s*\d{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁])?"
                         r"|共\s*\d{1,4}\s*[页頁]\s*[,，]?\s*第\s*\d{1,4}\s*[页頁]|[-—–]\s*\d{1,4}\s*[-—–]"
                         r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)(?=$|[\s|｜])", re.I)
_DOC_NAME = re.compile(r"(?:手册|制度|汇编|说明书|规程|规范|规定|办法|指南|标准|方案|文件|资料|公司|集团|中心|医院|学校|协会)$")
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.、．)）]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])")


def _page_line(text: str) -> bool:
    """A running header or footer of a paginated export (a PDF or Word dump saved as text):
    a page number beside the document's or company's name (`某公司员工手册      第 4 页`,
    `- 4 -   内部资料`).  The other fields are short names, none a sentence or a list item, so
    the line is furniture and never the wrapped end of the item before it."""
    m = _PAGE_FIELD.search(text)
    if not m or len(text) > 60:
        return False
    rest = (text[:m.start()] + " " + text[m.end():]).strip()
    fields = [f for f in re.split(r"[\s|｜]+", rest) if f]
    if not fields or not all(len(f) <= 24 and not _SENTENCE.search(f) and not re.search(r"[:：]", f)
                             and not _LIST_MARK.match(f) for f in fields):
        return False
    # set off by a layout gap (wide spaces, a tab, a bar), or beside a document's or owner's name:
    # `核对 第 3 页 报表` is a (terse) task, not a header
    gap = re.search(r"[ \u00a0]{2,}|[\t\u3000|｜]", text)
    return bool(gap) or any(_DOC_NAME.search(f) for f in fields)


# a bullet, arrow or pointing hand before a line of a post (emoji cleaning leaves `●`)
_LEAD = re.compile(r"^[\s●•·◆◇■□▪▶►▸→➤⇒↓⬇☞☛*\-~>»]+")
# a social-media post's call to action: click or tap a link, read the original, follow the
# account (`点击下方"阅读原文"报名`, `戳左下角了解详情`, `欢迎关注我们`)
_CALL_TO_ACTION = re.compile(r"(?:点击?|戳|轻触)[^，,。；;]{0,6}阅读原文"
                             r"|阅读原文[”\"」』]?\s*(?:报名|了解|查看|投递|获取|下载|进入|购买|预约|咨询|即可|链接|$)"
                             r"|^(?:请|可|欢迎|快|赶快|立即|马上)?(?:点击|点此|点这里|轻触|戳)"
                             r"(?:这里|此处|下方|上方|左下角|右下角|右上角|底部|文末|链接|蓝字|图片|卡片|小程序|二维码|原文|报名|详情|了解)"
                             r"|^(?:欢迎|记得|请|快来)?关注(?:我们|本号|本公众号|公众号|[\u4e00-\u9fff]{1,10}公众号)(?:$|[，,！!~～。]|获取|了解|查看|不迷路)"
                             r"|(?:请|欢迎)关注(?:我们|本号|本公众号|公众号|官方)"
                             r"|(?:扫描|扫码|长按|识别)(?:下方|上方|文末|图中|图片|页面|以下|底部)的?(?:小程序)?二维码"
                             r"|(?:扫描|扫码|长按|识别)(?:小程序)?二维码(?:报名|关注|投递|咨询|了解|加入|进群|添加|预约)"
                             r"|^(?:转发|分享)(?:给|到)(?:身边|更多|需要的|有需要的)?[^，,。；;]{0,8}(?:朋友|好友|朋友圈)"
                             # `记得点赞、在看、转发哦`: two or more of a post's buttons, and at most a particle after
                             r"|^(?:记得|欢迎|请|别忘了?|喜欢(?:的话)?就?|觉得有用就?)?(?:点个?赞|点个?在看|在看|转发|分享|收藏)"
                             r"(?:[、，,和+\s]*(?:点个?赞|在看|转发|分享|收藏|关注)){1,4}[^，,。；;\u4e00-\u9fff]{0,4}(?:[哦吧呀啊哈]|一下|支持)?[^，,。；;\u4e00-\u9fff]{0,4}$")
# the head of a page's comment section and its buttons (`全部评论（12）`, `精选留言`, `写留言`,
# `查看更多评论`): what follows are readers' comments, and the line itself is never a heading
_COMMENTS = re.compile(r"^(?:全部|热门|最新|精选|网友|读者|用户)?(?:评论|留言)(?:区|列表)?\s*(?:[(（]\s*\d{1,6}\s*[)）]|\d{1,6}\s*条)?$"
                       r"|^(?:写|发表|我要|我来|添加)(?:评论|留言)$|^(?:查看|展开|加载)(?:更多|全部)(?:评论|留言|回复)$"
                       r"|^共\s*\d{1,6}\s*条(?:评论|留言|回复)$")
# a reprint or copyright notice anywhere in a short line (`版权声明：本文由…原创，转载请注明出处`,
# `图片来源网络，如有侵权请联系删除`)
_REPRINT = re.compile(r"^(?:版权声明|版权说明|免责声明|原创声明)|转载请(?:务必)?(?:注明|保留|联系|标明|私信)|如需转载"
                      r"|(?:如有|若有|如涉及|若涉及)侵权[，,]?\s*(?:请)?(?:及时)?(?:联系|告知|通知)?[^，,。；;]{0,8}删除"
                      r"|(?:图片|图文|素材|配图)(?:均)?(?:来源|来自)(?:于)?(?:网络|互联网)"
                      # a post's byline: `原创 某某基地` (its date cleaned away) before the text
                      r"|^原创[ \t\u3000|｜]+[^\s，,。；;:：]{2,20}(?:[ \t\u3000]+[^\s，,。；;:：]{1,20})?$"
                      r"|^(?:声明\s*[:：]\s*)?本文(?:由|系|为|是)?[^，,。；;]{0,24}(?:原创|首发|独家发布)(?:[，,。]|$)")


# an invitation to get in touch, its subject the reader (`有意者私信发作品`, `感兴趣的小伙伴直接来店面谈`):
# the contact verb comes right after the subject (maybe after 请/可/直接), so a sales duty that
# opens on its customers (`有意向者需三日内回访`) stays a duty
_INVITE = re.compile(r"^(?:有意者|有意向者|有兴趣者|感兴趣者|感兴趣的(?:朋友|小伙伴|同学|你)们?|欢迎有意[^，,。；;]{0,6}?)[，,]?\s*"
                     r"(?:请|可|可以|欢迎|直接|即可|速|尽快|均可|马上|赶快)*\s*"
                     r"(?:私信|私聊|来店|到店|来电|致电|拨打|加微信|加V|加v|加我|联系|咨询|报名|投递|发送|发简历|发作品|携带?|带上|扫码|面谈|详谈|预约|戳)")
# an app's share cruft pasted with the post: where it came from and how to open it in the app
# (`来自「某某直聘」App`, `复制链接打开查看更多职位`, `打开App查看完整职位`)
_APP_CRUFT = re.compile(r"^(?:来自|分享自|转自|发自)\s*[「『“\"【]?[^」』”\"】\s，,。；;]{1,16}[」』”\"】]?\s*(?:APP|App|app|客户端|小程序)"
                        r"\s*(?:$|[·•|｜:：,，\s])"
                        r"|(?:^|[·•|｜，,\s])(?:请|长按|可)?复制(?:此条|该条|本条|这条|整段|此|该|本)?(?:链接|口令|消息|文字)[，,]?[^，,。；;]{0,8}?(?:打开|前往)"
                        r"|^(?:请|可|可以|欢迎)?(?:打开|下载|前往|进入|登录)[「『“\"]?[^，,。；;\s]{0,10}?(?:APP|App|app|客户端|小程序)"
                        r"[」』”\"]?(?:内|里)?(?:查看|了解|投递|浏览|阅读|获取|申请|报名|沟通)")
APP_CRUFT_MAX = 60
# what a sales duty does with interested customers (`有意向者需三日内电话回访`): never an invitation
_PROSPECT_DUTY = re.compile(r"回访|跟进|跟踪|邀约|建档|转化|成交|维护|录入")


def _qa_bar(text: str) -> bool:
    fields = [f for f in _QA_SPLIT.split(text) if f]
    return len(fields) >= 2 and all(_QA_FIELD.match(f) for f in fields)


def line_chrome(line: str) -> str | None:
    """Why this whole line is posting chrome, or None (a line that may carry content)."""
    text = line.strip()
    if not text or len(text) > 120:
        return None
    if _DOC_CONTROL.search(text) and re.search(r"[:：]", text) and len(text) <= 40 and not re.search(r"[，,。；;]", text):
        return "document control fields"
    if (_BYLINE.match(text) and len(text) <= 100) or _COUNTER.match(text) or _WIKI_STAMP.match(text):
        return "byline: who published it and when"
    if (_HOURS.match(text) and len(text) <= 40) or (_HOURS_DAYS.match(text) and len(text) <= 80):
        return "opening hours"
    if _PAY.match(text) or (_PAY_FIELD.match(text) and len(text) <= 40 and not re.search(r"[。；;]", text)):
        return "job card: pay"
    if _CATEGORY.match(text):
        return "job card: category and keywords"
    if _WORK_WEEK.match(text):
        return "job card: working week"
    if _doc_header(text):
        return "document header: issuing unit, file number, version, date"
    if _SIGNOFF.match(text) or _SIGNOFF_ONE.match(text):
        return "document sign-off: who drew it up, approved it, when"
    if _SHARE.match(text):
        return "share buttons"
    if _COPYRIGHT.search(text) and len(text) <= 100:
        return "copyright or site licence"
    if _page_line(text):
        return "page furniture: running header or footer with a page number"
    lead = _LEAD.sub("", text)
    if _REPRINT.search(lead) and len(lead) <= 100:
        return "copyright or reprint notice"
    if _CALL_TO_ACTION.search(lead) and len(lead) <= 40 and not re.search(r"[；;]", lead):
        return "call to action of a post: click, read the original, follow"
    if _COMMENTS.match(lead):
        return "comment section of a page: its head or buttons"
    if _APP_CRUFT.search(lead) and len(lead) <= APP_CRUFT_MAX and not re.search(r"[；;。]", lead):
        return "app share cruft: where the post came from, open it in the app"
    if _INVITE.match(lead) and len(lead) <= APP_CRUFT_MAX and not re.search(r"[；;]", lead) \
            and not _PROSPECT_DUTY.search(lead):
        return "contact: how to apply"
    bare = _bare(text)
    if _NOTICE.match(bare) and len(bare) <= 100:
        return "copyright or reprint notice"
    if _DOC_NOTE.match(bare) and len(bare) <= 80:
        return "a note about the document itself"
    if _MD_FURNITURE.match(text):
        return "Markdown furniture: contents marker, image or footnote"
    if _toc_entries(text):
        return "navigation: table-of-contents links"
    if BREADCRUMB.match(text):
        return "navigation: breadcrumb"
    if byline_line(text):
        return "byline: who published it and when"
    if _nav_line(text):
        return "navigation: previous or next chapter, back to the contents"
    if _ATTACHMENT.match(text):
        return "an attached file"
    if _POINTER.match(text):
        return "a pointer to another page"
    if _LIKES.search(text) and len(text) <= 60:
        return "likes and labels of a page"
    if _FLOOR.match(text) or _POST_ACTIONS.match(text) or _qa_bar(text):
        return "forum post furniture: floor or action buttons"
    if _address_line(text):
        return "address: where the company is"
    fields = [f.strip() for f in re.split(r"\s*[|｜]\s*", text)]
    if len(fields) >= 2 and all(len(f) <= 14 for f in fields) and any(_CARD_FIELD.search(f) for f in fields):
        return "job card: place, experience, education"
    if card_fields(text.split()) or _HEADCOUNT.match(text):
        return "job card: place, experience, education, head count"
    if _RECRUITER.search(text) and len(text) <= 16:
        return "job card: recruiter tag"
    if _BUTTONS.match(text):
        return "job board button"
    if _COMPANY.search(text) and len(text) <= 40:
        return "job card: company facts"
    if (_EMAIL.search(text) or _PHONE.search(text)) and (_APPLY.search(text) or len(text) <= 40):
        return "contact: how to apply"
    if _APPLY.match(text) and re.search(r"简历|履历|电话|邮箱|联系|面试|洽", text) and not _PROSPECT_DUTY.search(text):
        return "contact: how to apply"
    tags = text.split()
    if len(tags) >= 3 and all(len(t) <= 6 for t in tags) \
            and sum(1 for t in tags if _BENEFIT.search(t)) * 3 >= len(tags) * 2:
        return "job card: benefit tags"
    return None


def _address_line(text: str) -> bool:
    """A footer of a name and addresses (`某中心 XX道188号3楼 | YY道6号12楼`, `地址：…号`):
    every field short, at least half of them ending on a street number or floor, none a sentence."""
    if len(text) > 80 or re.search(r"[，,。；;！？]", text):
        return False
    fields = [f for f in re.split(r"\s*[|｜/]\s*|\s+", text) if f]
    if _ADDRESS_LABEL.match(text):
        return bool(_ADDRESS.search(text))
    places = [f for f in fields if _ADDRESS.search(f)]
    others = [f for f in fields if f not in places]
    return (len(fields) >= 2 and bool(places) and all(len(f) <= 24 for f in places)
            and all(len(f) <= 12 and not re.search(r"\d", f) for f in others) and len(places) * 2 >= len(fields))


def _bare(field: str) -> str:
    """A field without Markdown link syntax, emphasis and quote marks (`*…*`, `> `, `[t](u)`)."""
    field = _MD_LINK.sub(r"\1", field)
    return field.strip().strip("*_>#~` \t\u3000<«‹←»›→").strip()


def card_fields(fields: list[str]) -> bool:
    """A job card's facts (`成都-双流区 | 3-5年 | 中专/中技 | 招3人`): two or more fields, every
    one a place, experience, education, head count or pay, at least two not a place, and one
    a place, head count or pay (experience and education alone may be a requirement list)."""
    fields = [f.strip() for f in fields if f.strip()]
    facts = [f for f in fields if _CARD_ONLY.match(f) or _PAY.match(f)]
    # a place, a head count or pay: never a requirement, so `本科 | 3-5年` under 任职要求 stays
    card_only = any(_CARD_PLACE.match(f) or _HEADCOUNT.match(f) or _PAY.match(f) for f in fields)
    return len(facts) >= 2 and card_only and all(f in facts or _CARD_PLACE.match(f) for f in fields)


def _toc_entries(text: str) -> bool:
    """One or more table-of-contents entries on a line, each only a Markdown link to an anchor
    or a page (`- [一、驻店药师](#一驻店药师)`): the entries name roles, but no item is there."""
    parts = [p for p in re.split(r"\s+(?=[-*+•]\s*\[)|\s{2,}", text.strip()) if p.strip()]
    return bool(parts) and all(_TOC_ENTRY.match(p.strip()) for p in parts)


def byline_line(text: str) -> bool:
    """A byline or update stamp (see `_byline_fields`), or one byline field on its own."""
    text = text.strip()
    return (bool(_BYLINE_ONE.match(text)) and not re.search(r"[:：]\s*$", text)) or _byline_fields(text)


def _byline_fields(text: str) -> bool:
    """A page's update stamp and byline fields (`> 最后更新：2026-10-08 · 编辑：人力资源部`,
    `本页最后修订于2026-10-08`): every field a stamp or a labelled name, one of them at least
    naming an update (`最后…`, `…更新…`, `…于`) or a person or unit by its label."""
    fields = [f for f in (_bare(f) for f in _FIELD_SPLIT.split(_MD_LINK.sub(r"\1", text))) if f]
    if not fields or len(text) > 80:
        return False
    stamps = [f for f in fields if _STAMP.match(f) and re.search(r"最后|最近|最新|\d{4}", f)]
    labelled = [f for f in fields if _BYLINE_LABEL.match(f)]
    return bool(stamps or (labelled and len(fields) >= 2)) and len(stamps) + len(labelled) == len(fields)


def navigation_line(text: str) -> bool:
    """A breadcrumb or a line of previous/next/contents links (see `_nav_line`)."""
    return bool(BREADCRUMB.match(text)) or _nav_line(text)


def _nav_line(text: str) -> bool:
    """A footer or header of links to the previous or next chapter or back to the contents
    (`上一章：… | 下一章：…`, `[返回目录](../README.md)`), with at most a short slogan, a byline
    field or a copyright notice beside them: none of it is a row, and a chapter title in it
    (`下一章：第六章 餐饮部岗位职责`) must not open a role."""
    plain = _MD_LINK.sub(r"\1", text)
    if len(plain) > 160:
        return False
    fields = [_bare(f) for f in _FIELD_SPLIT.split(plain)]
    fields = [f for f in fields if f]
    if not any(_NAV.match(f) for f in fields):
        return False
    return all(_NAV.match(f) or (_NOTICE.match(f) and len(f) <= 80)
               or (len(f) <= 16 and not _SENTENCE.search(f)) for f in fields)


def _doc_header(text: str) -> bool:
    """A controlled document's header: two or more fields of who issued it, its number and
    dates (`发布部门：… 文件号：…`), or one whose value is plainly a unit, a code or a date."""
    fields = list(_HEADER_FIELD.finditer(text))
    if not fields or fields[0].start() != 0 or len(text) > 80:
        return False
    values = [text[m.end():(fields[i + 1].start() if i + 1 < len(fields) else len(text))].strip()
              for i, m in enumerate(fields)]
    if any(not v or len(v) > 24 or _SENTENCE.search(v) for v in values):
        return False
    if len(fields) >= 2:
        return True
    label, value = fields[0].group("label"), values[0]
    if re.fullmatch(_UNIT_LABEL, label):
        return bool(_UNIT_VALUE.match(value))
    if re.fullmatch(_DATE_LABEL, label):
        return bool(_DATE_VALUE.match(value))
    return bool(_CODE_VALUE.match(value)) and bool(re.search(r"\d", value))
