"""Repair of Chinese mojibake: GBK byte slips, wrong-codec reads, entities, lost bytes.

Public contract (DESIGN.md): `repair_mojibake(text) -> str` repairs and returns clean
text unchanged.  `analyze(text)` is the richer call the cleaning chain uses: the edits it
would make (each `Edit.kind` starts with `mojibake:`), how sure it is of each, and the
spans it found garbled but could not repair (flagged `residual_garble`).

How (why it never touches clean text): nothing is rewritten unless a cheap detector fires
first (a `?`/U+FFFD/private-use char, or an isolated ASCII letter glued to Han text, for
byte slips; a run of rare characters or Latin-1 letters for wrong-codec reads; `&...;` for
entities).  Each detection then proposes candidate decodings — re-encode the span and
re-decode it with another codec, or re-pair its GBK bytes after inserting the one lost
byte — and the model in `normalize.charmodel` (character bigrams to shortlist, a jieba-
style word model to decide) scores original and candidates over the same stretch of text.
A candidate wins only if it beats the original by a prior margin per detector type: real
Chinese scores ~5-7 nats/char, shifted garbage ~11-14, so clean text loses by far.
Bytes lost to `?` are filled by a small beam search over the candidates their known half
allows; a fill the model is not sure of (share < FILL_CONFIDENCE) stays `?` and the span
is reported in `residual`.

Corpus quirks handled on purpose: pages that add inline pinyin after characters — even
after garbled ones, so `?shù)` sits inside a run — and pages that fold full-width
`？`/letters (A3xx) to ASCII after the damage.
"""
from __future__ import annotations

import html
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from normalize.charmodel import PUNCT, CharLM, is_han, load
from normalize.tracked import Edit, apply_edits

GB = "gb18030"           # what the pipeline decodes GBK/GB2312 as (two-byte part = GBK)
BIG5 = "cp950"
UNKNOWN = None           # a byte the text no longer holds (became `?`/U+FFFD, or was lost)
QMARKS = "?\ufffd"

# Log prior that a given detector hit is really damage.  The margin a repair must beat.
PRIOR_SLIP = {"?": 3.0, "\ufffd": 9.0, "pua": 3.0, "ascii": 2.0}   # by anchor type
# (ascii was 5.0: at 2.0 still no edit to the 5,221 clean bench sentences nor new corpus edits,
# and slips ending at a trail byte like 銷 E4 4E (弯N) are repaired: gbk_slip +0.7 points)
PRIOR_TRANSCODE = 10.0
# A lone ASCII trail byte glued to Han text (人T的: 員 lost its lead byte) is the whole
# slipped run; letters glued to Han text are also common in clean text (A表, B超), so that
# hypothesis must beat the text by this much more (2.0 let 填寫A表 become 填寫華表).
LONE_TRAIL_PRIOR = 4.0
FILL_CONFIDENCE = 0.3     # a lost character is filled only if the model gives it >= this
FLAG_CONFIDENCE = 0.5     # ...and the repair is flagged too (residual) below this
_PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_JUNK = re.compile(rf"[{_PY}]{{1,6}}\)")
_ANNOT_BEFORE = re.compile(rf"\([{_PY}]{{1,6}}\)$")
_ANNOT_AFTER = re.compile(rf"\([{_PY}]{{1,6}}\)")
_PINYIN_ANY = re.compile(rf"\(?[{_PY}]{{1,6}}\)")
FILL_PENALTY = 1.5        # a filled character is the best of ~100: discount the pick
FILL_SHORTLIST = 10       # candidates per hole (by bigram) the word model rescores
FILL_BEAM = 12            # partial fillings kept while filling a run's holes
BEST_SLACK = 15.0         # ...and how far below the best hypothesis
GATE_SLACK = 6.0          # how far below the text's own score a hypothesis may start
MAX_HOLES_IN_RUN = 6      # more `?` than this in one run: not a slip (wrong codec, noise)
GUESSED_SHARE = 0.1       # a wrong-codec repair that had to choose this share of its bytes is flagged
DECODE_BEAM = 6           # partial fillings kept while decoding a wrong-codec run
FILL_PUNCT = frozenset("，、；。）")   # lost characters may be punctuation too
LINE_END_PUNCT = frozenset("。）")     # ...these only where the line ends (a slip to the end)
BRACKETS = {"（": "）", "《": "》", "“": "”", "【": "】", "「": "」", "『": "』", "〈": "〉"}
_CLOSING = frozenset(BRACKETS.values())  # ...and a closing mark, where the line opened one
_FILL_MARKS = FILL_PUNCT | _CLOSING
PUNCT_FILL_COST = 6.0     # ...but a punctuation mark must not be the cheap way out
DOC_CACHE_LAMBDA = 0.1    # weight of the document's own pair counts in a fill's bigrams
DOC_CACHE_MIN = 2         # ...counted only once the page repeats a pair (not its own garble)
LOG_KEEP_MODEL = math.log(1.0 - DOC_CACHE_LAMBDA)
BIGRAM_MIX = 0.3          # weight of character bigrams next to the word model (fills)
END_MARK_COST = 4.0       # a line whose repair ends in ，、 rather than 。； or a word
END_MARK_BONUS = 2.0      # ...and 。； are how list items and sentences usually end
LABEL_MAX = 9             # ...and ： a line of at most this many characters (a heading label)
LIST_CLOSERS = frozenset("等")   # 報表、賬單等: how an enumeration closes
CLOSER_BONUS = 1.0        # ...and a line naming one kind of thing (营销活动等) often
NO_END_COST = 3.0         # a line whose last character is a lone function word (的 和 在)
SCRIPT_COST = 4.0         # a Traditional-only fill in a Simplified line, or the reverse
MAX_FAILED_ANCHORS_PER_LINE = 3
MAX_RUN_ENDS = 4          # candidate ends tried for one slipped run
RUN_LIMIT = 160           # characters a slipped run may span (a paragraph with no ASCII byte)
KEPT_FILLS = 12           # best followers tried for a whole lost character at a run's end
KEPT_COMMON = -9.0        # ...after a character at least this common (~the 2,500 commonest)
WEAK_RUN_CONFIDENCE = 0.3  # a run made only of half-known pairs is filled from this sure...
WEAK_RUN_SURE = 0.8       # ...and flagged (residual) below this
TOP_HYPOTHESES = 6       # slip hypotheses (by cheap score) that get their holes filled
QUESTION_END = set("吗呢么吧啊呀嘛哪谁何啥样麼嗎")  # a `?` after these ends a real question
_QUESTION_WORDS = re.compile("如何|怎么|怎样|什么|是否|为什么|為什麼|多少|哪|谁|誰|何")
_FLAG_RARE = -13.0        # a repaired span with a character rarer than this is flagged (~rank 6,500)
_RARE = -10.5             # unigram log-prob below this: a character real text rarely uses


@dataclass
class MojibakeReport:
    edits: list[Edit] = field(default_factory=list)
    confidence: list[float] = field(default_factory=list)
    residual: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------- character classes



def _is_pua(c: str) -> bool:
    return 0xE000 <= ord(c) <= 0xF8FF


@lru_cache(maxsize=65536)
def _gb2(c: str) -> bytes | None:
    """The two GBK bytes of `c`, or None if `c` is not a two-byte GB18030 character."""
    try:
        b = c.encode(GB)
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


_NARROW_GB = frozenset("·×÷°±§¤¨")


def _wide(c: str) -> bool:
    """A character a GBK decoder emits from two bytes (Han, PUA, full-width, symbols)."""
    return ord(c) >= 0x80 and _gb2(c) is not None


def _member(text: str, j: int) -> bool:
    """Can text[j] belong to a slipped run?  Two-byte GBK characters can, except accented
    Latin letters inside a Latin word: in these pages that is pinyin (zhàn), not garbage."""
    c = text[j]
    if not _wide(c):
        return False
    o = ord(c)
    if o < 0x370 or 0x1E00 <= o <= 0x1EFF:
        if c in _NARROW_GB:
            return True
        for nb in (text[j - 1] if j > 0 else "", text[j + 1] if j + 1 < len(text) else ""):
            if nb and nb.isascii() and nb.isalpha():
                return False
    return True


@lru_cache(maxsize=4)
def _pair_tables(codec: str) -> tuple[dict[int, list[tuple[int, str]]], dict[int, list[tuple[int, str]]]]:
    """For a double-byte codec: trail -> [(lead, char)] and lead -> [(trail, char)]."""
    by_trail: dict[int, list[tuple[int, str]]] = {}
    by_lead: dict[int, list[tuple[int, str]]] = {}
    for lead in range(0x81, 0xFF):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
            try:
                ch = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) != 1 or not (is_han(ch) or ch in _FILL_MARKS):
                continue
            by_trail.setdefault(trail, []).append((lead, ch))
            by_lead.setdefault(lead, []).append((trail, ch))
    return by_trail, by_lead


# ---------------------------------------------------------------- context for lost characters

def _left_ctx(text: str, i: int, n: int = 3) -> str:
    """Up to `n` characters before `i` (past an inline pinyin annotation, not past a `?`)."""
    m = _ANNOT_BEFORE.search(text, max(0, i - 9), i)
    if m:
        i = m.start()
    ctx = text[max(0, i - n):i]
    return ctx.rsplit("?", 1)[-1].rsplit("\n", 1)[-1]


def _right_ctx(text: str, j: int, n: int = 3) -> str:
    m = _ANNOT_AFTER.match(text, j) or (j > 0 and text[j - 1] == "?" and PINYIN_JUNK.match(text, j))
    if m:
        j = m.end()
    ctx = text[j:j + n]
    return ctx.split("?", 1)[0].split("\n", 1)[0]


# ---------------------------------------------------------------- GBK byte slips

# Full-width forms some pages fold to ASCII after damage: a hypothesis producing one just
# reads a folded byte pair back, it repairs nothing.
_FOLDED = frozenset("？" + "".join(chr(c) for c in range(0xFF10, 0xFF1A))
                    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
                    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)))


@dataclass(frozen=True)
class _Piece:
    char: str = ""                   # known character ("" while unknown)
    lead: int | None = None          # for a half-known pair
    trail: int | None = None
    unknown: bool = False            # both bytes unknown: cannot be recovered


@lru_cache(maxsize=65536)
def _gb_pair(b: int, b2: int) -> str:
    """The one character GBK bytes (b, b2) decode to, "" if they are not one."""
    try:
        ch = bytes((b, b2)).decode(GB)
    except UnicodeDecodeError:
        return ""
    return ch if len(ch) == 1 else ""


# Pieces are never changed once made, so each kind is made once and shared: building the
# hypotheses of a run calls `_pair_pieces` thousands of times per damaged page.
_UNKNOWN_PIECE = _Piece(unknown=True)
_ASCII_PIECES = [_Piece(char=chr(b)) for b in range(0x80)]
_TRAIL_PIECES = [_Piece(trail=b) for b in range(0x100)]
_LEAD_PIECES = [_Piece(lead=b) for b in range(0x100)]
_PAIR_PIECES: dict[int, _Piece | None] = {}      # b << 8 | b2 -> the pair's piece, None if none
_MISS = _Piece()


def _pair_pieces(slots: list[int | None], unfolded: bool = False) -> list[_Piece] | None:
    """Decode a byte-slot stream as GBK; None if it cannot be a GBK byte stream (or, with
    `unfolded`, if it decodes a pair to a full-width form in `_FOLDED`)."""
    out: list[_Piece] = []
    p, n = 0, len(slots)
    while p < n:
        b = slots[p]
        if b is not None and b < 0x80:
            out.append(_ASCII_PIECES[b])
            p += 1
            continue
        if p + 1 >= n:
            return None
        b2 = slots[p + 1]
        if b is None:
            if b2 is None:
                out.append(_UNKNOWN_PIECE)
            elif b2 < 0x40 or b2 == 0x7F or b2 == 0xFF:
                return None
            else:
                out.append(_TRAIL_PIECES[b2])
        elif b2 is None:
            if b == 0xFF or b == 0x80:
                return None
            out.append(_LEAD_PIECES[b])
        else:
            key = b << 8 | b2
            pc = _PAIR_PIECES.get(key, _MISS)
            if pc is _MISS:
                ch = _gb_pair(b, b2)
                pc = _PAIR_PIECES[key] = _Piece(char=ch) if ch else None
            if pc is None or (unfolded and pc.char in _FOLDED):
                return None
            out.append(pc)
        p += 2
    return out


def _slot_variants(chars: str, annotated: set[int] = frozenset()) -> list[list[int | None]]:
    """Byte slots of a garbled run.  `?` hides one byte; some pages also fold a full-width
    `？`/letter (A3xx) into ASCII after the damage, so those get a second reading; a `?`
    that carried a pinyin annotation may stand for a whole character (two bytes)."""
    variants: list[list[int | None]] = [[]]
    for pos, c in enumerate(chars):
        if c in QMARKS:
            opts: list[list[int | None]] = [[UNKNOWN]]
            if c == "?":
                opts.append([0xA3, 0xBF])
            if pos in annotated:
                opts.append([UNKNOWN, UNKNOWN])
        elif ord(c) < 0x80:
            opts = [[ord(c)]]
            if c.isalnum():
                opts.append([0xA3, ord(c) + 0x80])
        else:
            b = _gb2(c)
            if b is None:
                return []
            opts = [list(b)]
        if len(variants) * len(opts) > 8:
            opts = opts[:1]
        variants = [v + o for v in variants for o in opts]
    return variants


@dataclass
class _HoleOrder:
    """A hole's candidates ranked without their left neighbour (see `_shortlist`)."""
    follow: dict[str, float]      # candidate -> log P(next | candidate) (0 without a next)
    known: list[str]              # candidates the unigram table knows, best first
    other: list[str]              # the rest (punctuation, unseen Han), best first
    cands: frozenset[str]
    other_q: list[tuple[float, str]]  # the best of `other` scored (no left context helps)
    plain: list[str]              # the shortlist when there is no left neighbour


def _hole_order(lm: CharLM, trail: int | None, lead: int | None, nxt: str) -> _HoleOrder:
    """Rank a hole's candidates by log P(c) + log P(nxt | c), cached per model (the same
    half-known pairs and neighbours recur across a document)."""
    key = (trail, lead, nxt)
    hit = lm.fill_cache.get(key)
    if hit is not None:
        return hit
    by_trail, by_lead = _pair_tables(GB)
    cands = [ch for _, ch in (by_trail.get(trail, []) if trail is not None
                              else by_lead.get(lead, []))]
    follow = {ch: lm.logp2(ch, nxt) if nxt else 0.0 for ch in cands}
    base = sorted(((lm.logp1(ch) + follow[ch], ch) for ch in cands), reverse=True)
    known = [ch for _, ch in base if ch in lm.uni]
    other = [ch for _, ch in base if ch not in lm.uni]
    # log P(c | p) is log P(c) for characters the bigram table has no row for
    other_q = [(lm.logp1(ch) + follow[ch], ch) for ch in other[:FILL_SHORTLIST]]
    plain = sorted([(lm.logp1(ch) + follow[ch], ch) for ch in known[:FILL_SHORTLIST]] + other_q,
                   reverse=True)
    hit = _HoleOrder(follow, known, other, frozenset(cands), other_q,
                     [ch for _, ch in plain[:FILL_SHORTLIST]])
    if len(lm.fill_cache) > 50_000:
        lm.fill_cache.clear()
    lm.fill_cache[key] = hit
    return hit


def _shortlist(lm: CharLM, order: _HoleOrder, p: str) -> list[str]:
    """The FILL_SHORTLIST candidates with the best log P(c | p) + log P(nxt | c).

    Exact, without scoring every candidate: a pair the bigram table never saw scores
    log P(c) plus a constant for `p`, so among those the order is `order.known`'s; only
    the pairs seen after `p` (few) need their own score."""
    if p and p != "?" and p in lm.left:
        seen = lm.followers.get(p, frozenset()) & order.cands
        pool = list(seen)
        for ch in order.known:
            if len(pool) >= len(seen) + FILL_SHORTLIST:
                break
            if ch not in seen:
                pool.append(ch)
        logp2, follow = lm.logp2, order.follow
        quick = [(logp2(p, ch) + follow[ch], ch) for ch in pool]
        quick.extend(order.other_q)
        quick.sort(reverse=True)
        return [ch for _, ch in quick[:FILL_SHORTLIST]]
    # no left neighbour to condition on (or one the table has no pairs for): the unigram
    # score for every candidate, already ranked
    return order.plain


def _neg_score(x: tuple) -> float:
    return -x[1]


def _other_script(lm: CharLM, script: str) -> frozenset[str]:
    """The characters only the other script writes ('' script: none)."""
    return lm.trad_only if script == "s" else lm.simp_only if script == "t" else frozenset()


def _fill(lm: CharLM, pieces: list[_Piece], lctx: str, rctx: str,
          script: str = "", doc_pairs: "_DocPairs | dict[str, int] | None" = None,
          at_end: bool = False, line_head: str = "") -> tuple[str, float, float, int]:
    """Resolve half-known pairs with the model: (text, logp, min confidence, n_unresolved).

    A small beam over the holes, so neighbouring holes are chosen together (a slip that
    runs to the end of a line leaves one at each end of a two-character run)."""
    other = _other_script(lm, script)
    doc = doc_pairs if isinstance(doc_pairs, _DocPairs) else \
        _DocPairs("", doc_pairs) if doc_pairs else None
    trusted = _doc_pairs(line_head) if doc and line_head else None

    def cost(ch: str) -> float:
        return (PUNCT_FILL_COST if ch in _FILL_MARKS else 0.0) + (SCRIPT_COST if ch in other else 0.0)

    beam: list[tuple[str, float]] = [("", 0.0)]
    extra: dict[str, float] = {"": 0.0}
    holes: list[int] = []
    penalty = 0.0
    for idx, pc in enumerate(pieces):
        if pc.char:
            beam = [(t + pc.char, sc) for t, sc in beam]
            extra = {t + pc.char: v for t, v in extra.items()}
            continue
        if pc.unknown:
            beam = [(t + "?", sc) for t, sc in beam]
            extra = {t + "?": v for t, v in extra.items()}
            penalty -= 12.0
            continue
        holes.append(idx)
        penalty -= FILL_PENALTY
        nxt = pieces[idx + 1].char if idx + 1 < len(pieces) else rctx[:1]
        order = _hole_order(lm, pc.trail, pc.lead, nxt if nxt != "?" else "")
        if not order.cands:
            return "", -math.inf, 0.0, 99
        expanded: list[tuple[str, float, float]] = []      # (text, score, its extra)
        shortlists: dict[str, list[tuple[str, float, float]]] = {}
        tail = nxt if nxt != "?" else ""
        keep = 7 - len(tail)            # the scored window: last 8 chars up to `nxt`
        after: dict[str, float] = {}    # per candidate: the cache gain of ch+nxt
        wscore = lm.wscore
        wget = lm.wcache.get
        for t, _ in beam:
            head = lctx + t
            p = head[-1:]
            head = head[-keep:]
            short = shortlists.get(p)
            if short is None:
                # the shortlist after `p`, each with its cost and document bonus
                short = shortlists[p] = []
                picks = _shortlist(lm, order, p)
                if at_end and idx == len(pieces) - 1:
                    # how lines end is always a candidate for the last one (活动等, 。)
                    picks = picks + sorted((LIST_CLOSERS | LINE_END_PUNCT | _CLOSING)
                                           & order.cands - set(picks))
                if doc:
                    # what the page itself writes around the hole is always a candidate
                    seen = doc.repeated_around(p, nxt, trusted) & order.cands
                    picks = picks + sorted(seen.difference(picks))
                for ch in picks:
                    bonus = 0.0
                    if doc:
                        # a document repeats its words: 備件 ten times elsewhere beats 配件
                        a2 = after.get(ch)
                        if a2 is None:
                            a2 = after[ch] = doc.gain(lm, ch, nxt, trusted, fixed="b") if nxt else 0.0
                        bonus = (doc.gain(lm, p, ch, trusted) if p else 0.0) + a2
                    short.append((ch, cost(ch), bonus))
            ex_t = extra.get(t, 0.0)
            last = at_end and idx == len(pieces) - 1
            if last:
                line = line_head + t        # the whole line up to this, the last character
                listing, bracket = "、" in line, _open_bracket(line)
            for ch, c, bonus in short:
                if (ch in LINE_END_PUNCT or ch in _CLOSING) and not last:
                    continue
                ne = ex_t - c + bonus
                if last:
                    ne += _line_end(lm, head[-1:], ch, listing, bracket)
                look = head + ch + tail
                v = wget(look)
                if v is None:
                    v = wscore(look)
                expanded.append((t + ch, v + ne, ne))
        expanded.sort(key=_neg_score)           # stable: ties keep their order
        extra = {t: ne for t, _, ne in expanded[:FILL_BEAM]}
        beam = [(t, sc) for t, sc, _ in expanded[:FILL_BEAM]]
    if not holes:
        return beam[0][0], penalty, 1.0, 0
    def judge(t: str) -> float:
        whole = lctx + t.replace("?", "") + rctx
        return lm.wscore(whole) + BIGRAM_MIX * lm.score(whole) + extra.get(t, 0.0)

    final = sorted(((t, judge(t)) for t, _ in beam), key=lambda x: -x[1])
    best, best_lp = final[0]
    weights = [(t, math.exp(lp - best_lp)) for t, lp in final]
    z = sum(w for _, w in weights)
    chars = list(best)
    conf_min, unresolved = 1.0, sum(1 for pc in pieces if pc.unknown)
    for h in holes:
        share = sum(w for t, w in weights if t[h] == best[h]) / z
        conf_min = min(conf_min, share)
        if share < FILL_CONFIDENCE:
            chars[h] = "?"
            unresolved += 1
            penalty -= 12.0
    return "".join(chars), penalty, conf_min, unresolved


# ASCII-range bytes only matter right after a double-byte character (both branches below
# need it): skipping the rest keeps English and pinyin stretches cheap
#
# An ASCII letter after a narrow Latin letter or accented pinyin (yán, ạ) is never an anchor:
# `_member` rejects such a left neighbour when an ASCII letter touches it, and both branches
# need it; leaving those out of the pattern spares pinyin pages thousands of misses.
_LATIN_LEFT = "\x80-\u036f\u1e00-\u1eff"
_ANCHOR = re.compile(r"[?\ufffd\ue000-\uf8ff]"
                     # the character first, then the checks on it and its left neighbour:
                     # a pattern that starts with a character set is scanned for fast
                     r"|[@-~](?<=[^\x00-\x7f][@-~])"
                     rf"(?:(?<![{_LATIN_LEFT}][A-Za-z])|(?<=[{''.join(sorted(_NARROW_GB))}][A-Za-z]))")


def _slip_anchors(text: str) -> list[int]:
    """Positions where a slipped run can end: `?`/U+FFFD or an ASCII trail byte next to
    double-byte text, or a private-use character (GBK user-defined area)."""
    out = []
    n = len(text)
    for m in _ANCHOR.finditer(text):
        k = m.start()
        c = text[k]
        left = text[k - 1] if k > 0 else ""
        if c in QMARKS:
            a, b = k - 1, k + 1
            while a >= 0 and text[a] in QMARKS:
                a -= 1
            while b < n and text[b] in QMARKS:
                b += 1
            jm = PINYIN_JUNK.match(text, b)
            if jm:
                b = jm.end()
            if (a >= 0 and _member(text, a)) or (b < n and _member(text, b)):
                out.append(k)
        elif _is_pua(c):
            out.append(k)
        elif left and _member(text, k - 1) and not (k + 1 < n and text[k + 1].isascii()
                                           and text[k + 1].isalnum()):
            # an ASCII-range trail byte that put the decoder back in step stands alone;
            # a letter starting a word (优企AutoCRM) is just a word
            out.append(k)
        elif left and _member(text, k - 1) and (_gb2(left) or b"\xff")[1] < 0x80:
            # the run ate the first letter of an ASCII word as a trail byte (入DMS → 隓MS):
            # it ends at the character before the word
            out.append(k - 1)
    return sorted(set(out))


def _run_start(text: str, k: int, limit: int = RUN_LIMIT) -> int:
    """Leftmost position a slipped run ending at `k` can start (double-byte or `?` chars)."""
    r = k
    while r > 0 and k - r < limit and (_member(text, r - 1) or text[r - 1] in QMARKS):
        r -= 1
    return r


def _run_ends(text: str, k: int, limit: int = RUN_LIMIT) -> list[tuple[int, list[tuple[int, int]]]]:
    """Candidate inclusive ends for a run whose anchor is `k`, each with the pinyin-junk
    spans skipped on the way (pages annotate characters inline, even garbled ones)."""
    ends = [(k, [])]
    if text[k] not in QMARKS and not _is_pua(text[k]):
        return ends
    junk: list[tuple[int, int]] = []
    m = k + 1
    n = len(text)
    while m < n and m - k < limit:
        if text[m - 1] in QMARKS:
            jm = PINYIN_JUNK.match(text, m)
            if jm:
                junk = junk + [(jm.start(), jm.end())]
                m = jm.end()
                if m >= n:
                    break
        c = text[m]
        if c in QMARKS:
            ends.append((m, list(junk)))
        elif "@" <= c <= "~" and _member(text, m - 1) or ("@" <= c <= "~" and text[m - 1] == ")" and junk):
            ends.append((m, list(junk)))
            # a folded full-width letter (Ｓ→S) does not end the run; an ASCII byte does
            if not (m + 1 < n and (text[m + 1] in QMARKS or _member(text, m + 1)
                                   or ("@" <= text[m + 1] <= "~" and _member(text, m - 1)))):
                break
        elif not _member(text, m):
            break
        m += 1
    return ends


@dataclass
class _Hyp:
    start: int
    end: int          # exclusive
    new: str
    gain: float
    conf: float
    unresolved: int
    guess: bool = False     # nothing decoded for sure and the fills not sure either: flag it


def _prev_char(text: str, i: int) -> str:
    """The character before `i`, looking past an inline pinyin annotation `(dāng)`."""
    m = _ANNOT_BEFORE.search(text, max(0, i - 9), i)
    if m:
        i = m.start()
    return text[i - 1] if i > 0 else ""




def _prescore(lm: CharLM, pieces: list[_Piece], prev: str) -> float:
    """Cheap score of a hypothesis before filling: each hole costs a typical character."""
    total, p = 0.0, prev
    for pc in pieces:
        if pc.char:
            total += lm.logp2(p, pc.char) if p else lm.logp1(pc.char)
            p = pc.char
        else:
            total += -8.0 if not pc.unknown else -20.0
            p = ""
    return total


def _slip_at(lm: CharLM, text: str, k: int, doc_pairs: "_DocPairs | dict[str, int] | None" = None
             ) -> _Hyp | None:
    """Best byte-slip repair of a run ending at anchor `k`, if it beats leaving it.

    Every hypothesis (slip starts at i, run ends at e) is scored over the same region
    [r, e] (r: where the double-byte run begins), so a repair of the whole garbled run is
    compared fairly with one that leaves part of it garbled."""
    r = _run_start(text, k)
    prev_r = _prev_char(text, r)
    prefix = [0.0]
    p = prev_r
    for c in text[r:k + 1]:
        prefix.append(prefix[-1] + (lm.logp2(p, c) if p else lm.logp1(c)))
        p = c
    best: _Hyp | None = None
    pre: list[tuple[float, int, int, list[_Piece]]] = []
    if sum(1 for c in text[r:k + 1] if c in QMARKS) > MAX_HOLES_IN_RUN:
        return None       # not one slip: a whole text in the wrong codec, or noise
    ascii_anchor = text[k] not in QMARKS and not _is_pua(text[k])
    prior = PRIOR_SLIP["ascii" if ascii_anchor else "pua" if _is_pua(text[k]) else text[k]]
    for e, junk in _run_ends(text, k)[:MAX_RUN_ENDS]:
        for i in range(k, r - 1, -1):
            if i > e:
                continue
            raw = text[i:e + 1]
            chars = raw
            annotated: set[int] = set()
            for js, je in reversed(junk):
                if js >= i:
                    chars = chars[:js - i] + chars[je - i:]
            for js, je in junk:
                if js > i:
                    # position (in `chars`) of the `?` just before this junk
                    annotated.add(js - 1 - i - sum(b - a for a, b in junk if i <= a < js))
            left = text[i - 1] if i > r else prev_r
            for slots in _slot_variants(chars, annotated):
                # the lost byte was a lead, or a trail; or nothing was lost and the `?`
                # itself hides the byte (pages that spliced text into a character)
                modes = [[UNKNOWN] + slots]
                if slots and slots[0] is UNKNOWN:
                    modes.append(slots)
                if slots and slots[0] is not None and slots[0] >= 0x81:
                    modes.append(slots[:1] + [UNKNOWN] + slots[1:])
                for s2 in modes:
                    pieces = _pair_pieces(s2, unfolded=True)
                    if not pieces:
                        continue        # not GBK, or it only reads a folded pair back
                    est = prefix[i - r] + _prescore(lm, pieces, left)
                    pre.append((est, i, e, pieces))
    if not pre:
        return None
    # only hypotheses that already look about as good as the text (by character bigrams,
    # holes at a typical cost) are worth filling: on clean text none are
    old_bi: dict[int, float] = {}
    for _, _, e, _ in pre:
        if e not in old_bi:
            old_bi[e] = lm.score(text[r:e + 1].replace("?", "\ufffd"), prev_r)
    # rank by estimated gain over the text itself (regions of different ends differ)
    pre = [(est - old_bi[e], i, e, pieces) for est, i, e, pieces in pre
           if est >= old_bi[e] - GATE_SLACK]
    pre.sort(key=lambda t: -t[0])
    if pre:
        pre = [t for t in pre if t[0] >= pre[0][0] - BEST_SLACK]
    old_cache: dict[int, float] = {}
    lctx = _left_ctx(text, r)
    line_start = text.rfind("\n", 0, r) + 1
    line_end = text.find("\n", k)
    script = lm.script(text[line_start:line_end if line_end >= 0 else len(text)])
    for est, i, e, pieces in pre[:TOP_HYPOTHESES]:
        rctx = _right_ctx(text, e + 1)
        new, penalty, conf, unresolved = _fill(lm, pieces, lctx + text[r:i], rctx, script,
                                               doc_pairs, _at_line_end(text, e + 1),
                                               text[line_start:i])
        if not new or new == text[i:e + 1] or any(_is_pua(c) for c in new):
            continue
        guess = not any(pc.char and is_han(pc.char) for pc in pieces) and conf < WEAK_RUN_SURE
        if guess and conf < WEAK_RUN_CONFIDENCE:
            continue    # nothing decoded for sure, only weak guesses: do not rewrite on that
        if e not in old_cache:
            old_cache[e] = _kept_score(lm, text, r, e, lctx, rctx)
        kept, damaged = old_cache[e]
        new_score = lm.wscore(lctx + text[r:i] + new.replace("?", "") + rctx) + penalty
        # a `?` is damage either way when leaving it means a whole character is gone: the
        # prior against reading garble into clean text has no side to take then (U+FFFD's
        # prior also says one character unreadable is likelier than a slip, and stays)
        gain = new_score - kept - (0.0 if damaged and text[k] == "?" else prior)
        if ascii_anchor and i == k:
            gain -= LONE_TRAIL_PRIOR     # one character guessed from its trail byte alone
        if gain > 0 and (best is None or gain > best.gain):
            end = e + 1
            jm = PINYIN_JUNK.match(text, end) if text[e] in QMARKS else None
            if jm:
                end = jm.end()          # the annotation of the character the `?` hid
            best = _Hyp(i, end, new, gain, conf, unresolved, guess)
    return best


def _kept_score(lm: CharLM, text: str, r: int, e: int, lctx: str, rctx: str) -> tuple[float, bool]:
    """Score of leaving the run [r, e] as it is, the baseline a slip repair must beat, and
    whether that baseline presumes damage too (a hole standing for one whole character).

    One `?`/U+FFFD in the run after a common character can be a whole character whose
    bytes are gone, with everything around it intact: 接受订单的业? is 业务 with 务's byte
    lost, not a slip through 业; 顾�的 is 顾客 with 客 unreadable, not a slip through 顾.
    The text is then scored with the best character the model would write there, at a
    fill's discount: otherwise any re-decoding of the intact 业 that leaves no hole (找到)
    looks better."""
    base = lm.wscore(lctx + text[r:e + 1] + rctx)
    holes = [j for j in range(r, e + 1) if text[j] in QMARKS]
    if len(holes) != 1:
        return base, False
    h = holes[0]
    if h == r or not is_han(text[h - 1]) or lm.logp1(text[h - 1]) < KEPT_COMMON:
        return base, False     # a rare character before the hole is more likely garble itself
    prev, head, tail = text[h - 1], lctx + text[r:h], text[h + 1:e + 1] + rctx
    follow = lm.followers.get(prev)
    if not follow:
        return base, False
    nxt = tail[:1] if tail[:1] and is_han(tail[0]) else ""
    picks = sorted(follow, key=lambda c: -lm.logp2(prev, c) - (lm.logp2(c, nxt) if nxt else 0.0)
                   )[:KEPT_FILLS]
    at_end = h == e and _at_line_end(text, e + 1)
    best = max(lm.wscore(head + c + tail) + (_line_end(lm, prev, c) if at_end else 0.0)
               for c in picks) - FILL_PENALTY
    return max(base, best), best > base


# ---------------------------------------------------------------- wrong-codec reads

_CP1252_EXTRA = {c: b for b in range(0x80, 0xA0)
                 for c in [bytes([b]).decode("cp1252", errors="ignore")] if c}

TRANSCODINGS = (
    # kind, how the garbled text is turned back into bytes, codec that decodes them right
    ("mojibake:utf8_as_gbk", GB, "utf-8"),
    ("mojibake:big5_as_gbk", GB, BIG5),
    ("mojibake:gbk_as_big5", BIG5, GB),
    ("mojibake:gbk_as_latin1", "latin", GB),
    ("mojibake:utf8_as_latin1", "latin", "utf-8"),
)


def _encode_slots(s: str, codec: str) -> list[int | None] | None:
    out: list[int | None] = []
    for c in s:
        if c in QMARKS:
            out.append(UNKNOWN)
            continue
        if codec == "latin":
            b = _CP1252_EXTRA.get(c)
            if b is not None:
                out.append(b)
            elif ord(c) < 0x100:
                out.append(ord(c))
            else:
                return None
            continue
        try:
            out.extend(c.encode(codec))
        except UnicodeEncodeError:
            return None
    return out


@lru_cache(maxsize=8192)
def _rejected_leads(made_by: str, nxt: int) -> tuple[int, ...]:
    """Bytes v for which the decoder `made_by` rejects the pair (v, nxt): only those can
    hide behind a `?` that is followed by byte `nxt`."""
    out = []
    for v in range(0x80, 0x100):
        try:
            ok = len(bytes((v, nxt)).decode(made_by)) == 1
        except UnicodeDecodeError:
            ok = False
        if not ok:
            out.append(v)
    return tuple(out)


def _script_cost(lm: CharLM, text: str) -> float:
    """SCRIPT_COST for each character of the other script in a text that clearly uses one
    (a hole decoded as 單 in a Simplified line is the wrong pick, however common 單位 is)."""
    other = _other_script(lm, lm.script(text))
    return SCRIPT_COST * sum(1 for c in text if c in other) if other else 0.0


def _decode_unknowns(lm: CharLM, slots: list[int | None], codec: str,
                     made_by: str = "", at_end: bool = False) -> tuple[str, float] | None:
    """Decode bytes with holes: each hole gets the byte whose decoding the model likes
    best, if clearly best; else the hole stays a `?`.  Returns (text, min confidence).

    A hole is a byte the wrong decoder (`made_by`) rejected together with the byte after
    it, so only bytes that decoder rejects in that position are tried."""
    holes = [i for i, b in enumerate(slots) if b is None]
    if len(holes) > 24:
        return None

    def render(vals: dict[int, int], lo: int, hi: int) -> str:
        window = bytes(vals.get(i, 0x3F) if slots[i] is None else slots[i] for i in range(lo, hi))
        return window.decode(codec, errors="replace")

    # beam over the holes, left to right: neighbouring holes are chosen together
    beam: list[tuple[float, dict[int, int]]] = [(0.0, {})]
    prev = -1
    for h in holes:
        if h in beam[0][1]:
            continue                    # chosen with the hole before it (a whole character)
        # each window reaches back over the previous hole: candidates are kept by their
        # window score alone, so the window must still tell the earlier choices apart
        # (确保 from 樂比 when the next hole is a few bytes on)
        start = max(0, min(h - 8, prev - 2) if 0 <= prev and h - prev <= 16 else h - 8)
        prev = h
        if len(holes) <= 8 and made_by in (GB, "gbk", BIG5) and codec in (GB, BIG5, "utf-8"):
            spans = {_char_span(slots, vals, h, codec) for _, vals in beam}
            span = spans.pop() if len(spans) == 1 else None
            if span is not None:
                beam = _char_holes(lm, slots, beam, span, codec, made_by, render, at_end, start)
                if not beam:
                    return None
                continue
        nxt = slots[h + 1] if h + 1 < len(slots) else None
        if made_by and nxt is not None and made_by != "latin":
            values: tuple[int, ...] | range = _rejected_leads(made_by, nxt)
        else:
            values = range(0x80, 0x100)     # a decoder only rejects non-ASCII bytes
        hi = min(len(slots), h + 8)
        expanded: list[tuple[float, dict[int, int]]] = []
        width = DECODE_BEAM if len(holes) <= 8 else 2      # long damaged runs: stay fast
        if len(holes) <= 8 and any(h < g <= h + 4 for g in holes):
            width *= 4      # the next character has a hole too: judged half-blind, keep more
        for _, vals in beam:
            # the window starts on a character boundary (the bytes before the hole are all
            # known or chosen): a window cut mid-character decodes the hole's neighbours
            # as garbage, and the choice between 确保 and 樂比 is then made on noise
            lo = _char_start(slots, vals, start, codec)
            seen: set[str] = set()
            for v in values:
                trial = dict(vals)
                trial[h] = v
                # windows may start mid-character: the same for every v, so comparable
                txt = render(trial, lo, hi)
                if txt in seen:
                    continue
                seen.add(txt)
                end = _end_mark(txt) if at_end and hi == len(slots) else 0.0
                expanded.append((lm.wscore(txt) - 18.0 * txt.count("\ufffd") + end, trial))
        expanded.sort(key=lambda sv: -sv[0])
        beam = expanded[:width]
        if not beam:
            return None
    finals = []
    for _, vals in beam:
        txt = render(vals, 0, len(slots))
        finals.append((lm.wscore(txt) - 18.0 * txt.count("\ufffd") - _script_cost(lm, txt)
                       + (_end_mark(txt) if at_end else 0.0), vals))
    finals.sort(key=lambda sv: -sv[0])
    best_lp, best = finals[0]
    weights = [(math.exp(lp - best_lp), vals) for lp, vals in finals]
    z = sum(w for w, _ in weights)
    conf = 1.0
    filled: list[int | None] = list(slots)
    for h in holes:
        share = sum(w for w, vals in weights if vals.get(h) == best.get(h)) / z
        conf = min(conf, share)
        filled[h] = best[h] if share >= FILL_CONFIDENCE else None
    text = _render_holes(filled, codec)
    if text is None:
        if not holes:
            return None         # the bytes are what they are: this codec is not the answer
        # the picks do not make valid characters: leave every hole unknown
        text = _render_holes(slots, codec)
        if text is None:
            data = bytes(b if b is not None else 0x3F for b in slots)
            text = data.decode(codec, errors="replace").replace("\ufffd", "?")
    return text, conf


@lru_cache(maxsize=4096)
def _rejected_set(made_by: str, nxt: int) -> frozenset[int]:
    return frozenset(_rejected_leads(made_by, nxt))


@lru_cache(maxsize=4096)
def _char_candidates(codec: str, made_by: str, pattern: tuple[int | None, ...],
                     nxt: int | None) -> tuple[tuple[tuple[int, ...], str], ...]:
    """Characters of `codec` whose bytes fit `pattern` (known bytes, None for the holes),
    with the bytes they put in the holes: each hole byte must be one the wrong decoder
    rejects before the byte that follows it (the next byte of the character, or `nxt`)."""
    n = len(pattern)
    pool: list[tuple[bytes, str]] = []
    if codec in (GB, BIG5) and n == 2:
        _, by_lead = _pair_tables(codec)
        leads = [pattern[0]] if pattern[0] is not None else list(by_lead)
        pool = [(bytes((b1, b2)), ch) for b1 in leads for b2, ch in by_lead.get(b1, [])]
    elif codec == "utf-8" and n == 3 and pattern[0] is not None and 0xE0 <= pattern[0] <= 0xEF:
        base = (pattern[0] & 0x0F) << 12
        for cp in range(base, base + 0x1000):
            ch = chr(cp)
            if (is_han(ch) or ch in FILL_PUNCT) and not 0xD800 <= cp <= 0xDFFF:
                pool.append((ch.encode("utf-8"), ch))
    out = []
    for bs, ch in pool:
        if any(p is not None and p != b for p, b in zip(pattern, bs)):
            continue
        fits = True
        for i, p in enumerate(pattern):
            if p is None:
                follow = bs[i + 1] if i + 1 < n else nxt
                if follow is not None and bs[i] not in _rejected_set(made_by, follow):
                    fits = False
                    break
        if fits:
            out.append((tuple(bs[i] for i, p in enumerate(pattern) if p is None), ch))
    return tuple(out)


def _char_shortlist(lm: CharLM, key: tuple, cands: tuple[tuple[tuple[int, ...], str], ...],
                    left: str, right: str) -> list[tuple[int, ...]]:
    """The FILL_SHORTLIST candidates with the best log P(c | left) + log P(right | c).

    Only the characters the model has seen after `left` or before `right`, plus the
    commonest overall, can be among them (an unseen pair backs off to the unigram, up to
    the back-off weight of its context), so thousands of candidates cost a few hundred
    scores; memoised per model (`key` names the candidate set), the same neighbours recur."""
    hit = lm.fill_cache.get(("whole", key, left, right))
    if hit is not None:
        return hit
    by_char = {ch: vals for vals, ch in cands}
    common = lm.fill_cache.get(("whole-common", key))
    if common is None:
        common = sorted(by_char, key=lambda ch: -lm.logp1(ch))[:4 * FILL_SHORTLIST]
        lm.fill_cache[("whole-common", key)] = common
    pool = set(common)
    if left:
        pool.update(lm.followers.get(left, frozenset()) & by_char.keys())
    if right:
        pool.update(lm.preceders.get(right, frozenset()) & by_char.keys())
    scored = sorted(((lm.logp2(left, ch) if left else lm.logp1(ch))
                     + (lm.logp2(ch, right) if right else 0.0), ch) for ch in pool)
    hit = [by_char[ch] for _, ch in scored[-FILL_SHORTLIST:]]
    if len(lm.fill_cache) > 50_000:
        lm.fill_cache.clear()
    lm.fill_cache[("whole", key, left, right)] = hit
    return hit


def _char_span(slots: list[int | None], vals: dict[int, int], h: int, codec: str
               ) -> tuple[int, int] | None:
    """(start, length) of the character of `codec` that byte `h` belongs to, if it has
    another unchosen hole (so its holes must be chosen together); None otherwise."""
    b = _char_start(slots, vals, h, codec)
    lead = slots[b] if slots[b] is not None else vals.get(b)
    if lead is None:
        if codec not in (GB, BIG5) or b != h:
            return None
        n = 2                           # a double-byte codec: a hole at a boundary leads a pair
    else:
        nb = slots[b + 1] if b + 1 < len(slots) else None
        n = _char_len(lead, nb, codec)
    if b + n > len(slots) or n < 2:
        return None
    open_holes = [i for i in range(b, b + n) if slots[i] is None and i not in vals]
    return (b, n) if len(open_holes) >= 2 and h in open_holes else None


def _char_holes(lm: CharLM, slots: list[int | None], beam: list[tuple[float, dict[int, int]]],
                span: tuple[int, int], codec: str, made_by: str, render, at_end: bool,
                start: int) -> list[tuple[float, dict[int, int]]]:
    """Fill every hole of one character together: `??` in GBK read as Big5 is one
    character whose two bytes the decoder both rejected (热 in 热情); two `?` inside one
    UTF-8 character read as GBK are two of its three bytes (检 in 检验).  Filled one byte
    at a time, the first is judged with the next still unknown, which decodes the same for
    every choice; so the candidates are whole characters, ranked by their neighbours
    (log P(c | left) + log P(right | c)), and the best few window-scored."""
    b, n = span
    nxt = slots[b + n] if b + n < len(slots) else None
    pattern = tuple(slots[b:b + n])
    cands = _char_candidates(codec, made_by, pattern, nxt)
    if not cands:
        return []
    holes = [i for i in range(b, b + n) if slots[i] is None]
    key = (codec, made_by, pattern, nxt)
    hi = min(len(slots), b + n + 8)
    expanded: list[tuple[float, dict[int, int]]] = []
    for _, vals in beam:
        lo = _char_start(slots, vals, start, codec)
        left = render(vals, lo, b)[-1:].replace("\ufffd", "")
        right = render(vals, b + n, hi)[:1].replace("\ufffd", "")
        for picked in _char_shortlist(lm, key, cands, left, right):
            trial = dict(vals)
            trial.update(zip(holes, picked))
            txt = render(trial, lo, hi)
            end = _end_mark(txt) if at_end and hi == len(slots) else 0.0
            expanded.append((lm.wscore(txt) - 18.0 * txt.count("\ufffd") + end, trial))
    expanded.sort(key=lambda sv: -sv[0])
    return expanded[:DECODE_BEAM]


def _char_len(b: int, nxt: int | None, codec: str) -> int:
    """Bytes of the character starting with byte `b` in `codec` (what a decoder steps)."""
    if b < 0x80:
        return 1
    if codec == "utf-8":
        return 2 if 0xC0 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if 0xF0 <= b < 0xF8 else 1
    if codec == GB and nxt is not None and 0x30 <= nxt <= 0x39:
        return 4                        # GB18030's four-byte form
    return 2 if 0x81 <= b <= 0xFE else 1


def _char_start(slots: list[int | None], vals: dict[int, int], upto: int, codec: str) -> int:
    """The last character boundary at or before `upto`, decoding from the run's start
    (holes before `upto` take their chosen byte; an unchosen one counts as a lead byte)."""
    i = last = 0
    n = len(slots)
    while i <= upto and i < n:
        last = i
        b = slots[i] if slots[i] is not None else vals.get(i, 0x81)
        nb = slots[i + 1] if i + 1 < n and slots[i + 1] is not None else vals.get(i + 1)
        i += _char_len(b, nb, codec)
    return last


def _render_holes(filled: list[int | None], codec: str) -> str | None:
    """Decode bytes whose unknown ones (None) became `?`; unknown bytes ending the run after
    a whole character are double-byte characters, one `?` each (`负责??` is 负责 and one
    lost character, not two).  None if the known bytes do not decode."""
    tail = len(filled)
    while tail > 0 and filled[tail - 1] is None:
        tail -= 1
    data = bytes(b if b is not None else 0x3F for b in filled[:tail])
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text + "?" * ((len(filled) - tail + 1) // 2)


_RUN = re.compile(r"[^\x00-\x7f]+(?:\?+[^\x00-\x7f]+)*\?*")
# the same runs, without the one-character ones (pinyin pages have thousands: yán)
_RUN2 = re.compile(r"(?=[^\x00-\x7f][^\x00-\x7f]|[^\x00-\x7f]\?)" + _RUN.pattern)
_LATIN_CHARS = "\t\x20-\x7e\x80-\xff" + "".join(_CP1252_EXTRA)
# Maximal stretches of Latin-1/CP1252 characters, found in linear time; only stretches with
# high characters in them are candidates.  (A `[L]*[H][L]*` search would rescan an ASCII
# stretch from each of its positions: quadratic, a minute on one 120 kB English line.)
_LATIN_STRETCH = re.compile(f"[{_LATIN_CHARS}]+")
_LATIN_HIGH = re.compile(f"[\x80-\xff{''.join(_CP1252_EXTRA)}]")
# ...and only the stretches with two high characters or more, still in linear time: a
# stretch start, a possessive look-ahead bounded by the stretch, then the stretch
_LATIN_HIGH2 = re.compile(f"(?<![{_LATIN_CHARS}])"
                          f"(?=[\t\x20-\x7e]*+[\x80-\xff{''.join(_CP1252_EXTRA)}]"
                          f"[\t\x20-\x7e]*+[\x80-\xff{''.join(_CP1252_EXTRA)}])"
                          f"[{_LATIN_CHARS}]+")
# Two high characters with only ASCII between them: what such a stretch must contain.  This
# pattern starts with a character set, so the regex engine skips to candidates fast (the
# look-behind above makes it try every position); `_latin_high2` uses it to find the same
# matches as `_LATIN_HIGH2.finditer`.
_HIGH_PAIR = re.compile(f"[\x80-\xff{''.join(_CP1252_EXTRA)}][\t\x20-\x7e]*+"
                        f"[\x80-\xff{''.join(_CP1252_EXTRA)}]")
_LAST_NON_LATIN = re.compile(f".*[^{_LATIN_CHARS}]", re.S)


def _latin_high2(text: str) -> list[re.Match[str]]:
    """The matches of `_LATIN_HIGH2.finditer(text)`, found from `_HIGH_PAIR` hits: each hit
    lies inside one Latin stretch with two high characters, whose start is the character
    after the last non-Latin one before the hit; that stretch is the match."""
    out: list[re.Match[str]] = []
    lo = 0
    for h in _HIGH_PAIR.finditer(text):
        if h.start() < lo:
            continue                    # a second pair in a stretch already taken
        b = _LAST_NON_LATIN.match(text, lo, h.start())
        m = _LATIN_HIGH2.match(text, b.end() if b else lo)
        if m is not None:
            out.append(m)
            lo = m.end()
    return out


def _try_transcodings(lm: CharLM, text: str, s: int, e: int, latin: bool):
    """Best wrong-codec repair of text[s:e], if it beats leaving it:
    (gain, new, kind, conf, guessed) — `guessed`: the bytes it had to choose (those behind
    `?`) make up more than GUESSED_SHARE of the repair, so it is flagged however sure the
    model was (GBK-stored Traditional text read as Big5 loses most of its bytes)."""
    run = text[s:e]
    ctx_l, ctx_r = text[max(0, s - 2):s], text[e:e + 2]
    at_end = e == len(text) or text[e] in "\r\n"
    old = lm.wscore(ctx_l + run + ctx_r)
    best = None
    for kind, src, dst in TRANSCODINGS:
        if (src == "latin") != latin:
            continue
        slots = _encode_slots(run, src)
        if slots is None:
            continue
        # Which decoder left the `?`s decides which bytes can hide behind them.  GB18030
        # (browsers, and this pipeline) maps unassigned pairs to private use, so a run
        # with private-use characters came from it; a strict GBK decoder (Python's "gbk",
        # many tools) rejects those pairs too, so without that sign both are tried (its
        # holes are `?` or U+FFFD, as the tool left them).
        makers = [src]
        if src == GB and any(c in QMARKS for c in run) and not any(_is_pua(c) for c in run):
            makers.append("gbk")
        for made_by in makers:
            dec = _decode_unknowns(lm, slots, dst, made_by, at_end)
            if dec is None:
                continue
            new, conf = dec
            if new == run or "\ufffd" in new:
                continue
            score = lm.wscore(ctx_l + new.replace("?", "") + ctx_r) - 12.0 * new.count("?") \
                + (_end_mark(new) if at_end else 0.0)
            gain = score - old - PRIOR_TRANSCODE
            if gain > 0 and new and (score - old) / max(1, len(run)) > 1.0 \
                    and (best is None or gain > best[0]):
                guessed = slots.count(UNKNOWN) > GUESSED_SHARE * len(slots)
                best = (gain, new, kind, conf, guessed)
    return best


def _end_mark(s: str) -> float:
    """Log-scale evidence from how a line ends: list items and sentences mostly end in 。；
    or a word, hardly ever in ，、 (a lost last byte of ；/。 must not come back as ，); a short
    all-Han line may as well be a heading label ending in ： (岗位职责：)."""
    s = s.rstrip(" \t\u3000")
    last = s[-1:]
    if last == "：" and 3 <= len(s) <= LABEL_MAX and all(is_han(c) for c in s[:-1]):
        return END_MARK_BONUS       # a short line may be a heading label (任职要求：) as well
    return -END_MARK_COST if last in "，、,（(“" else END_MARK_BONUS if last in "。；" else 0.0


def _open_bracket(s: str) -> str:
    """The closing mark of the last full-width bracket or quote `s` leaves open ('' if
    none): a line that opened 《 or （ ends by closing it."""
    depth: list[str] = []
    for c in s:
        if c in BRACKETS:
            depth.append(BRACKETS[c])
        elif depth and c == depth[-1]:
            depth.pop()
    return depth[-1] if depth else ""


def _line_end(lm: CharLM, prev: str, ch: str, listing: bool = False,
              bracket: str = "") -> float:
    """Log-scale evidence for `ch` as the last character of a line (a hole the slip left at
    the line end, known by its lead byte only): end punctuation as `_end_mark` weighs it,
    and a function word (的 地 和 在 也…: `CharLM.no_end`) standing alone, not ending a word
    with `prev`, costs NO_END_COST — a list item or sentence does not end on 的 or 和.
    A line that enumerates (`listing`: 、 before the run) ends on 等 as often as on 。; one
    that left a bracket open (`bracket`: its closing mark) closes it rather than end on 。 or ；."""
    if ch in PUNCT:
        if bracket:
            return END_MARK_BONUS if ch == bracket else -END_MARK_COST
        if ch in _CLOSING:
            return -END_MARK_COST       # closes nothing the line opened
        return _end_mark(ch)
    if ch in LIST_CLOSERS:
        return END_MARK_BONUS if listing else CLOSER_BONUS
    if ch in lm.no_end and lm.wlogp(prev + ch) is None:
        return -NO_END_COST
    return 0.0


def _at_line_end(text: str, j: int) -> bool:
    """Whether only spaces (past an inline pinyin annotation) separate `j` from the line end."""
    m = _ANNOT_AFTER.match(text, j) or (j > 0 and text[j - 1] == "?" and PINYIN_JUNK.match(text, j))
    if m:
        j = m.end()
    rest = text[j:j + 8].lstrip(" \t\u3000")
    return not rest or rest[0] in "\r\n"


def _common_table(lm: CharLM) -> dict[int, None]:
    """str.translate table deleting common characters (unigram >= _RARE, punctuation)."""
    table = lm.fill_cache.get("common")
    if table is None:
        table = {ord(c): None for c, lp in lm.uni.items() if lp >= _RARE}
        table.update((ord(c), None) for c in PUNCT)
        lm.fill_cache["common"] = table
    return table


def _uncommon_re(lm: CharLM) -> re.Pattern[str]:
    """Any non-ASCII character that is not common (see `_common_table`)."""
    pat = getattr(lm, "_mojibake_uncommon", None)
    if pat is None:
        common = "".join(sorted(chr(o) for o in _common_table(lm) if o >= 0x80))
        pat = re.compile("[^\x00-\x7f" + re.escape(common) + "]")
        lm._mojibake_uncommon = pat     # static per model (fill_cache is cleared when full)
    return pat


def _uncommon_in_run_re(lm: CharLM) -> re.Pattern[str]:
    """`_uncommon_re`, only where a neighbour is non-ASCII or `?`: a character with ASCII
    on both sides (accented pinyin, yán) cannot be inside a `_RUN2` run."""
    pat = getattr(lm, "_mojibake_uncommon_in_run", None)
    if pat is None:
        pat = re.compile(f"(?:{_uncommon_re(lm).pattern})"
                         f"(?:(?<={_IN_RUN}.)|(?={_IN_RUN}))")
        lm._mojibake_uncommon_in_run = pat
    return pat


_IN_RUN = "[^\x00-\x3e\x40-\x7f]"      # a character a `_RUN2` run can hold: non-ASCII or `?`
_BREAK = re.compile("[\x00-\x3e\x40-\x7f]")            # ...and one that ends it
_LAST_BREAK = re.compile("(?s:.*)[\x00-\x3e\x40-\x7f]")


def _rare_letters(lm: CharLM, text: str) -> list[int]:
    """Positions of the letters (Han, kana, …) real text rarely uses, in order, that can be
    in a `_RUN2` run (see `_uncommon_in_run_re`: the rest can never count).  One regex pass
    skips every common character, so clean documents cost almost nothing."""
    out = []
    memo = lm.__dict__.setdefault("_mojibake_rare_letter", {})
    for m in _uncommon_in_run_re(lm).finditer(text):
        c = m.group()
        hit = memo.get(c)
        if hit is None:
            hit = memo[c] = (c not in QMARKS and lm.logp1(c) < _RARE
                             and (unicodedata.category(c)[0] == "L" or _is_pua(c)))
        if hit:
            out.append(m.start())
    return out


def _n_rare(lm: CharLM, s: str) -> int:
    """How many characters of `s` real text rarely uses (unigram below _RARE).  Common
    characters are deleted by one str.translate; only the few left are looked at."""
    rest = s.translate(_common_table(lm))
    return sum(1 for c in rest if c not in QMARKS and lm.logp1(c) < _RARE) if rest else 0


def _dense_runs(text: str, rare_at: list[int]) -> list[tuple[re.Match[str], int]]:
    """The `_RUN2` runs holding two rare letters or more, with how many, in order: the same
    as filtering `_RUN2.finditer(text)`, without visiting the thousands of runs a page has.
    Two rare letters with nothing that breaks a run between them share one; that run starts
    at the first non-ASCII character after the last break before them."""
    out = []
    i, lo, n = 0, 0, len(rare_at)
    while i + 1 < n:
        p, q = rare_at[i], rare_at[i + 1]
        if _BREAK.search(text, p, q):
            i += 1                      # p is alone in its run
            lo = p + 1
            continue
        b = _LAST_BREAK.match(text, lo, p)
        m = _RUN2.search(text, b.end() if b else lo)
        j = bisect_left(rare_at, m.end(), i + 2)
        out.append((m, j - i))
        i, lo = j, m.end()
    return out


def _garbled_runs(lm: CharLM, text: str) -> list[tuple[re.Match[str], int]]:
    """Non-ASCII runs dense enough in rare letters to be wrong-codec text, with the count:
    two or more, and at least 30% of the run's letters.  Only letters (Han, kana, hangul)
    and private-use characters (where GB18030 puts pairs GBK never assigned) count: decorations — box drawing, stars, circled numbers, emoji — are rare too, but
    re-decoded they turn into plausible Han (①②③④ → 情顷请庆)."""
    rare_at = _rare_letters(lm, text)
    if len(rare_at) < 2:
        return []           # clean text: no run can have two rare letters
    return [(m, rare) for m, rare in _dense_runs(text, rare_at)
            if rare >= 0.3 * sum(1 for c in m.group()
                                 if unicodedata.category(c)[0] == "L" or _is_pua(c))
            and not all(_is_pua(c) for c in m.group())]     # icon-font glyphs side by side


def _transcode_runs(lm: CharLM, text: str) -> list[tuple[int, int, str, str, float, bool]]:
    """Runs read with the wrong codec: (start, end, new, kind, confidence, guessed)."""
    out = []
    for m in _latin_high2(text):
        # inline pinyin — (yán), or yán) after a `?` — is Latin-1 too, and not garble
        bare = _PINYIN_ANY.sub("", m.group())
        high = sum(1 for c in bare if ord(c) >= 0x80)
        if high < 2:
            continue
        best = _try_transcodings(lm, text, m.start(), m.end(), latin=True)
        if best:
            out.append((m.start(), m.end(), *best[1:]))
    for m, _ in _garbled_runs(lm, text):
        start = m.start()
        while start > 0 and text[start - 1] in QMARKS:
            start -= 1      # a line whose first bytes the decoder rejected starts with `?`
        end = m.end()
        if any(not (e <= start or s >= end) for s, e, *_ in out):
            continue
        best = None
        wide = _over_trail_bytes(text, start, end)
        if wide != (start, end) and not any(not (e <= wide[0] or s >= wide[1]) for s, e, *_ in out):
            best = _try_transcodings(lm, text, *wide, latin=False)
            if best:
                start, end = wide
        if not best:
            best = _try_transcodings(lm, text, start, end, latin=False)
        if best:
            out.append((start, end, *best[1:]))
    return out


_TRAIL_LETTER = re.compile(r"[\x40-\x7e](?=[^\x00-\x7f])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _over_trail_bytes(text: str, s: int, e: int) -> tuple[int, int]:
    """The run text[s:e] widened over single ASCII letters or marks between non-ASCII text
    on the same line: Big5 and GBK trail bytes run 0x40-0x7E, so a decoder that rejected a
    pair lets the next trail byte out as `A` or `M`, splitting one garbled stretch in two."""
    # (non-ASCII text never holds a line break, so both loops stay on the line)
    while 0 < e < len(text) and not text[e - 1].isascii() and _TRAIL_LETTER.match(text, e):
        e = _NON_ASCII.match(text, e + 1).end()     # the letter is followed by non-ASCII
    while s > 1 and "\x40" <= text[s - 1] <= "\x7e" and not text[s - 2].isascii():
        s -= 1
        while s > 0 and not text[s - 1].isascii():
            s -= 1
    return s, e


# ---------------------------------------------------------------- entities

_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,15});")


def _entities(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ENTITY.finditer(text):
        new = html.unescape(m.group())
        if new.isspace() and new not in "\n\t":
            new = " "       # &nbsp; &emsp; &ensp; are layout; a plain space is what they mean
        if new != m.group() and len(new) == 1 and (new.isprintable() or new in "\n\t"):
            out.append((m.start(), m.end(), new))
    return out


# ---------------------------------------------------------------- the public calls



def _plain_question(lm: CharLM, text: str, k: int) -> bool:
    """Is the single `?` at `k` a question mark in clean text (after 吗/呢 or in a clause
    with a question word, no rare character in the double-byte run before it nor just
    after it)?  Such a `?` is neither repaired nor flagged, so it need not be scored."""
    if (k + 1 < len(text) and text[k + 1] in QMARKS) or (k > 0 and text[k - 1] in QMARKS) \
            or PINYIN_JUNK.match(text, k + 1):
        return False
    clause = re.split(r"[。！!？?；;，,\n]", text[max(0, k - 20):k])[-1]
    if not (k > 0 and text[k - 1] in QUESTION_END or _QUESTION_WORDS.search(clause)):
        return False
    return _n_rare(lm, text[_run_start(text, k):k] + text[k + 1:k + 3]) == 0


_NO_PAIRS: dict[str, int] = {}


class _DocPairs:
    """The document as a cache language model: which Han characters it writes after (and
    before) a given one, counted per character on first use (a fill asks about a handful
    of characters; most documents never ask)."""

    def __init__(self, text: str, counts: dict[str, int] | None = None):
        self._text = text
        self._counts = counts           # given pair counts (tests) instead of the text
        self._after: dict[str, dict[str, int]] = {}
        self._before: dict[str, dict[str, int]] = {}
        self._indexed = False
        self._totals: dict[str, int] = {}   # per character: pairs it starts

    def counts(self) -> dict[str, int]:
        """Every Han pair of the document with its count."""
        if self._counts is None:
            self._counts = _doc_pairs(self._text)
        return self._counts

    def get(self, key: str, default: int = 0) -> int:
        return self.after(key[0]).get(key[1], default)

    def after(self, a: str) -> dict[str, int]:
        """Han characters written right after `a`, with counts."""
        return self._look(a, 1)

    def before(self, b: str) -> dict[str, int]:
        """Han characters written right before `b`, with counts."""
        return self._look(b, -1)

    def _look(self, c: str, step: int) -> dict[str, int]:
        table = self._after if step == 1 else self._before
        hit = table.get(c)
        if hit is not None:
            return hit
        if self._indexed:
            return _NO_PAIRS
        if self._counts is not None:
            self._index()               # counts given (tests): every pair at once
            return table.get(c, _NO_PAIRS)
        # from the text, one character at a time: each position of the page is visited at
        # most once per direction however many characters are asked about (no more than
        # indexing every pair, and most pages ask about a few)
        hit = Counter(n for n in self._neighbours(c, step) if "\u4e00" <= n <= "\u9fff") \
            if is_han(c) else _NO_PAIRS
        table[c] = hit
        return hit

    def _index(self) -> None:
        after: dict[str, dict[str, int]] = {}
        before: dict[str, dict[str, int]] = {}
        for ab, n in self.counts().items():
            a, b = ab
            if a in after:
                after[a][b] = n
            else:
                after[a] = {b: n}
            if b in before:
                before[b][a] = n
            else:
                before[b] = {a: n}
        self._after, self._before, self._indexed = after, before, True

    def _neighbours(self, c: str, step: int) -> list[str]:
        """The character next to each occurrence of `c` (step 1: after, -1: before)."""
        text, out = self._text, []
        i = text.find(c)
        while i >= 0:
            j = i + step
            if 0 <= j < len(text):
                out.append(text[j])
            i = text.find(c, i + 1)
        return out

    def repeated_around(self, a: str, b: str, trusted: dict[str, int] | None = None) -> set[str]:
        """Characters the page writes at least DOC_CACHE_MIN times after `a` or before `b`
        (fill candidates the general model ranks too low to shortlist: 汽 after 一 on a
        page about 一汽)."""
        out = {c for c, n in self.after(a).items() if n >= DOC_CACHE_MIN} if a else set()
        if b:
            out.update(c for c, n in self.before(b).items() if n >= DOC_CACHE_MIN)
        if trusted:
            out.update(ab[1] for ab in trusted if ab[0] == a)
            if b:
                out.update(ab[0] for ab in trusted if ab[1] == b)
        return out

    def gain(self, lm: CharLM, a: str, b: str, trusted: dict[str, int] | None = None,
             fixed: str = "a") -> float:
        """How much the page's own pair counts raise log P(b | a): the log ratio of a cache
        language model, (1 - λ) P_model + λ P_doc, to the model alone (Kuhn & De Mori).  A
        word the page repeats (一汽 twenty times) outweighs a common word of general text
        (一起); a pair the page never repeats costs only log(1 - λ)."""
        # looked up from the side the caller holds fixed (the hole's neighbour), so a hole
        # costs one lookup, not one per candidate
        n = (self.before(b).get(a, 0) if fixed == "b" else self.after(a).get(b, 0))
        if trusted and trusted.get(a + b) and n < DOC_CACHE_MIN:
            n = DOC_CACHE_MIN       # written once in the clean part of this very line
        if n < DOC_CACHE_MIN:
            return LOG_KEEP_MODEL
        total = self._totals.get(a)
        if total is None:
            total = self._totals[a] = self._text.count(a) if self._counts is None \
                else sum(self.after(a).values())
        p_doc = n / max(n, total)
        return math.log(1.0 - DOC_CACHE_LAMBDA + DOC_CACHE_LAMBDA * p_doc / math.exp(lm.logp2(a, b)))


# Every overlapping Han pair, as two non-overlapping scans: the pairs at even offsets of
# each Han run, then (one Han character before) those at odd offsets.  Same counts as
# `re.findall(r"(?=([\u4e00-\u9fff]{2}))", text)`, without a capturing look-ahead tried
# at every position.
_HAN_PAIR_EVEN = re.compile(r"[\u4e00-\u9fff]{2}")
_HAN_PAIR_ODD = re.compile(r"[\u4e00-\u9fff]{2}(?<=[\u4e00-\u9fff]{3})")


def _doc_pairs(text: str) -> dict[str, int]:
    """Han character pairs of the document with their counts (a cache language model)."""
    counts = Counter(_HAN_PAIR_EVEN.findall(text))
    counts.update(_HAN_PAIR_ODD.findall(text))
    return counts


def _doubtful(lm: CharLM, new: str, conf: float, slip: bool = False) -> bool:
    """A repair worth applying but not worth trusting, kept in `residual` too (rows carry
    `residual_garble`, analysts can look):
    - its lost characters were a close call (confidence under FLAG_CONFIDENCE);
    - it produced a character real text hardly ever uses (a byte read as the wrong half of
      a pair, or a stretch a wrong-codec repair left garbled, decodes to one; the model
      knows Taiwan/HK forms, so 為 眾 are not rare);
    - a slip repair left an ASCII letter glued after a Han character (國m: a trail byte
      it did not re-pair; wrong-codec repairs keep the page's own 4S店, A级), or two rare
      letters (it re-paired garble that was never a slip: 涓撲…婂 of UTF-8 read as GBK)."""
    return (conf < FLAG_CONFIDENCE or any(is_han(c) and lm.logp1(c) < _FLAG_RARE for c in new)
            or (slip and (_GLUED_LETTER.search(new) is not None or _n_rare(lm, new) >= 2)))


_GLUED_LETTER = re.compile(r"[\u3400-\u9fff][A-Za-z](?![A-Za-z0-9])")


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


@dataclass
class Badness:
    """What the detectors see in a text, before any repair is tried (counts)."""
    holes: int = 0          # `?`/U+FFFD next to double-byte text (not a question mark)
    private_use: int = 0    # GBK user-defined area: shifted pairs and unmapped bytes land there
    rare_letters: int = 0   # rare letters (unigram below _RARE) dense enough in a run to be garble
    latin_high: int = 0     # Latin-1/CP1252 letters in runs of two or more (ÈÕ³£)
    stray_ascii: int = 0    # an ASCII trail byte glued to Han text (人T的)
    entities: int = 0       # &#32844; &nbsp; left in text

    @property
    def score(self) -> float:
        """Weighted sum: a `?` in Han text or a private-use character is near-certain damage;
        a rare letter or a stray ASCII letter is weak evidence on its own (names, B超)."""
        return (3.0 * (self.holes + self.private_use) + 2.0 * self.latin_high
                + 1.0 * (self.rare_letters + self.entities) + 0.5 * self.stray_ascii)


def badness(text: str) -> Badness:
    """How implausible `text` looks as Chinese, measured by the same cheap detectors that
    decide where `analyze` tries repairs (ftfy's "badness" idea).  Clean text scores 0 on
    nearly everything (bench/mojibake.py reports the distribution on clean and damaged
    sentences); a score of 0 means `analyze` has nothing to try except rare-letter runs."""
    lm = load()
    b = Badness()
    b.entities = len(_entities(text))
    # only rare letters the wrong-codec detector acts on (one rare character is a name)
    b.rare_letters = sum(n for _, n in _garbled_runs(lm, text))
    # high Latin-1/CP1252 characters, not counting punctuation (“” — … are CP1252 too)
    b.latin_high = sum(sum(1 for c in _PINYIN_ANY.sub("", m.group())
                           if ord(c) >= 0x80 and unicodedata.category(c)[0] != "P")
                       for m in _latin_high2(text))
    for k in _slip_anchors(text):
        c = text[k]
        if c in QMARKS:
            if not (c == "?" and _plain_question(lm, text, k)):
                b.holes += 1
        elif _is_pua(c):
            b.private_use += 1
        else:
            b.stray_ascii += 1
    return b


# `锟斤拷`, runs of U+FFFD/private-use characters, `?` before a pinyin annotation, `?` after
# Han text (before Han or a line end).  Written as "one of the first characters, then what
# each needs" so the regex engine skips ahead by character set (a leading look-behind
# made it try every position of the page).
_GARBLE = re.compile(rf"[锟\ufffd\ue000-\uf8ff?](?:(?<=锟)斤拷"
                     r"|(?<=[\ufffd\ue000-\uf8ff])[\ufffd\ue000-\uf8ff]*"
                     rf"|(?<=\?)\?*(?=[{_PY}]{{1,6}}\))"
                     r"|(?<=[\u3400-\u9fff]\?)\?*(?=[\u3400-\u9fff]|\r?\n|\Z))")


def _han_in_run(text: str, k: int) -> bool:
    """Whether the stretch of non-ASCII, non-space characters around `k` holds Han text: a
    slip garbles double-byte text, so a private-use character with none around it is an
    icon-font glyph (`\ue601 联系我们` has a space between), not a slipped pair."""
    i = k
    while i > 0 and ord(text[i - 1]) >= 0x80 and not text[i - 1].isspace():
        i -= 1
        if is_han(text[i]):
            return True
    j = k + 1
    while j < len(text) and ord(text[j]) >= 0x80 and not text[j].isspace():
        if is_han(text[j]):
            return True
        j += 1
    return False


def analyze(text: str) -> MojibakeReport:
    """Find garbled spans and their repairs; never touches clean text."""
    rep = MojibakeReport()
    if not text:
        return rep
    lm = load()
    taken: list[tuple[int, int]] = []
    found: list[tuple[Edit, float, bool]] = []

    for s, e, new in _entities(text):
        found.append((Edit(s, e, new, "mojibake:entity"), 1.0, False))
        taken.append((s, e))

    for s, e, new, kind, conf, guessed in _transcode_runs(lm, text):
        if _free(taken, s, e):
            found.append((Edit(s, e, new, kind), conf,
                          guessed or "?" in new or "\ufffd" in new or _doubtful(lm, new, conf)))
            taken.append((s, e))

    failed: dict[int, int] = {}       # line start -> anchors there that gave nothing
    doc_pairs: _DocPairs | None = None
    for k in _slip_anchors(text):
        if not _free(taken, k, k + 1):
            continue
        line = text.rfind("\n", 0, k) + 1
        if failed.get(line, 0) >= MAX_FAILED_ANCHORS_PER_LINE:
            continue                    # a line of garbage slips cannot explain: stop early
        if _is_pua(text[k]) and not _han_in_run(text, k):
            continue                    # icon-font glyphs between spaces or links: no slip
        if text[k] == "?" and _plain_question(lm, text, k):
            failed[line] = failed.get(line, 0) + 1
            continue                    # 是否合格? — a question mark in clean text
        if doc_pairs is None:
            doc_pairs = _DocPairs(text)
        hyp = _slip_at(lm, text, k, doc_pairs)
        if hyp is None or not _free(taken, hyp.start, hyp.end):
            failed[line] = failed.get(line, 0) + 1
            continue
        found.append((Edit(hyp.start, hyp.end, hyp.new, "mojibake:gbk_slip"), hyp.conf,
                      hyp.unresolved > 0 or hyp.guess or _doubtful(lm, hyp.new, hyp.conf, slip=True)))
        taken.append((hyp.start, hyp.end))

    found.sort(key=lambda t: t[0].start)
    for ed, conf, partial in found:
        rep.edits.append(ed)
        rep.confidence.append(round(conf, 3))
        if partial:
            rep.residual.append((ed.start, ed.end))

    # Garble nobody could repair: U+FFFD, private-use runs, `锟斤拷`, and `?` inside Han
    # text whose neighbourhood is garbage (a `?` after 吗/呢 is a question, not damage).
    for m in _GARBLE.finditer(text):
        s, e = m.start(), m.end()
        if not _free(taken, s, e):
            continue
        if _is_pua(m.group()[0]):
            around = text[s - 1:s] + text[e:e + 1]
            if not any(is_han(c) or c in QMARKS for c in around):
                continue                # icon-font glyphs between punctuation, not garble
        if m.group()[0] == "?" and not PINYIN_JUNK.match(text, e):
            near = text[max(0, s - 2):s] + text[e:e + 2]
            clause = re.split(r"[。！!？?；;，,\n]", text[max(0, s - 20):s])[-1]
            if not any(lm.logp1(c) < _RARE for c in near) and \
                    (text[s - 1] in QUESTION_END or _QUESTION_WORDS.search(clause)):
                continue
        rep.residual.append((s, e))
    rep.residual.sort()
    return rep


def repair_mojibake(text: str) -> str:
    """Repair byte-slip mojibake in decoded text; clean text comes back unchanged."""
    return apply_edits(text, analyze(text).edits)
