"""The Parquet files: explicit schema, every DESIGN.md column, atomic replacement."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.dataset import write_dataset
from pipeline.schema import documents_schema, duties_schema

DESIGN_DUTY_COLUMNS = ["row_id", "doc_id", "source", "role", "role_raw", "section", "seq", "duty",
                       "duty_raw", "tokens", "repairs", "flags", "char_start", "char_end"]
DESIGN_DOC_COLUMNS = ["doc_id", "source", "encoding", "status", "error", "n_rows"]


def _row(**over):
    row = {"row_id": "d1-00001", "doc_id": "d1", "source": "a.txt", "role": "销售顾问",
           "role_raw": "銷售顧問崗位職責", "section": "duty", "seq": 1, "duty": "负责接待客户",
           "duty_raw": "負責接待客戶", "tokens": ["负责", "接待", "客户"], "repairs": ["t2s"],
           "flags": [], "char_start": 10, "char_end": 16}
    row.update(over)
    return row


def _doc(**over):
    doc = {"doc_id": "d1", "source": "a.txt", "encoding": "utf-8", "status": "ok", "error": None,
           "n_rows": 1}
    doc.update(over)
    return doc


def test_schema_has_every_design_column():
    assert set(DESIGN_DUTY_COLUMNS) <= set(duties_schema().names)
    assert set(DESIGN_DOC_COLUMNS) <= set(documents_schema().names)
    assert duties_schema().field("tokens").type == pa.list_(pa.string())


def test_written_files_have_the_explicit_schema(tmp_path):
    write_dataset([_row()], [_doc(), _doc(doc_id="d2", source="bad.bin", status="failed",
                                          error="undecodable: binary", encoding=None, n_rows=0)],
                  tmp_path)
    duties = pq.read_table(tmp_path / "duties.parquet")
    docs = pq.read_table(tmp_path / "documents.parquet")
    assert duties.schema.equals(duties_schema(), check_metadata=False)
    assert docs.schema.equals(documents_schema(), check_metadata=False)
    row = duties.to_pylist()[0]
    assert row["tokens"] == ["负责", "接待", "客户"] and row["role_raw"] == "銷售顧問崗位職責"
    assert [d["status"] for d in docs.to_pylist()] == ["ok", "failed"]


def test_empty_run_still_writes_typed_files(tmp_path):
    write_dataset([], [], tmp_path)
    assert pq.read_table(tmp_path / "duties.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "duties.parquet").schema.equals(duties_schema(), check_metadata=False)


def test_failed_write_leaves_previous_files_intact(tmp_path):
    write_dataset([_row()], [_doc()], tmp_path)
    before = (tmp_path / "duties.parquet").read_bytes()
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError, TypeError)):
        write_dataset([_row(seq="not a number")], [_doc()], tmp_path)
    assert (tmp_path / "duties.parquet").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet", "duties.parquet"]


def test_readme_documents_every_column():
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in duties_schema().names + documents_schema().names:
        assert f"`{name}`" in readme, f"README's data dictionary lacks {name}"
