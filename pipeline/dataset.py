"""Rows → typed Parquet files, written atomically.

Each file is written to a temporary name in the target folder and moved into place with
`os.replace`, so a run that crashes half-way leaves the previous dataset intact and readers
never see a half-written file.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.atomic import replacing
from pipeline.schema import documents_schema, duties_schema


def to_table(frame: pd.DataFrame | list[dict], schema: pa.Schema) -> pa.Table:
    """Conform rows to `schema`: missing columns become nulls, extra columns are dropped.

    Pandas' missing values (NaN, None, NA) become nulls; a null in a non-nullable column
    becomes the type's empty value ('' / [] / 0 / False), so readers never meet a NaN role.
    """
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame.from_records(frame, columns=schema.names) if frame else pd.DataFrame(columns=schema.names)
    columns = {}
    n = len(frame)
    for f in schema:
        if f.name in frame.columns:
            values = [None if _missing(v) else v for v in frame[f.name].tolist()]
        else:
            values = [None] * n
        if not f.nullable:
            values = [_default(f.type) if v is None else v for v in values]
        columns[f.name] = pa.array(values, type=f.type)
    return pa.Table.from_pydict(columns, schema=schema)


def _missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and value != value


def _default(kind: pa.DataType):
    if pa.types.is_list(kind):
        return []
    if pa.types.is_string(kind):
        return ""
    if pa.types.is_boolean(kind):
        return False
    return 0


def write_atomic(table: pa.Table, path: Path) -> Path:
    """Write `table` to `path` so the file is either the old one or the complete new one."""
    with replacing(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    return path


def write_dataset(duties: pd.DataFrame | list[dict], documents: pd.DataFrame | list[dict],
                  out_dir: Path) -> tuple[Path, Path]:
    """Write duties.parquet and documents.parquet into `out_dir` with the explicit schemas."""
    out_dir = Path(out_dir)
    duties_table = to_table(duties, duties_schema())
    documents_table = to_table(documents, documents_schema())
    return (write_atomic(duties_table, out_dir / "duties.parquet"),
            write_atomic(documents_table, out_dir / "documents.parquet"))

