"""Regenerate `normalize/data/charlm.txt.gz`, the character model mojibake repair scores with.

Why derived, not shipped raw: jieba's dictionary (word → frequency) is already installed and
is a fair sample of modern Chinese vocabulary; counting characters and in-word character
bigrams weighted by word frequency gives a usable character model in a few MB.  OpenCC s2t
adds the same counts for the Traditional spelling of each word, so Traditional text is as
plausible as Simplified.  No corpus or gold text is used (those are what we evaluate on).

jieba's counts are general language: in job-duty text they prefer 经历 to 经理, 流出 to 流程,
家伙 to 计划.  So a share of the model's mass (DOMAIN_WORD_SHARE of the words, DOMAIN_CHAR_SHARE
of the characters and character pairs) comes from `data/domain/*.txt`: job-posting text the
team wrote for this purpose, without looking at the corpus or gold (see its README).

Run: .venv/bin/python -m normalize.build_charmodel
"""
from __future__ import annotations

import gzip
import os
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "charlm.txt.gz"
DOMAIN = Path(__file__).resolve().parent / "data" / "domain"
DOMAIN_WORD_SHARE = 0.3     # share of the word model's mass that in-domain text gets
DOMAIN_CHAR_SHARE = 0.2     # ...and of the character and character-pair counts
NEW_WORD_MIN = 3            # a word jieba's dictionary lacks (工单 话术 运维) counts from this many uses
MIN_BIGRAM = 5          # bigram counts below this are dropped (size; they add little)
MIN_WORD = 5            # same for whole words (the word model used to settle close calls)


# jieba's part-of-speech tags of the function words a line does not end on: structural
# particles (的 地 得 着 过), conjunctions (和 并 或), prepositions (在 对 按), adverbs (也 都 将).
# 了 (ul) is left out: prose does end on it.
NO_END_TAGS = frozenset({"uj", "uv", "ud", "uz", "ug", "c", "p", "d", "v"})


def _dict_entries() -> list[tuple[str, int, str]]:
    """jieba's dictionary: (word, frequency, part-of-speech tag)."""
    import jieba

    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            out.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return out


def domain_lines(folder: Path = DOMAIN) -> list[str]:
    """The in-domain text, one item per line (blank lines dropped)."""
    out: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        out.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip())
    return out


def domain_counts(lines: list[str], spellings: list) -> tuple[Counter, Counter, Counter]:
    """(words, character pairs, characters) counted in running text, in every spelling.

    `spellings`: converters (OpenCC objects) giving the other scripts of a line; a spelling
    of another length is a phrase rewrite and is skipped, one equal to another is counted
    once (as the dictionary's spellings are).  Words are words of two or more Han characters
    as jieba segments the text: its dictionary's, and the ones its HMM finds that the
    dictionary lacks (工单 话术 运维: the trade's own vocabulary) once the text uses them
    NEW_WORD_MIN times (fewer are mostly segmentation slips: 感强 in 责任感强).  Pairs are
    every two adjacent Han characters, across word boundaries too, which the dictionary
    cannot give (客户投诉: 户投)."""
    import jieba

    jieba.dt.check_initialized()
    known = jieba.dt.FREQ
    found: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for line in lines:
        # words from the line as written (Simplified: jieba's dictionary and HMM are), each
        # then spelt like the dictionary's words; pairs and characters from every spelling
        found.update(w for w in jieba.lcut(line, HMM=True)
                     if len(w) >= 2 and all(_han(c) for c in w))
        for form in _forms(line, spellings):
            for a, b in zip(form, form[1:]):
                if _han(a) and _han(b):
                    pairs[a + b] += 1
            chars.update(c for c in form if _han(c))
    words: Counter[str] = Counter()
    for w, n in found.items():
        if w in known or n >= NEW_WORD_MIN:
            for form in _forms(w, spellings):
                words[form] += n
    return words, pairs, chars


def _forms(text: str, spellings: list) -> set[str]:
    """`text` and its spellings of the same length (another length is a phrase rewrite)."""
    return {text} | {f for conv in spellings for f in [conv.convert(text)] if len(f) == len(text)}


def mix(base: dict[str, int], dom: dict[str, int], share: float) -> dict[str, int]:
    """Counts whose total is `share` in-domain: P = (1 - share) P_base + share P_dom."""
    nb, nd = sum(base.values()), sum(dom.values())
    if share <= 0 or not nd:
        return dict(base)
    scale = share / (1.0 - share) * nb / nd
    out = dict(base)
    for k, v in dom.items():
        out[k] = out.get(k, 0) + round(scale * v)
    return out


def build() -> dict:
    import opencc

    entries = _dict_entries()
    words = [(w, f) for w, f, _ in entries]
    tags = {w: t for w, _, t in entries}
    conv = opencc.OpenCC("s2t")
    joined = "\n".join(w for w, _ in words)
    trad = conv.convert(joined).split("\n")
    # Taiwan and Hong Kong standard forms too (為 眾 說 衞, where OpenCC's s2t writes
    # 爲 衆 說 衛): pages use them, and without them they look as rare as garble
    regional = [opencc.OpenCC(cfg).convert(joined).split("\n") for cfg in ("s2tw", "s2hk")]
    # each word's spellings of the same length (a conversion that changes the length is a
    # phrase rewrite, not a spelling)
    spellings = [{form for form in (w, *variants) if len(form) == len(w)}
                 for (w, _), *variants in zip(words, trad, *regional)]
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for (w, f), forms in zip(words, spellings):
        for form in forms:
            for c in form:
                uni[c] += f
            for a, b in zip(form, form[1:]):
                bi[a + b] += f
    # Only Han characters are scored from counts: letters, digits and symbols in the
    # dictionary (AT&T, B超) would otherwise make ASCII look rare and garbage look fine.
    uni = Counter({c: n for c, n in uni.items() if _han(c)})
    bi = Counter({k: v for k, v in bi.items() if v >= MIN_BIGRAM and _han(k[0]) and _han(k[1])})
    convs = [conv] + [opencc.OpenCC(cfg) for cfg in ("s2tw", "s2hk")]
    dom_words, dom_pairs, dom_chars = domain_counts(domain_lines(), convs)
    uni = Counter(mix(uni, dom_chars, DOMAIN_CHAR_SHARE))
    bi = Counter(mix(bi, dom_pairs, DOMAIN_CHAR_SHARE))
    left: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for ab, n in bi.items():
        left[ab[0]] += n
        types[ab[0]] += 1
    wf: Counter[str] = Counter()
    for (w, f), forms in zip(words, spellings):
        if f >= MIN_WORD and all(_han(c) for c in w):
            for form in forms:
                wf[form] += f
    wf = Counter(mix(wf, dom_words, DOMAIN_WORD_SHARE))
    # characters only one script uses: a repair should not put 裏 into a Simplified line
    t2s = opencc.OpenCC("t2s")
    chars = sorted(uni)
    simp_of = t2s.convert("\n".join(chars)).split("\n")
    trad_of = conv.convert("\n".join(chars)).split("\n")
    trad_only = {c: 1 for c, s_ in zip(chars, simp_of) if s_ != c}
    simp_only = {c: 1 for c, t_ in zip(chars, trad_of) if t_ != c}
    # single-character function words, in every spelling: a line does not end on them
    no_end = {form: 1 for (w, _), forms in zip(words, spellings) if len(w) == 1
              and tags.get(w) in NO_END_TAGS for form in forms}
    return {"unigram": dict(uni), "bigram": dict(bi), "left": dict(left),
            "types": dict(types), "words": dict(wf), "trad_only": trad_only,
            "simp_only": simp_only, "no_end": no_end}


def _han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def dumps(model: dict[str, dict[str, int]]) -> str:
    """One line per table: `name<TAB>key<NUL>count<NUL>key<NUL>count...` (fast to split)."""
    lines = []
    for name, table in model.items():
        flat = []
        for k, v in sorted(table.items()):
            flat.append(k)
            flat.append(str(v))
        lines.append(name + "\t" + "\0".join(flat))
    return "\n".join(lines) + "\n"


def main() -> None:
    model = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same tables give the same bytes, so a rebuild shows no change in git
    OUT.write_bytes(gzip.compress(dumps(model).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(model['unigram'])} chars, {len(model['bigram'])} bigrams, "
          f"{len(model['words'])} words, {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
