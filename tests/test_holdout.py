"""Held-out generalisation sets: documents written for the project, unlike the corpus.

Why: the segmentation rules were developed on four corpus documents; held-out pages (other
industries, other site types, every encoding) tell whether the rules generalise.  Two sets:
- holdout (tests/fixtures/holdout): sixteen pages.  Measured at creation: duty F1 0.808,
  all-sections F1 0.774.  It has since been used to tune the rules, so it no longer measures
  generalisation; its floors guard what was reached.
- holdout2 (tests/fixtures/holdout2): twelve pages (new industries and layouts, every encoding)
  written, with their gold rows, before the pipeline was run on them.  Measured at creation:
  duty F1 0.727, all-sections F1 0.703.  Raising the score by editing rules while looking at
  these documents would spend the set: keep it as a measure, not a target.
- holdout3 (tests/fixtures/holdout3): fourteen pages (new industries, page types, GB18030, a
  BOM, a lying meta charset and issue-4 damage) written, with their gold rows, before the
  pipeline was run on them.  Measured at creation: duty F1 0.671, all-sections F1 0.675;
  since used to tune the rules (now 0.993 / 0.994).
- holdout4 (tests/fixtures/holdout4): fourteen pages (job-board posts, a 事业单位 notice,
  Word outlines, nested lists, a Taiwan Big5 page, UTF-16-LE without BOM, a bilingual JD…)
  written, with their gold rows, by someone who never ran the pipeline on them, scored once
  untouched: duty F1 0.489, all-sections F1 0.448 (first_run.txt); since used to tune the
  rules (now 1.000 / 0.997).
- holdout5 (tests/fixtures/holdout5): twelve pages (Excel 岗位说明书 table, government notice
  levels, double-escaped entities, Discuz thread, GBK slip in CRLF text, Big5-HKSCS, GB18030,
  lying meta, UTF-16-BE, pinyin, UTF-8 read as GBK) written the same way and scored once
  untouched: duty F1 0.654, all-sections F1 0.632 (first_run.txt; one page crashed the process
  before the HTML fix); since used to tune the rules (now 1.000 / 1.000).
- holdout6 (tests/fixtures/holdout6): twelve pages (51job post, 管理制度 chapter with a GBK slip,
  WeChat article, doc-share page with a Big5-misread paragraph, <dl> role list, sidebar page,
  Q&A, PDF dump, Taiwan 104 post, Big5 civil-service duties, UTF-16-LE with pinyin, entities)
  written after every fix of session 3 and scored once: duty F1 0.691, all-sections 0.628
  (first_run.txt).  Nobody has tuned on it, but its diff was read once (session 4, two pages
  scoring 0 had lost their role), so it is no longer strictly unseen; its floors only catch a
  collapse.
- holdout7, holdout9, holdout10, holdout11, holdout12 (session 4): twelve pages each (job-bank
  posts, 公告 tables, ISO chapters, Markdown, forum threads, JSON-LD, OCR letter spacing,
  two-copy pages, HK government Big5-HKSCS, Confluence, e-mail, 岗位责任制, bilingual ads,
  space-aligned PDF tables, <textarea>, BBCode, wiki markup, 首先/其次 lists, …) scored once
  untouched: duty F1 0.875 / 0.605 / 0.689 / 0.872 / 0.854 (first_run.txt); since used to tune
  the rules.
- holdout13 (session 5): twelve pages (58同城 listing with UTF-8 read as GBK, GBK notices with
  byte slips, WeChat <section> soup in GB18030 under a gb2312 label, Big5 PDF dump, Markdown
  with BOM, Word HTML with numeric references, 岗位说明书 table, two columns in UTF-16-LE, forum
  with pinyin, Big5 read as GBK in a Q&A page, social post) scored once untouched: duty F1
  0.817, all-sections 0.804 (first_run.txt); since used to tune the rules.
- holdout14 (session 5): twelve pages (recruitment notice with a flattened table and a slip,
  app copy, 岗位说明书 in GB18030, intranet nested lists, old ASP page in GBK, mini-program page
  with UTF-8 read as GBK, Word rules with tabs, CSV export in UTF-16-LE, chat export with Big5
  read as GBK, Big5 contract annex, slide viewer, pinyin poster) written by someone who never
  ran the pipeline and scored once after all of the session's other work: duty F1 0.681,
  all-sections 0.630 (first_run.txt); since used to tune the rules.
- holdout8 (tests/fixtures/holdout8): twelve pages (Taiwan job bank in Big5, JobsDB bilingual,
  拉勾 post, 职位说明书 form with a GBK slip, GB18030 handbook with 4-byte characters, GBK table,
  Zhihu answer, PDF dump, blog with UTF-8 read as GBK, UTF-16-LE, CRLF GBK with pinyin, numeric
  references) written in session 4 by someone who never ran the pipeline, and scored once, at
  the end of the session, after all of its work: duty F1 0.849, all-sections 0.840
  (first_run.txt).  UNTOUCHED: nobody has read its diff or tuned on it.  Keep it that way; its
  floors only catch a collapse.
The floors sit below what was measured, so a change that makes unseen pages worse fails here
even when the corpus score holds.  Scores: `bench/score_holdout.py --set holdout|holdout2|…|holdout14`.
"""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SCORER = REPO.parent / "shared" / "eval" / "score.py"

# the codec a document was written in → the names a correct decoder may report for it
FAMILIES = {"gbk": {"gb18030", "gbk", "gb2312"}, "big5": {"cp950", "big5", "big5hkscs"},
            "utf-8": {"utf-8", "utf-8-sig"}, "utf-16": {"utf-16", "utf-16-le", "utf-16-be"},
            "gb18030": {"gb18030"}, "big5hkscs": {"big5hkscs"}}


@dataclass(frozen=True)
class HeldOut:
    name: str
    duty_f1_floor: float
    all_f1_floor: float
    label: str          # how failure messages name the set

    @property
    def docs(self) -> Path:
        return FIXTURES / self.name / "docs"

    @property
    def gold(self) -> Path:
        return FIXTURES / self.name / "gold"


HOLDOUT = HeldOut("holdout", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out")
HOLDOUT2 = HeldOut("holdout2", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-2")
HOLDOUT3 = HeldOut("holdout3", duty_f1_floor=0.95, all_f1_floor=0.95, label="held-out-3")
HOLDOUT4 = HeldOut("holdout4", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-4")
HOLDOUT5 = HeldOut("holdout5", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-5")
HOLDOUT6 = HeldOut("holdout6", duty_f1_floor=0.60, all_f1_floor=0.55, label="held-out-6")
HOLDOUT7 = HeldOut("holdout7", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-7")
HOLDOUT9 = HeldOut("holdout9", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-9")
HOLDOUT10 = HeldOut("holdout10", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-10")
HOLDOUT11 = HeldOut("holdout11", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-11")
HOLDOUT12 = HeldOut("holdout12", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-12")
HOLDOUT13 = HeldOut("holdout13", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-13")
HOLDOUT14 = HeldOut("holdout14", duty_f1_floor=0.97, all_f1_floor=0.96, label="held-out-14")
HOLDOUT8 = HeldOut("holdout8", duty_f1_floor=0.80, all_f1_floor=0.78, label="held-out-8 (untouched)")
SETS = [HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6, HOLDOUT7, HOLDOUT8, HOLDOUT9,
        HOLDOUT10, HOLDOUT11, HOLDOUT12, HOLDOUT13, HOLDOUT14]
# sets whose generators tests/test_holdout_generators.py re-runs (write_docs / write_gold)
GENERATOR_CHECKED = {"holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                     "holdout10", "holdout11", "holdout12", "holdout13", "holdout14"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _load("holdout_bench", REPO / "bench" / "score_holdout.py")


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.name)
def held(request) -> HeldOut:
    return request.param


@pytest.fixture(scope="module")
def make_docs(held):
    return _load(f"{held.name}_make_docs", FIXTURES / held.name / "make_docs.py")


_runs: dict[str, tuple[list[dict], dict[str, dict]]] = {}


def _run(bench, held: HeldOut) -> tuple[list[dict], dict[str, dict]]:
    """(rows, documents by name) of the real per-document function over a set, once per set."""
    if held.name not in _runs:
        _runs[held.name] = bench.run_pipeline(held.docs)
    return _runs[held.name]


@pytest.fixture(scope="module")
def run(bench, held):
    return _run(bench, held)


@pytest.mark.parametrize("name", [s.name for s in SETS if s.name not in GENERATOR_CHECKED])
def test_committed_docs_are_what_the_generator_writes(name):
    """The committed bytes are the generator's output: an edited text is regenerated.  (Sets
    with a `write_docs` are checked by tests/test_holdout_generators.py instead.)"""
    make_docs = _load(f"{name}_make_docs_gen", FIXTURES / name / "make_docs.py")
    docs = FIXTURES / name / "docs"
    assert sorted(p.name for p in docs.iterdir()) == sorted(make_docs.DOCS)
    for doc, (text, codec, traditional, pinyin) in make_docs.DOCS.items():
        expected = make_docs.encode(make_docs.render(text, traditional, pinyin), codec)
        assert (docs / doc).read_bytes() == expected, doc


def test_holdout2_carries_the_damage_it_claims():
    """Byte slips, pinyin and Traditional text really are in the bytes (not lost by a refactor)."""
    docs = HOLDOUT2.docs
    slipped = (docs / "a10_security_slip_gbk.txt").read_bytes().decode("gbk")
    assert "?" in slipped and "确保各岗位" not in slipped
    assert "(zé)" in (docs / "a09_archive_pinyin_utf8.txt").read_text(encoding="utf-8")
    assert "職責" in (docs / "a06_law_forum_big5.txt").read_bytes().decode("cp950")
    assert (docs / "a08_farm_coop_utf16.txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_every_document_has_gold_rows(held, make_docs):
    docs_with_gold = set()
    for path in held.gold.glob("*.jsonl"):
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
        assert rows, path.name
        assert {r["doc"] for r in rows} == {path.stem + Path(rows[0]["doc"]).suffix}
        assert all(r["section"] in ("duty", "summary", "requirement", "authority") for r in rows)
        assert all(r["line"] >= 1 for r in rows if r["doc"].endswith(".txt"))
        docs_with_gold.add(rows[0]["doc"])
    assert docs_with_gold == set(make_docs.DOCS)


def test_each_document_decodes_in_the_encoding_it_was_written_in(make_docs, run):
    _, documents = run
    wrong = {name: documents[name].get("encoding")
             for name, codec in make_docs.ENCODINGS.items()
             if documents[name].get("encoding") not in FAMILIES[codec]}
    assert not wrong, f"decoded in the wrong encoding: {wrong}"


def test_holdout_lying_meta_charset_is_overruled(bench):
    """The page declares utf-8 but its bytes are GBK: the bytes win."""
    _, documents = _run(bench, HOLDOUT)
    doc = documents["h04_software_job_meta_lies_gbk.html"]
    assert doc["declared_charset"].lower() == "utf-8"
    assert doc["encoding"] in FAMILIES["gbk"]


def test_every_document_is_processed(run):
    """Each page ends with status ok, never a crash; unprocessable pages would say why."""
    _, documents = run
    assert {n: d["status"] for n, d in documents.items() if d["status"] != "ok"} == {}


def test_f1_stays_above_the_floor(held, bench, run):
    if not SCORER.exists():
        pytest.skip(f"scorer absent: {SCORER}")
    rows, _ = run
    report = bench.score(rows, held.docs, held.gold)
    duty, every = report["duty"]["f1"], report["all_sections"]["f1"]
    assert duty >= held.duty_f1_floor, f"{held.label} duty F1 {duty:.3f} < {held.duty_f1_floor}"
    assert every >= held.all_f1_floor, \
        f"{held.label} all-sections F1 {every:.3f} < {held.all_f1_floor}"
