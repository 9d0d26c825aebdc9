"""List markers: where items start inside a line, and what numbering they carry.

Styles: `1、` `1.` `1．` `1..` `1,` `1)` `(1)` `（1）` `（一）` `一、` `①` `2.1.3`, letters
`A.` `a)` `(a)`, `一是…二是…`, `首先，…其次，…最后，` / `第一，…第二，`, and bullets
`◆ ● ■ ☆ * -` (and Markdown's `+ ` before Han text; `·` only opening a line).  A marker counts only at the start of a line or after a boundary (space,
`。；:`), so numbers inside text (`2年以上`, `6S管理`, `4S店`, `1小时`, `2.5万`) are not
markers.  A marker glued to the previous word (`报告5.仓库管理员`) counts only when its
number is the one the running list expects next.  A number right after a marker is the
item's content (`1. 24小时…`, `一、3年以上…`, `2 3名…`), never a second level of numbering.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = "一二三四五六七八九十"
_CJK = r"\u3400-\u9fff"
# units after a decimal number (`2.5万`, `1.5年`) mean a quantity, not `2.1` numbering
_UNIT = r"[万元米年个倍千亿天月日时分秒岁%％吨升件台辆次]"
# a count right after a number marker: `2.3年以上经验` is item 2 + `3年以上经验` when 2 is expected
_COUNT = r"(?:年|个月|月|小时|人|次|%|％|岁|天|周|名|家|项|万|元|篇|门)"
MARKER = re.compile(
    rf"(?P<paren>[(（]\s*(?P<pnum>\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*[)）])"
    rf"|(?P<nd>\d{{1,2}})\.(?=\d{{1,3}}\s*{_COUNT})"
    r"|(?P<circ>[\u2460-\u2473\u2776-\u277f\u2474-\u2487\u2488-\u249b])"
    rf"|(?P<multi>\d{{1,2}}(?:\s?\.\d{{1,2}}){{1,3}}\.?(?=\s*[{_CJK}A-Za-z])(?!{_UNIT}|{_COUNT}|小时|多|余|来)"
    rf"|\d{{1,2}}(?:\s?\.\s?\d{{1,2}}){{1,3}}\.?(?=\s+[{_CJK}A-Za-z]))"
    rf"|(?P<cn>[{CN_DIGITS}]{{1,3}})\s*(?:、|[.．](?!\d)|[.．](?=\d{{1,3}}\s*(?:{_COUNT}|小时)))"
    rf"|(?P<seq>[{CN_DIGITS}]{{1,2}})是(?=[{_CJK}])"
    rf"|(?P<ord>第[{CN_DIGITS}]{{1,3}}|首先|其次|再次|然后|最后)\s*[，,、](?=\s*[{_CJK}A-Za-z\d])"
    rf"|(?P<num>\d{{1,2}})(?:\s*(?P<np>\.\.|[、．]|\.(?!\d)|[,，)）](?!\d))|(?P<sp>\s+)(?=[{_CJK}]|\d{{1,3}}\s*(?:{_COUNT}|小时)))"
    rf"|(?P<gl>\d{{1,2}})(?=[{_CJK}])"
    rf"|(?P<letter>[(（][A-Ha-h][)）]|[A-Ha-h]\s*[、.．)）])(?=\s*[{_CJK}])"
    rf"|(?P<bullet>[◆●■□▪•☆★◇◎○※►▶❖➢√✔❶＊*☉⊙▲△▼▽✦✧➤‣⁃∙]|[-—–](?=\s*[{_CJK}A-Za-z]|\s+\d)|[+＋](?=\s+[{_CJK}])|[·・](?=\s*[{_CJK}A-Za-z\d]))"
)
BOUNDARY = set(" \t\u3000。；;！!？?:：")
_VERB = re.compile("负责|协助|完成|制定|组织|执行|参与|做好|建立|根据|按照|严格|熟悉|掌握")
CIRCLED = ({chr(0x2460 + i): i + 1 for i in range(20)} | {chr(0x2776 + i): i + 1 for i in range(10)}
           | {chr(0x2474 + i): i + 1 for i in range(20)} | {chr(0x2488 + i): i + 1 for i in range(20)})


# enumeration words and their place: `首先` 1, `其次` 2, `再次` 3 (`第N` is N)
_ORD_WORDS = {"首先": 1, "其次": 2, "再次": 3}
# the second word of an enumeration, further on in the line
_ORD_NEXT = re.compile(r"(?:^|[\s。；;])(?:第二|其次)\s*[，,、]")


@dataclass
class Marker:
    start: int          # offset of the marker in the line
    end: int            # offset where the item text starts
    kind: str           # num | paren | pcn | cn | circ | multi | bullet
    num: int | None     # its number, when it has one
    glued: bool         # no boundary before it


def cn_number(s: str) -> int | None:
    vals = {c: i + 1 for i, c in enumerate(CN_DIGITS)}
    if not s or any(c not in vals for c in s):
        return None
    if len(s) == 1:
        return vals[s]
    if s[0] == "十":
        return 10 + (vals[s[1]] if len(s) > 1 else 0)
    if len(s) == 2 and s[1] == "十":
        return vals[s[0]] * 10
    if len(s) == 3 and s[1] == "十":
        return vals[s[0]] * 10 + vals[s[2]]
    return None


def find_markers(line: str, expected: dict[str, int]) -> list[Marker]:
    """Item markers in one line; `expected` maps a kind to the next number the list wants."""
    out: list[Marker] = []
    first = len(line) - len(line.lstrip())
    for m in MARKER.finditer(line):
        start = m.start()
        prev = line[start - 1] if start > 0 else " "
        at_start = start == first
        boundary = at_start or prev in BOUNDARY
        kind, num = _kind(m)
        if kind == "num" and m.group("sp") is not None:
            # `10 负责…`: a bare number is a marker only at line start and when expected
            if not (at_start and (num == expected.get("num") or (num == 1 and _VERB.match(line, m.end())))):
                continue             # (`1 负责…` opens a list like `1负责…` does)
        if kind == "seq":
            # `一是…；二是…`: an enumeration only after a boundary and in order (`一是` opens a new one)
            if not boundary or num not in (1, expected.get("seq", 1)):
                continue
        if kind == "ord":
            # `首先，…其次，…最后，…`, `第一，…第二，…`: an enumeration in words, after a boundary
            # and in order; `最后，`/`然后，` only go on a running one, and a first word inside a
            # line only counts when the line goes on with the next
            want = expected.get("ord")
            word = m.group("ord")
            if word in ("最后", "然后"):
                num = want if want is not None and want >= 2 else None
            if not boundary or num is None or num not in (1, want):
                continue
            if num == 1 and not at_start and not _ORD_NEXT.search(line, m.end()):
                continue
        if kind == "nd":
            # `2.3年…`: a marker only where the running list wants this number next
            if num != expected.get("num"):
                continue
            kind = "num"
        if kind == "gl":
            # `1协助…`, `2负责…`: a number glued to the item, at line start, in sequence
            if not at_start or not (num == expected.get("num") or (num == 1 and _VERB.match(line, m.end()))):
                continue
            kind = "num"
        if kind == "num" and m.group("np") in (",", "，", ")", "）") and not boundary:
            continue
        if kind in ("num", "paren") and start > 0 and (prev.isdigit() or prev == "."):
            continue
        if kind in ("num", "gl") and prev in ":：" and start >= 2 and line[start - 2].isdigit():
            continue                     # `8:00、13:30` are times
        if kind == "multi" and start > 0 and prev.isdigit():
            continue
        if kind == "multi" and not at_start and re.search(r"[A-Za-z]$", line[:start].rstrip()):
            continue                     # `AQL 2.5`, `Python 3.10`: a version or level after a Latin name
        if kind == "bullet" and m.group("bullet") in "·・" and not at_start:
            continue                     # `约翰·史密斯`, `作者 · 日期`: a middle dot is a bullet only opening a line
        if kind == "letter" and not boundary:
            continue
        if not boundary:
            # glued markers: only a number the running list expects next
            if kind not in ("num", "paren") or num != expected.get(kind):
                continue
        end = m.end()
        while end < len(line) and line[end] in " \t\u3000":
            end += 1
        if out and start < out[-1].end:
            continue
        out.append(Marker(start, end, kind, num, not boundary))
        if num is not None and kind in ("num", "paren", "pcn", "cn", "circ", "letter", "seq", "ord"):
            expected[kind] = num + 1
    return out


def _kind(m: re.Match) -> tuple[str, int | None]:
    if m.group("paren"):
        p = m.group("pnum")
        return ("paren", int(p)) if p.isdigit() else ("pcn", cn_number(p))
    if m.group("circ"):
        return "circ", CIRCLED.get(m.group("circ"))
    if m.group("multi"):
        return "multi", None
    if m.group("cn"):
        return "cn", cn_number(m.group("cn"))
    if m.group("num"):
        return "num", int(m.group("num"))
    if m.group("letter"):
        ch = next(c for c in m.group("letter") if c.isalpha())
        return "letter", ord(ch.upper()) - ord("A") + 1
    if m.group("seq"):
        return "seq", cn_number(m.group("seq"))
    if m.group("ord"):
        w = m.group("ord")
        return "ord", _ORD_WORDS.get(w, cn_number(w[1:]) if w.startswith("第") else None)
    if m.group("nd"):
        return "nd", int(m.group("nd"))
    if m.group("gl"):
        return "gl", int(m.group("gl"))
    return "bullet", None
