"""Every held-out set's committed documents and gold are exactly what its generators write.

Why: a set is scored by its committed bytes; if a generator (or tests/fixtures/holdout_kit.py,
which they share) changed without the files being regenerated, or the files were edited by
hand, the set would silently measure something else.  One check for every set that has both
generators with an output folder argument; each set's own fixture tests check its encodings
and damage.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = ("holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
        "holdout11", "holdout12", "holdout13", "holdout14")


def _load(set_name: str, module: str):
    spec = importlib.util.spec_from_file_location(f"{set_name}_gen_{module}",
                                                  FIXTURES / set_name / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def _same_files(committed: Path, written: Path, pattern: str) -> None:
    names = sorted(p.name for p in written.glob(pattern))
    assert names and names == sorted(p.name for p in committed.glob(pattern))
    for name in names:
        assert (committed / name).read_bytes() == (written / name).read_bytes(), name


@pytest.mark.parametrize("set_name", SETS)
def test_committed_docs_are_what_the_generator_writes(set_name, tmp_path):
    _load(set_name, "make_docs").write_docs(tmp_path)
    _same_files(FIXTURES / set_name / "docs", tmp_path, "*")


@pytest.mark.parametrize("set_name", SETS)
def test_committed_gold_is_what_the_generator_writes(set_name, tmp_path):
    _load(set_name, "make_gold").write_gold(tmp_path)
    _same_files(FIXTURES / set_name / "gold", tmp_path, "*")
