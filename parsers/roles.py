"""Role headings: recognising them in their many forms, and naming the role.

Forms handled (all generic, none tied to one page):
`XX岗位职责` / `XX工作职责` / `XX职责` (+ `篇N`, digits, `:`), `*XX岗位职责`, `一、XX`,
`岗位名称：XX` / `职务名称：XX`, `推荐第3篇：XX岗位职责`, a bare title line that ends in a
job-title suffix (`展厅经理`, `客服专员`), and `XX：` where the text after the colon
starts with XX again (`人力资源：人力资源部门负责…`).  Titles that name many roles
(`4S店各岗位职责`) name none.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _load(name: str) -> list[str]:
    path = DATA / name
    words = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return sorted({w for w in words if w and not w.startswith("#")}, key=len, reverse=True)


@lru_cache(maxsize=1)
def suffixes() -> tuple[str, ...]:
    return tuple(_load("role_suffixes.txt"))


@lru_cache(maxsize=1)
def prefixes() -> tuple[str, ...]:
    return tuple(_load("role_prefixes.txt"))


# numbering and decorations in front of a title
_LEAD = re.compile(
    r"^(?:[*＊◆●■☆★◇○·\-—>#]+\s*"
    r"|(?:推荐)?第\s*[\d一二三四五六七八九十]+\s*篇\s*[:：]?\s*"
    r"|第\s*[\d一二三四五六七八九十百]+\s*(?:[章条节款]|部分)\s*[:：、.]?\s*"
    r"|篇\s*[\d一二三四五六七八九十]+\s*[:：]\s*|篇\s*[:：]\s*"
    r"|职责\s*[\d一二三四五六七八九十]+\s*[:：]\s*"
    r"|[(（]?[一二三四五六七八九十]{1,3}[)）、.．]\s*"
    r"|[(（]?\d{1,2}(?:[.\-－–]\d{1,2})*(?:[)）、.．]+\s*|\s+))+")
# what ends a role heading
TITLE_WORDS = r"(?:岗位作业标准|岗位责任制|职务(?=$|[(（:：\s])|岗位工作标准|岗位规范|工作内容|工作制度|岗位职责|工作职责|职责说明书|岗位说明书|职务说明书|职位说明书|职位职责|岗位工作职责|职责范围|职责)"
_TAIL = re.compile(
    rf"^(?P<role>.+?)\s*(?:的)?(?:主要|具体|基本|日常|核心)?{TITLE_WORDS}"
    r"(?:及行为规范|及工作流程|和流程|[及和与](?:任职)?(?:要求|资格|条件)|范本|示范文本|模板|范文|标准版|完整版|描述|说明|内容|规定|制度|之[一二三四五六七八九十])?"
    r"(?:\s*(?:篇\s*)?[\d一二三四五六七八九十]{1,3}(?:\s*篇)?|\s*篇|\s*第\s*[\d一二三四五六七八九十]{1,3}\s*篇)?\s*"
    r"(?:[(（][^()（）]{0,20}[)）])?\s*[:：]?$")
_NAMED = re.compile(r"^(?:(?:岗位|职务|职位)(?:[一二三四五六七八九十]{1,3}|\d{1,2})?|岗位名称|职务名称|职位名称|职称|职缺)\s*[:：]\s*(?P<role>[^\s:：，,。；;]{2,20})\s*$")
_GENERIC = re.compile(r"^(?:(?:术语|定义|缩略语|缩写|名词)(?:[和与及、](?:定义|缩略语|缩写|术语|解释))?|名词解释|引用文件|规范性引用文件|参考文件|相关文件|相关记录|附录|附则|附件)$|(?:组|团队)$|^求|一份|一篇|谁有|哪位|各|全套|所有|汇总|大全|范文|精选|多篇|相关|设置|以及|主要|部分|常见|通用|一览|说明|制度|员工|人员岗位|岗位$|^岗位|^工作|^具体|^主要|^基本|^职责|^(?:日常|专项|定期|常规|例行)(?=..)(?!.*[员师长手]$)|^其|他们|我们|你|包括|如下|以下|是|的")
_MANY = re.compile(r"各|全套|所有|汇总|大全|范文|精选|多篇|相关|设置|以及|主要岗位|部分|常见|通用|一览|员工|人员|部门|岗位$|(?:组|团队|车间|科室)$|\d+篇|(?:4s|4S|汽车)店?$")
_BAD_CHARS = re.compile(r"[，,。；;！!？?、“”\":：|｜]")
_SUFFIX_CACHE: dict[str, bool] = {}


# a trade worker named by the work (`养护工`, `安装工`, `钢筋工`): `工` after a word of two or
# more characters, unless that word makes `X工` an act or a group (`施工`, `加工`, `员工`, `竣工`)
_WORKER = re.compile(r"[\u4e00-\u9fff]{2,}(?<![施加员开完竣分用务手人职停罢旷怠做打收动赶返误义竞监木美电水理交窝串上下放出招童勤])工$")
# `社工` is a social worker (`个案社工`, `驻校社工`) unless the `社` closes a body's name
# (`合作社工作` cut short, `旅行社工`)
_NOT_SOCIAL = re.compile(r"(?:报|旅行|合作|公|出版|杂志|通讯|结|诗|文学|画|书)社工$")


_INDUSTRY = re.compile(r"(?:石油|精细|煤|盐|生物|医药|能源|海洋|日用|轻)化工$")
# a chief named by the work (`乘务长`, `列车长`, `值班长`): `长` after a word of two or more
# characters, unless that word makes `X长` a length or growth (`成长`, `增长`, `时长`, `擅长`)
_CHIEF = re.compile(r"[\u4e00-\u9fff]{2,}(?<![成增延擅特专见生助消拉放时年周全最很较更家兄学期间度太过超])长$")


def has_role_suffix(name: str) -> bool:
    if name not in _SUFFIX_CACHE:
        _SUFFIX_CACHE[name] = not _NOT_SOCIAL.search(name) and (name.endswith(suffixes()) or bool(_WORKER.search(name) and not _INDUSTRY.search(name))
                               or bool(_CHIEF.search(name)))
    return _SUFFIX_CACHE[name]


# how a short post name may end when no title suffix says so (`剧务`, `场记`, `编导`, `播音`)
_PERSONISH = set("员师长工手官生士管助务记导监演播厨匠卫勤医护")
# …unless the ending is a common word of work itself (`客户服务`, `设备维护`, `现场指导`)
_NOT_PERSON = re.compile(r"(?:服务|业务|事务|任务|义务|职务|登记|笔记|日记|标记|指导|引导|辅导|倡导|疏导|主导|考勤|出勤|执勤"
                         r"|表演|排演|预演|直播|转播|广播|传播|联播|重播|卫生|发生|产生|民生|养生|维护|保护|养护|防护|监护|爱护"
                         r"|守护|协助|帮助|援助|资助|互助|赞助|辅助|求助|补助|施工|加工|分工|开工|完工|竣工|用工|监工|管理|保管|托管|监管|主管部门)$")


def post_like(name: str) -> bool:
    """A short name that may be a post though no title suffix says so (`剧务`, `导播`, `场记`):
    it ends like a person's post and not like a word of work (`客户服务`, `设备维护`)."""
    return bool(name) and (has_role_suffix(name) or (name[-1] in _PERSONISH and not _NOT_PERSON.search(name)))


def strip_decorations(text: str) -> str:
    """Numbering, bullets, `推荐第3篇：` and similar in front of a title."""
    return _LEAD.sub("", text.strip()).strip()


def plausible_role(name: str, max_len: int = 20) -> bool:
    """A role name: short, no sentence punctuation, not a generic or descriptive phrase."""
    name = name.strip()
    if not (2 <= len(name) <= max_len) or _BAD_CHARS.search(re.sub(r"[:：][A-Za-z]{1,6}$", "", name)):
        return False
    if _GENERIC.search(name) or name in prefixes() or name.lower() in {p.lower() for p in prefixes()}:
        return False
    return bool(re.search(r"[\u4e00-\u9fff]", name) or re.fullmatch(r"[A-Za-z]{2,6}", name))


def heading_role(text: str) -> str | None:
    """The role a heading names, `""` for a heading that names many/none, None for no heading.

    `text` is one heading candidate (a line or the start of one), already cleaned.
    """
    core = strip_decorations(text)
    core = re.sub(r"_.*$", "", core).strip()          # `售后主管工作职责_售后主管工作内容是什么`
    core = re.sub(r"^《(.+)》$", r"\1", core)          # `《销售经理岗位职责》`
    if not core or len(core) > 40:
        return None
    m = _NAMED.match(core)
    if m:
        return tidy_role(m.group("role"))
    m = _TAIL.match(core)
    if m:
        role = tidy_role(m.group("role"))
        note = re.fullmatch(r"(.{2,20}?)\s*[(（][^()（）]{1,12}[)）]", role)
        if note and has_role_suffix(note.group(1)):
            role = note.group(1)     # `班长（リーダー）的职务`: the note glosses the title
        if re.search(r"职务\s*[:：]?$", core) and not (has_role_suffix(role) or role.endswith("者")):
            return None          # `担任职务`: a plain `职务` names a post only after a job title
        if len(role) < 2:
            return None          # `要职责包括：` is the end of a wrapped sentence, not a heading
        if re.search(r"责任制", core) and not (post_like(role) or re.search(r"(?:部|科|处|室|中心|车间|班组|站|队)$", role)):
            return ""            # `安全生产岗位责任制`: a system of rules over many posts, naming none
        if plausible_role(role, 24):
            return role
        if _MANY.search(role) or not re.search(r"[\u4e00-\u9fff]", role) or role in prefixes():
            return ""            # a title over many roles (`4S店各岗位职责`) names none
        return None
    return None


# a phrase that opens with a task verb is an item (`登记来访人员`), not a title
_TASK_START = re.compile(r"^(?:有权(?!威)|无权|负责|协助|完成|做好|配合|参与|登记|检查|督促|处理|收集|确保|保证|落实|整理|核对|记录|"
                         r"按照|根据|及时|定期|每日|每天|每周|每月|服从|遵守|听从|带领|指导|协调|安排)")
TASK_START = _TASK_START


def bare_title_role(text: str, max_len: int = 14) -> str | None:
    """A bare job title (`展厅经理`, `客服专员:`, `销售顾问/销售经理`) or None."""
    core = strip_decorations(text).rstrip(":：").strip()
    if _TASK_START.match(core):
        return None
    gloss = re.search(r"[(（](?P<g>[^()（）]{2,12})[)）]$", core)
    core = re.sub(r"\s*[(（][^()（）]{1,12}[)）]$", "", core)      # `客户关系管理总监(兼总经理助理)`
    if gloss and re.fullmatch(r"[A-Za-z]{2,6}", core) and has_role_suffix(gloss.group("g")) \
            and not _TASK_START.match(gloss.group("g")):
        return core          # `QC（查货员）`: a Latin post name glossed by a Chinese job title
    core = re.sub(r"\s+(?=[A-Za-z\u4e00-\u9fff])", "", core) if len(core) <= max_len + 2 else core
    if not core or len(core) > max_len or not plausible_role(core, max_len):
        return None
    parts = re.split(r"[/／、]|及|和", core)
    if all(p and has_role_suffix(p) for p in parts) or has_role_suffix(core):
        return tidy_role(core)
    return None


# job names that are also field names (`新媒体运营`, `平面设计`, `售后客服`): titles only where
# the layout says heading (a line alone, right before a section heading or a list)
SOFT_SUFFIXES = ("客服", "运营", "策划", "文案", "美工", "跟单", "质检", "仓管", "翻译", "编辑", "销售", "采购",
                 "设计", "护理", "厨师", "配送", "安装", "维修", "岗")


def soft_title_role(text: str, max_len: int = 10) -> str | None:
    """A bare title ending in a soft suffix (see SOFT_SUFFIXES), or None."""
    core = strip_decorations(text).rstrip(":：").strip()
    if _TASK_START.match(core) or not plausible_role(core, max_len) or not core.endswith(SOFT_SUFFIXES):
        return None
    if re.search(r"[上在到离转顶定换]岗$", core):
        return None                  # `上岗`, `到岗`: being at a post, not a post
    return tidy_role(core)


def tidy_role(role: str) -> str:
    """Remove leftovers around a role name (trailing `的`, colons, spaces)."""
    role = role.strip().strip(":：").strip()
    role = re.sub(r"^[【\[][^】\]]{1,12}[】\]]\s*(?=[^\s【\[]{2,})", "", role)   # `【海景馆】驯养员`: the venue in brackets
    role = re.sub(r"^.{2,20}?(?:有限责任公司|有限公司|股份公司|集团公司|公司)(?=.{2,})", "", role)
    role = re.sub(r"^(?:[(（][^()（）]*[)）])", "", role)
    role = re.sub(r"(?<=..)\s*[(（]\s*\d{1,3}\s*(?:人|名|个)?\s*[)）]$", "", role)    # `舞台监督（2人）`: a head count
    role = re.sub(r"(?:的|之)$", "", role)
    role = re.sub(r"\s+", "", role) if re.search(r"[\u4e00-\u9fff]", role) else role
    return role


def canonical(role: str) -> str:
    """`汽车4S店销售经理` → `销售经理`: employer/industry prefixes dropped, suffix kept."""
    name = tidy_role(role)
    name = re.sub(r"(?:岗位|岗)$", "", name)
    for prefix in prefixes():
        if name.lower().startswith(prefix.lower()) and len(name) - len(prefix) >= 2:
            name = name[len(prefix):]
            break
    return name
