"""Corruption benchmark for mojibake repair: doing nothing vs ftfy vs dutyflow, in one run.

Clean sentences: the gold `duty` texts (../shared/gold/*.jsonl), as written (Simplified),
and converted with OpenCC s2t and s2twp (Traditional; s2twp also swaps Taiwan vocabulary),
deduplicated.  Each damage type is applied to a random sample of them, seeded:

  gbk_slip       GBK bytes, one byte of one random character lost, decoded as GBK (GB18030)
                 with `?` for invalid pairs (what the corpus shows); one slip per sentence
  utf8_as_gbk    UTF-8 bytes decoded as GBK (GB18030), `?` for invalid pairs (whole sentence)
  utf8_as_strict_gbk  the same with a strict GBK decoder (Python's "gbk"): more `?`
  gbk_as_latin1  GBK bytes decoded as Windows-1252 (WHATWG: undefined bytes → C1 controls)
  big5_as_gbk    Big5 bytes (Traditional sentences) decoded as GBK, `?` for invalid pairs
  big5_as_strict_gbk  the same with a strict GBK decoder (Python's "gbk"): more `?`, and
                 trail bytes 0x40-0x7E let out as ASCII letters
  gbk_as_big5    GBK bytes (Simplified sentences: what GBK pages hold) decoded as Big5
                 (CP950), `?` for invalid pairs
  gbk_trad_as_big5  the same for Traditional sentences stored as GBK (rare, worst case)
  entity         1–3 characters written as HTML numeric references or named entities
  fffd           one character replaced by U+FFFD (its bytes are gone: only a mark is fair)

For each repairer it reports, per damage type and overall (an equal-weight mix of the
types): the share of damaged sentences restored exactly except at most the lost character
(except-lost: for a slip, the character that lost a byte; for codec misreads and U+FFFD,
the characters whose bytes became `?`/U+FFFD), the share restored exactly (lost character
included), the share of lost characters guessed right, the share restored except any
character whose bytes are gone (except-gone: a slip that runs to the end of a line also
hides the last character's trail byte behind `?`), and over all clean sentences how many
it edited.

With `--context document` each damaged sentence is repaired as one line of its gold document
(up to CONTEXT_LINES clean lines either side, every other copy of the sentence left out), the
way damage meets the repair in a page: the document's own word pairs then inform the fills
(a cache language model), and edits to the clean lines around it are counted.

Run: .venv/bin/python bench/mojibake.py [--per-type N] [--seed S] [--context document]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import opencc

from normalize.charmodel import load
from normalize.mojibake import analyze, badness, repair_mojibake
from normalize.tracked import apply_edits

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
GB = "gb18030"


def gold_documents() -> dict[str, list[str]]:
    """Each gold document's duty texts in order, as written and in every OpenCC spelling
    the clean set uses: key `<file>:<config>` (config `-` for as written)."""
    docs: dict[str, list[str]] = {}
    convs = {"-": None, **{cfg: opencc.OpenCC(cfg) for cfg in ("s2t", "s2tw", "s2hk", "s2twp")}}
    for path in sorted(GOLD.glob("*.jsonl")):
        duties = [d for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
                  for d in [json.loads(line).get("duty", "")] if d]
        for cfg, conv in convs.items():
            docs[f"{path.stem}:{cfg}"] = duties if conv is None else [conv.convert(d) for d in duties]
    return docs


CONTEXT_LINES = 60      # clean lines kept on each side of the damaged one (a page's worth)


def in_document(s: str, docs: dict[str, list[str]]) -> tuple[str, str, int] | None:
    """(text before, text after, line index) placing `s` among the clean lines around its
    first occurrence in a gold document, with every other copy of `s` left out (so the
    document cache cannot simply read the answer).  None if no document holds it."""
    for lines in docs.values():
        try:
            i = lines.index(s)
        except ValueError:
            continue
        before = [x for x in lines[max(0, i - CONTEXT_LINES):i] if x != s]
        after = [x for x in lines[i + 1:i + 1 + CONTEXT_LINES] if x != s]
        return "".join(x + "\n" for x in before), "".join("\n" + x for x in after), len(before)
    return None


def clean_sentences() -> list[str]:
    duties = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line).get("duty", "")
                if d:
                    duties.append(d)
    out = set(duties)
    for cfg in ("s2t", "s2tw", "s2hk", "s2twp"):
        conv = opencc.OpenCC(cfg)
        out.update(conv.convert(d) for d in duties)
    return sorted(out)


HOLE = "?"      # what a decoder leaves for an invalid pair; `--hole fffd` keeps U+FFFD


def _q(s: str) -> str:
    return s.replace("\ufffd", HOLE)


# ------------------------------------------------------------------ damage
# Each returns (damaged, lost) where lost = indexes of characters whose bytes are gone,
# or None when the damage cannot be applied to this sentence.

def gbk_slip(s: str, rng: random.Random):
    try:
        data = s.encode(GB)
    except UnicodeEncodeError:
        return None
    starts, pos = [], 0
    for i, c in enumerate(s):
        n = len(c.encode(GB))
        if n == 2:
            starts.append((i, pos))
        pos += n
    if not starts:
        return None
    ci, bi = rng.choice(starts)
    bi += rng.randrange(2)
    slipped = data[:bi] + data[bi + 1:]
    raw = slipped.decode(GB, errors="replace")
    # characters whose bytes the decoder turned into `?` are gone too (not only the one
    # that lost a byte): reported separately as "except-gone"
    gone, bpos = {ci}, 0
    for ch in raw:
        if ch == "\ufffd":
            orig = bpos + (1 if bpos >= bi else 0)
            gone.add(len(data[:orig].decode(GB, errors="ignore")))
            bpos += 1
        else:
            bpos += len(ch.encode(GB))
    return _q(raw), {ci}, gone


def _codec_misread(s: str, enc: str, dec: str):
    try:
        data = s.encode(enc)
    except UnicodeEncodeError:
        return None
    damaged = _q(data.decode(dec, errors="replace"))
    if damaged == s:
        return None
    # characters whose bytes fall where a `?` came out are lost
    lost, pos, spans = set(), 0, []
    for i, c in enumerate(s):
        n = len(c.encode(enc))
        spans.append((pos, pos + n, i))
        pos += n
    bpos = 0
    for ch in data.decode(dec, errors="replace"):
        if ch == "\ufffd":
            for a, b, i in spans:
                if a <= bpos < b:
                    lost.add(i)
            bpos += 1
        else:
            bpos += len(ch.encode(dec))
    return damaged, lost


def utf8_as_gbk(s, rng):
    return _codec_misread(s, "utf-8", GB)


def utf8_as_strict_gbk(s, rng):
    """UTF-8 read by a strict GBK decoder (Python's "gbk"): it rejects the pairs GB18030
    maps to private use, so more `?` and no private-use characters."""
    return _codec_misread(s, "utf-8", "gbk")


def big5_as_gbk(s, rng):
    return _codec_misread(s, "cp950", GB)


def big5_as_strict_gbk(s, rng):
    """Big5 read by a strict GBK decoder (Python's "gbk"): it rejects more pairs, and a
    rejected pair lets the next Big5 trail byte (0x40-0x7E) out as an ASCII letter."""
    return _codec_misread(s, "cp950", "gbk")


_T2S = opencc.OpenCC("t2s")


def gbk_as_big5(s, rng):
    """A GBK page read as Big5.  GBK pages are written in Simplified (Traditional sites use
    Big5), so Simplified sentences only; Traditional text in GBK is `gbk_trad_as_big5`."""
    if _T2S.convert(s) != s:
        return None
    return _codec_misread(s, GB, "cp950")


def gbk_trad_as_big5(s, rng):
    """Traditional text stored as GBK (its GBK/3 lead bytes are invalid in Big5: most
    characters become `?`) read as Big5: rare in the wild, the worst case for repair."""
    if _T2S.convert(s) == s:
        return None
    return _codec_misread(s, GB, "cp950")


def gbk_as_latin1(s, rng):
    try:
        data = s.encode(GB)
    except UnicodeEncodeError:
        return None
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out), set()


NAMED = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;",
         "&": "&amp;", "<": "&lt;", ">": "&gt;", " ": "&nbsp;"}


def entity(s, rng):
    idx = sorted(rng.sample(range(len(s)), min(len(s), rng.randint(1, 3))))
    out = list(s)
    for i in idx:
        c = s[i]
        if c in NAMED:
            out[i] = NAMED[c]
        elif rng.random() < 0.5:
            out[i] = f"&#{ord(c)};"
        else:
            out[i] = f"&#x{ord(c):x};"
    return "".join(out), set()


def fffd(s, rng):
    i = rng.randrange(len(s))
    return s[:i] + "\ufffd" + s[i + 1:], {i}


DAMAGE = {"gbk_slip": gbk_slip, "utf8_as_gbk": utf8_as_gbk, "gbk_as_latin1": gbk_as_latin1,
          "big5_as_gbk": big5_as_gbk, "gbk_as_big5": gbk_as_big5, "entity": entity,
          "fffd": fffd, "utf8_as_strict_gbk": utf8_as_strict_gbk,
          "big5_as_strict_gbk": big5_as_strict_gbk,
          "gbk_trad_as_big5": gbk_trad_as_big5}


# ------------------------------------------------------------------ scoring

def judge(clean: str, out: str, lost: set[int], gone: set[int] | None = None
          ) -> tuple[bool, bool, int, bool]:
    """(restored except at most one lost char, restored exactly, lost chars right,
    restored except characters whose bytes are gone)."""
    exact = out == clean
    right = sum(1 for i in lost if len(out) == len(clean) and out[i] == clean[i])
    if exact:
        return True, True, right, True
    if len(out) != len(clean):
        return False, False, right, False
    diff = [i for i, (a, b) in enumerate(zip(out, clean)) if a != b]
    return len(diff) == 1 and diff[0] in lost, False, right, set(diff) <= (gone or lost)


def badness_report(cases, clean: list[str]) -> None:
    """The detection score before any repair: how often clean text scores above 0 (false
    alarms, which the model comparison then has to reject) and damaged text scores 0
    (damage the detectors cannot see, so it is never repaired)."""
    scores = [badness(s).score for s in clean]
    nonzero = sum(1 for x in scores if x > 0)
    strong = sum(1 for x in scores if x >= 1)
    print(f"badness    clean              {len(clean)} sentences: score 0 for "
          f"{1 - nonzero / len(clean):.1%}, >= 1 for {strong}, mean {sum(scores) / len(scores):.3f}")
    for name, items in cases.items():
        sc = [badness(dmg).score for _, dmg, _, _ in items]
        seen = sum(1 for x in sc if x > 0)
        strong = sum(1 for x in sc if x >= 1)
        print(f"badness    {name:18s} {len(sc)} damaged: score > 0 {seen / len(sc):.1%}, "
              f">= 1 {strong / len(sc):.1%}, "
              f"median {sorted(sc)[len(sc) // 2]:.1f}")
    print()


def flag_report(cases) -> None:
    """How well `residual` (the pipeline's `residual_garble` flag) marks what repair did
    not restore, per damage type: share of not-exact sentences flagged (caught), and of
    exact ones (false alarms)."""
    parts = []
    for name, items in cases.items():
        wrong = wrong_f = right = right_f = 0
        for s, dmg, lost, gone in items:
            rep = analyze(dmg)
            flagged = bool(rep.residual)
            if judge(s, apply_edits(dmg, rep.edits), lost, gone)[1]:
                right, right_f = right + 1, right_f + flagged
            else:
                wrong, wrong_f = wrong + 1, wrong_f + flagged
        parts.append(f"  {name:18s} not exact {wrong:4d}, flagged {wrong_f / max(1, wrong):6.1%}"
                     f" | exact {right:4d}, flagged {right_f / max(1, right):5.1%}")
    print("dutyflow   residual_garble flags (caught | false alarms):")
    print("\n".join(parts))
    clean = clean_sentences()
    print(f"  {'clean':18s} flagged {sum(1 for s in clean if analyze(s).residual)} of {len(clean)}")


def _in_context(fix, docs: dict[str, list[str]]):
    """`fix` applied to the damaged sentence inside its document; returns the repaired line
    and counts edits made to the clean lines around it."""
    def run(dmg: str, clean: str | None = None) -> str:
        placed = in_document(clean, docs) if clean is not None else None
        if placed is None:
            return fix(dmg)
        before, after, idx = placed
        run.calls += 1
        lines = fix(before + dmg + after).split("\n")
        want = (before + "\0" + after).split("\n")
        if len(lines) != len(want):
            run.context_edits += 1
            return "\0lines changed"
        run.context_edits += sum(1 for j, (a, b) in enumerate(zip(lines, want))
                                 if j != idx and a != b)
        return lines[idx]
    run.calls = 0
    run.context_edits = 0
    return run


def draw(clean: list[str], damage, rng: random.Random, n: int
         ) -> list[tuple[str, str, set[int], set[int]]]:
    """Up to `n` (clean, damaged, lost, gone) cases: the clean sentences of 4+ characters in
    `rng`'s order, each damaged once, skipping those the damage cannot apply to."""
    pool = [s for s in clean if len(s) >= 4]
    rng.shuffle(pool)
    got = []
    for s in pool:
        r = damage(s, rng)
        if r is None or r[0] == s:
            continue
        got.append((s, r[0], r[1], r[2] if len(r) > 2 else r[1]))
        if len(got) >= n:
            break
    return got


def repairers():
    out = {"nothing": lambda s: s}
    try:
        import ftfy

        out["ftfy"] = ftfy.fix_text
    except ImportError:
        print("ftfy not installed: skipped", file=sys.stderr)
    out["dutyflow"] = repair_mojibake
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-type", type=int, default=400, help="damaged sentences per type")
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--types", default=",".join(DAMAGE), help="comma-separated damage types")
    ap.add_argument("--no-ftfy", action="store_true", help="skip the ftfy baseline")
    ap.add_argument("--hole", choices=("?", "fffd"), default="?",
                    help="mark for invalid pairs: `?` as in the corpus, or U+FFFD as Python "
                         "(and the pipeline's own decoder) leaves it")
    ap.add_argument("--context", choices=("sentence", "document"), default="sentence",
                    help="repair each damaged sentence alone (default), or as one line among "
                         f"the clean lines of its gold document (up to {CONTEXT_LINES} either "
                         "side, other copies of it left out), as damage meets it in a page")
    args = ap.parse_args(argv)
    global HOLE
    HOLE = "?" if args.hole == "?" else "\ufffd"
    if not GOLD.exists():
        print(f"no gold set at {GOLD}", file=sys.stderr)
        return 2
    load()
    clean = clean_sentences()
    rng = random.Random(args.seed)
    cases: dict[str, list[tuple[str, str, set[int], set[int]]]] = {}
    for name, fn in DAMAGE.items():
        if name in args.types.split(","):
            cases[name] = draw(clean, fn, rng, args.per_type)
    print(f"clean sentences: {len(clean)} (gold duties, Simplified + s2t + s2tw + s2hk + s2twp, distinct)")
    print(f"damaged: {', '.join(f'{k} {len(v)}' for k, v in cases.items())}\n")
    badness_report(cases, clean)
    header = f"{'repairer':10s} {'damage':18s} {'n':>5s} {'except-lost':>11s} {'exact':>7s} " \
             f"{'lost-right':>10s} {'except-gone':>11s} {'sec':>6s}"
    print(header)
    print("-" * len(header))
    docs = gold_documents() if args.context == "document" else {}
    context_edits = 0
    for rname, fix in repairers().items():
        if args.no_ftfy and rname == "ftfy":
            continue
        if docs:
            fix = _in_context(fix, docs)
        tot_n = tot_ok = tot_ex = tot_lost = tot_right = tot_gone = 0
        for dname, items in cases.items():
            t0 = time.perf_counter()
            ok = ex = lost_n = right = gone_ok = 0
            for s, dmg, lost, gone in items:
                out = fix(dmg, s) if docs else fix(dmg)
                a, b, r, g = judge(s, out, lost, gone)
                ok += a
                ex += b
                lost_n += len(lost)
                right += r
                gone_ok += g
            dt = time.perf_counter() - t0
            n = len(items)
            lr = f"{right / lost_n:.1%}" if lost_n else "-"
            print(f"{rname:10s} {dname:18s} {n:5d} {ok / n:11.1%} {ex / n:7.1%} {lr:>10s} "
                  f"{gone_ok / n:11.1%} {dt:6.1f}")
            tot_n += n
            tot_ok += ok
            tot_ex += ex
            tot_lost += lost_n
            tot_right += right
            tot_gone += gone_ok
        if rname == "dutyflow" and not docs:
            flag_report(cases)
        if docs:
            print(f"{rname:10s} edits to the clean lines around the damaged one: "
                  f"{fix.context_edits} (in {fix.calls} documents)")
        t0 = time.perf_counter()
        edited = sum(1 for s in clean if fix(s) != s)
        dt = time.perf_counter() - t0
        print(f"{rname:10s} {'ALL damaged':14s} {tot_n:5d} {tot_ok / tot_n:11.1%} "
              f"{tot_ex / tot_n:7.1%} {tot_right / max(1, tot_lost):10.1%} {tot_gone / tot_n:11.1%}")
        print(f"{rname:10s} {'CLEAN edited':14s} {len(clean):5d} {edited:11d} {'':7s} {'':10s} {dt:6.1f}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
