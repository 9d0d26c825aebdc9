"""The real corpus, scored by the shared scorer: the segmentation targets of issue 3."""
import importlib.util
from pathlib import Path

import pytest

from parsers.duties import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS, GOLD, SCORER = SHARED / "corpus", SHARED / "gold", SHARED / "eval" / "score.py"


@pytest.fixture(scope="module")
def report():
    if not (CORPUS.is_dir() and GOLD.is_dir() and SCORER.exists()):
        pytest.skip("../shared corpus, gold or scorer not present")
    spec = importlib.util.spec_from_file_location("dutyflow_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    predicted = {}
    for path in sorted(CORPUS.glob("*.txt")):
        predicted[path.name] = [{"role": r.role, "section": r.section, "duty": r.duty, "char_start": r.char_start}
                                for r in extract(path.read_text(encoding="utf-8"))]
    return scorer.score(predicted, scorer.load_gold(GOLD))


def test_duty_f1_meets_target(report):
    assert report["duty"]["f1"] >= 0.95, report["duty"]


def test_all_sections_f1_meets_target(report):
    assert report["all_sections"]["f1"] >= 0.90, report["all_sections"]


def test_every_document_is_reasonable(report):
    for doc, entry in report["documents"].items():
        assert entry["duty"]["f1"] >= 0.85, (doc, entry["duty"])
