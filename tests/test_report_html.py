"""write_report / summary_markdown: figures match the Parquet; the page needs no network."""
from __future__ import annotations

import re

import pyarrow.parquet as pq
from selectolax.lexbor import LexborHTMLParser

from pipeline.report import REPORT_NAME, summary_markdown, write_report
from report_data import build


def _figures(path) -> dict[str, float]:
    tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
    return {n.attributes["id"]: float(n.attributes["data-value"])
            for n in tree.css("#totals [data-value]")}


def _expected(out_dir) -> dict[str, float]:
    duties = pq.read_table(out_dir / "duties.parquet").to_pandas()
    docs = pq.read_table(out_dir / "documents.parquet").to_pandas()
    rows, unique = len(duties), duties["dup_cluster"].nunique()
    return {"n-rows": rows, "n-unique": unique, "n-exact": duties["dup_exact"].nunique(),
            "dup-share": round((rows - unique) / rows, 6),
            "n-documents": len(docs), "n-failed": int((docs["status"] == "failed").sum()),
            "n-copies": int(docs["contained_in"].notna().sum()),
            "n-repeated": int((duties.groupby("dup_cluster").size() > 1).sum())}


def test_report_figures_match_parquet(tmp_path) -> None:
    build(tmp_path)
    path = write_report(tmp_path)
    assert path == tmp_path / REPORT_NAME and path.exists()
    got, want = _figures(path), _expected(tmp_path)
    assert got == {k: float(v) for k, v in want.items()}
    # the dataset has real duplicates and copies, so the figures are not trivial
    assert 0 < got["dup-share"] < 1 and got["n-copies"] >= 1
    assert not list(tmp_path.glob(".*.tmp"))                       # atomic write left nothing


def test_report_content(tmp_path) -> None:
    build(tmp_path)
    text = write_report(tmp_path).read_text(encoding="utf-8")
    tree = LexborHTMLParser(text)
    # self-contained: no script, no external resource
    assert not tree.css("script")
    for node in tree.css("[src], link[href]"):
        url = node.attributes.get("src") or node.attributes.get("href") or ""
        assert url.startswith("data:"), url
    assert not re.search(r"url\((?!data:)", text)
    # largest clusters with differences marked, charts, document copies
    assert tree.css("details.cluster")
    assert tree.css("#clusters ins") and tree.css("svg#chart-roles rect.bar")
    assert tree.css("svg#chart-sites rect.bar")
    copies = tree.css_first("#copies").text()
    assert "preview.example.net" in copies and "zhize.example.com" in copies
    # error text is escaped, not injected
    assert "&lt;no codec fits&gt; &amp; more" in text


def test_report_without_dedupe_columns(tmp_path) -> None:
    """A dataset written before dedupe ran: the report computes the clusters itself."""
    from pipeline.dedupe import dedupe_rows

    duties, _ = build(tmp_path, dedupe=False)
    raw = pq.read_table(tmp_path / "duties.parquet").to_pandas()
    assert not raw["is_canonical"].any()          # the writer filled defaults
    got = _figures(write_report(tmp_path))
    deduped = dedupe_rows(duties)
    assert got["n-rows"] == len(duties)
    assert got["n-unique"] == deduped["dup_cluster"].nunique() < len(duties)
    assert got["n-copies"] >= 1


def test_report_on_an_empty_dataset(tmp_path) -> None:
    from pipeline.dataset import write_dataset

    write_dataset([], [{"doc_id": "x", "source": "/nowhere", "status": "failed",
                        "error": "unreadable: No such file", "n_rows": 0}], tmp_path)
    got = _figures(write_report(tmp_path))
    assert got["n-rows"] == 0 and got["n-failed"] == 1 and got["dup-share"] == 0


def test_summary_markdown(tmp_path) -> None:
    build(tmp_path)
    write_report(tmp_path)
    md = summary_markdown(tmp_path)
    want = _expected(tmp_path)
    assert f"| duty rows | {want['n-rows']:,} |" in md
    assert f"| unique duties (clusters) | {want['n-unique']:,} |" in md
    assert f"{want['dup-share']:.1%}" in md
    assert str((tmp_path / REPORT_NAME).resolve()) in md and "not written" not in md
