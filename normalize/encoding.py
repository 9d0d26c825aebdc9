"""Bytes → text: BOM, then the HTTP charset, then `<meta>`, then detection.

Chinese pages lie about their charset often enough that a declaration is a candidate, not
a verdict: every candidate is decoded and the one with the fewest errors and the most
plausible text wins (`choose`).  GB2312 and GBK are read as GB18030 (a strict superset);
Big5 as CP950 (Big5 plus the Microsoft extensions that real pages use).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from functools import lru_cache

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
           "cp936": "gb18030", "euc-cn": "gb18030", "big5": "cp950", "big5-hkscs": "big5hkscs",
           "x-big5": "cp950", "utf8": "utf-8", "unicode": "utf-8", "ascii": "utf-8",
           "us-ascii": "utf-8", "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252"}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
META_SCAN = 16384      # pages with long inline scripts put <meta charset> late in <head>
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ODD = re.compile(r"[\u0370-\u04ff\u1100-\u11ff\u2500-\u257f\u3040-\u30ff\u3100-\u318f\u3200-\u33ff\uac00-\ud7af\ue000-\uf8ff]")
# Detection may only propose codecs a Chinese job page can plausibly be in; a detector's
# guess of, say, a Cyrillic single-byte codec for undecodable bytes is noise, not an answer.
DETECTABLE = frozenset({"utf-8", "gb18030", "cp950", "big5hkscs", "utf-16", "utf-32", "cp1252",
                        "shift_jis", "euc_jp", "euc_kr", "cp949"})


class UndecodableError(ValueError):
    """No candidate encoding gives text: binary data or an unknown encoding."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str          # codec actually used (Python name)
    method: str            # bom | http | meta | detected | fallback
    errors: int = 0        # replacement characters introduced
    declared: str = ""     # what the document or server claimed, if anything
    # every candidate tried, in order: "method:codec errors=N plausible=0.97"; the record of
    # why the winner won when a declaration and the bytes disagree
    candidates: tuple[str, ...] = ()


def canonical(name: str | None) -> str | None:
    """Python codec name for a declared charset, widened to its superset; None if unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = ALIASES.get(key, key)
    try:
        return ALIASES.get(codecs.lookup(key).name, codecs.lookup(key).name)
    except LookupError:
        return None


def sniff_meta(data: bytes) -> str | None:
    """Charset from `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`."""
    match = _META.search(data[:META_SCAN])
    return match.group(1).decode("ascii", "replace") if match else None


def sniff_utf16(data: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` for UTF-16 text written without a BOM (some Windows exports).

    Its ASCII characters (line ends, digits, punctuation) put a NUL in every other byte,
    nearly all on one side; binary data has NULs on both.  The guess must then decode strictly to
    printable text, or it is not taken (the caller goes on to call the bytes binary)."""
    head = data[:8192]
    head = head[:len(head) - len(head) % 2]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    # CJK characters whose low byte is 0 (销 U+9500) put a few NULs on the other side
    if even + odd < 4 or 4 * min(even, odd) > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = head.decode(codec)
    except UnicodeDecodeError:
        try:
            text = head[:-2].decode(codec)    # the head may end inside a surrogate pair
        except UnicodeDecodeError:
            return None
    if not text:
        return None
    bad = sum(1 for c in text if not (c.isprintable() or c in "\r\n\t\u3000"))
    return codec if bad <= len(text) // 100 else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head: not a text document."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 50)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The most frequent Hanzi of both scripts: GB2312 level 1 and Big5 level 1."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def plausibility(text: str) -> float:
    """Share of Hanzi that are common ones (1.0 for text without Hanzi)."""
    total, common = _hanzi_counts(text)
    return common / total if total else 1.0


def _hanzi_counts(text: str) -> tuple[int, int]:
    """(Hanzi plus odd characters, common Hanzi): a wrong double-byte codec turns Chinese
    into rare Hanzi, kana, bopomofo, Hangul, Greek, Cyrillic, box drawing, private use."""
    hanzi = _CJK.findall(text)
    common = _common_chars()
    return len(hanzi) + len(_ODD.findall(text)), sum(ch in common for ch in hanzi)


# An uncommon Hanzi costs half a replacement character: a decoding that is clean but reads
# as a string of rare characters loses to one with a stray bad byte (a body cut mid-character).
RARE_HANZI_COST = 0.5


def _try(data: bytes, codec: str) -> tuple[str, int] | None:
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = data.decode(codec, errors="replace")
    return text, text.count("\ufffd")


def choose(data: bytes, candidates: list[tuple[str, str]], declared: str = "") -> Decoded:
    """Decode with each (codec, method) candidate; the lowest cost wins.

    cost = replacement characters + RARE_HANZI_COST × uncommon Hanzi.  Both are counts over
    the same bytes, so codecs that make more or fewer characters of them compare fairly (an
    error *rate* would favour a wrong double-byte codec over UTF-8 cut mid-character).
    Candidates earlier in the list win ties, so a declaration that decodes cleanly and
    reads as plausibly as the alternatives is believed.
    """
    best: tuple | None = None
    tried: list[str] = []
    for rank, (codec, method) in enumerate(candidates):
        got = _try(data, codec)
        if got is None:
            tried.append(f"{method}:{codec} unknown codec")
            continue
        text, errors = got
        hanzi, common = _hanzi_counts(text)
        plausible = common / hanzi if hanzi else 1.0
        cost = errors + RARE_HANZI_COST * (hanzi - common)
        tried.append(f"{method}:{codec} errors={errors} plausible={plausible:.2f}")
        key = (round(cost, 1), rank)
        if best is None or key < best[0]:
            best = (key, Decoded(text, codec, method, errors, declared))
    if best is None:
        raise UndecodableError("no candidate encoding decodes these bytes")
    return replace(best[1], candidates=tuple(tried))


def decode(data: bytes, http_charset: str | None = None, is_html: bool | None = None) -> Decoded:
    """Decode a document's bytes; raise UndecodableError for binary or hopeless input."""
    if not data:
        raise UndecodableError("empty document")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(codec, errors="replace"), codec, "bom", declared=codec)
    utf16 = sniff_utf16(data)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16, "detected")
    if looks_binary(data):
        raise UndecodableError("binary content (NUL or control bytes)")
    candidates: list[tuple[str, str]] = []
    declared = ""
    http = canonical(http_charset)
    if http:
        candidates.append((http, "http"))
        declared = http_charset or ""
    if is_html is None:
        is_html = b"<html" in data[:2048].lower() or b"<!doctype" in data[:2048].lower()
    if is_html:
        meta_name = sniff_meta(data)
        meta = canonical(meta_name)
        if meta and meta not in [c for c, _ in candidates]:
            candidates.append((meta, "meta"))
            declared = declared or (meta_name or "")
    for codec in ("utf-8", "gb18030", "cp950"):
        if codec not in [c for c, _ in candidates]:
            candidates.append((codec, "detected"))
    detected = _detect(data)
    if detected and detected not in [c for c, _ in candidates]:
        candidates.append((detected, "detected"))
    result = choose(data, candidates, declared)
    if result.errors > max(4, len(result.text) // 20):
        raise UndecodableError(f"undecodable: best guess {result.encoding} left {result.errors} bad bytes")
    return result


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return None
    match = from_bytes(data[:65536]).best()
    codec = canonical(match.encoding) if match else None
    return codec if codec in DETECTABLE else None
