"""Explicit Arrow schemas of the dataset: what analysts load, column by column.

The column docs below are the data dictionary; the README's table is generated from the same
words.  Parquet files are always written with these schemas, so an empty run still yields
typed, loadable files.
"""
from __future__ import annotations

import pyarrow as pa

_list = pa.list_(pa.string())

DUTY_FIELDS: list[pa.Field] = [
    pa.field("row_id", pa.string(), False, {"doc": "unique row id: <doc_id>-<n>"}),
    pa.field("doc_id", pa.string(), False, {"doc": "id of the document (hash of its source)"}),
    pa.field("source", pa.string(), False, {"doc": "URL or path of the document, as given"}),
    pa.field("role", pa.string(), False, {"doc": "job title, Simplified, decorations removed; '' if none"}),
    pa.field("role_raw", pa.string(), False, {"doc": "the role heading as written in the document"}),
    pa.field("role_canonical", pa.string(), False, {"doc": "role without employer prefixes (汽车4S店销售经理 → 销售经理)"}),
    pa.field("section", pa.string(), False, {"doc": "duty | summary | requirement | authority | other"}),
    pa.field("group", pa.string(), False, {"doc": "sub-heading inside the role's list ('' if none)"}),
    pa.field("seq", pa.int32(), False, {"doc": "1-based position of the item within its role and section"}),
    pa.field("duty", pa.string(), False, {"doc": "the cleaned item text (Simplified, no marker, repaired)"}),
    pa.field("duty_raw", pa.string(), False, {"doc": "the item text as in the document, marker removed"}),
    pa.field("tokens", _list, False, {"doc": "jieba tokens of duty"}),
    pa.field("repairs", _list, False, {"doc": "fixes applied to this item (pinyin, t2s, mojibake:…)"}),
    pa.field("flags", _list, False, {"doc": "doubts about this item (residual_garble, truncated, …)"}),
    pa.field("char_start", pa.int64(), False, {"doc": "offset of the item in the document's decoded text"}),
    pa.field("char_end", pa.int64(), False, {"doc": "end offset (exclusive) in the decoded text"}),
]

DOCUMENT_FIELDS: list[pa.Field] = [
    pa.field("doc_id", pa.string(), False, {"doc": "id of the document (hash of its source)"}),
    pa.field("source", pa.string(), False, {"doc": "URL or path, as given"}),
    pa.field("content_sha256", pa.string(), True, {"doc": "sha256 of the raw bytes (null if unreadable)"}),
    pa.field("bytes", pa.int64(), True, {"doc": "size of the raw document"}),
    pa.field("kind", pa.string(), True, {"doc": "html | text"}),
    pa.field("encoding", pa.string(), True, {"doc": "codec the text was decoded with"}),
    pa.field("encoding_method", pa.string(), True, {"doc": "how it was chosen: bom | http | meta | detected"}),
    pa.field("declared_charset", pa.string(), True, {"doc": "charset the server or page declared, if any"}),
    pa.field("title", pa.string(), True, {"doc": "page title (HTML) or first line (text)"}),
    pa.field("status", pa.string(), False, {"doc": "ok | no_rows | failed"}),
    pa.field("error", pa.string(), True, {"doc": "why the document failed: '<stage>: <reason>'"}),
    pa.field("n_rows", pa.int32(), False, {"doc": "rows this document gave"}),
    pa.field("n_dropped", pa.int32(), False, {"doc": "text blocks that gave no row (listed in dropped.parquet)"}),
    pa.field("seconds", pa.float64(), True, {"doc": "processing time of this document"}),
]


DROPPED_FIELDS: list[pa.Field] = [
    pa.field("doc_id", pa.string(), False, {"doc": "document the block is in"}),
    pa.field("source", pa.string(), False, {"doc": "URL or path, as given"}),
    pa.field("char_start", pa.int64(), False, {"doc": "offset of the block in the decoded text; "
                                                       "-1: left out by HTML extraction, so not in it"}),
    pa.field("char_end", pa.int64(), False, {"doc": "end offset (exclusive); -1 as char_start"}),
    pa.field("text", pa.string(), False, {"doc": "the block as segmentation saw it (cleaned)"}),
    pa.field("reason", pa.string(), False, {"doc": "why it gave no row (reporting line, chatter, no role, …)"}),
]


def dropped_schema() -> pa.Schema:
    return pa.schema(DROPPED_FIELDS)


def duties_schema() -> pa.Schema:
    """Base columns plus dedupe's (kept in pipeline/dedupe.py beside their logic)."""
    from pipeline.dedupe import ROW_FIELDS

    return pa.schema(DUTY_FIELDS + ROW_FIELDS)


def documents_schema() -> pa.Schema:
    from pipeline.dedupe import DOC_FIELDS

    return pa.schema(DOCUMENT_FIELDS + DOC_FIELDS)
