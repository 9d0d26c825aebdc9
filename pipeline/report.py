"""The dedupe report: one self-contained HTML page (inline CSS, inline SVG, no script, no
network) that an analyst opens to see how much of a crawl repeats and what copies what.

Headline figures sit in elements with stable ids and a `data-value` attribute holding the
raw number, so tests (and scripts) can read them back and compare them with the Parquet.
"""
from __future__ import annotations

import difflib
import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.atomic import replacing
from pipeline.dedupe import clusters_table, dedupe_documents, dedupe_rows, site_of

REPORT_NAME = "dedupe_report.html"
TOP_CLUSTERS = 25
TOP_BARS = 20
MAX_MEMBERS = 12


@dataclass(frozen=True)
class Headline:
    """The figures at the top of the report (and of the Prefect artifact)."""

    rows: int
    unique_duties: int
    exact_unique: int
    duplicate_share: float        # rows that are not their cluster's representative / rows
    clusters_repeated: int        # clusters with more than one row
    documents: int
    documents_ok: int
    documents_failed: int
    documents_copies: int         # documents with contained_in set


# ---------------------------------------------------------------- data

def load(out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """duties, documents and clusters of a dataset; dedupe columns computed if absent."""
    out_dir = Path(out_dir)
    duties = pq.read_table(out_dir / "duties.parquet").to_pandas()
    documents = pq.read_table(out_dir / "documents.parquet").to_pandas()
    # a writer that conforms rows to the schema fills missing dedupe columns with defaults
    # (every row in cluster 0, none canonical): treat that as "not deduped" too
    if "dup_cluster" not in duties.columns or (len(duties) and not duties["is_canonical"].any()):
        duties = dedupe_rows(duties)
    if "doc_cluster" not in documents.columns or (
            documents["doc_cluster"].isna().all() and len(duties)):
        documents = dedupe_documents(documents, duties)
    clusters_path = out_dir / "dedupe_clusters.parquet"
    if clusters_path.exists():
        clusters = pq.read_table(clusters_path).to_pandas()
    else:
        clusters = clusters_table(duties)
    return duties, documents, clusters


def headline(duties: pd.DataFrame, documents: pd.DataFrame) -> Headline:
    rows = len(duties)
    unique = int(duties["dup_cluster"].nunique()) if rows else 0
    status = documents["status"] if "status" in documents.columns else pd.Series(dtype=str)
    copies = documents["contained_in"].notna().sum() if "contained_in" in documents.columns else 0
    sizes = duties.groupby("dup_cluster").size() if rows else pd.Series(dtype=int)
    return Headline(
        rows=rows, unique_duties=unique,
        exact_unique=int(duties["dup_exact"].nunique()) if rows else 0,
        duplicate_share=(rows - unique) / rows if rows else 0.0,
        clusters_repeated=int((sizes > 1).sum()),
        documents=len(documents), documents_ok=int((status == "ok").sum()),
        documents_failed=int((status == "failed").sum()), documents_copies=int(copies))


def share_by(duties: pd.DataFrame, key: pd.Series) -> pd.DataFrame:
    """Per group: rows, duplicate rows (not their cluster's representative) and the share."""
    frame = pd.DataFrame({"key": key.to_numpy(), "dup": ~duties["is_canonical"].to_numpy(),
                          "repeated": (duties["cluster_size"] > 1).to_numpy()})
    g = frame.groupby("key")
    table = pd.DataFrame({"rows": g.size(), "duplicates": g["dup"].sum(),
                          "repeated": g["repeated"].sum()})
    table["share"] = table["duplicates"] / table["rows"]
    return table.sort_values(["rows", "share"], ascending=[False, False])


# ---------------------------------------------------------------- html pieces

def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _diff(canonical: str, member: str) -> tuple[str, str]:
    """Both texts as HTML with the characters that differ wrapped in <del>/<ins>."""
    left, right = [], []
    sm = difflib.SequenceMatcher(None, canonical, member, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        a, b = _e(canonical[a0:a1]), _e(member[b0:b1])
        if op == "equal":
            left.append(a)
            right.append(b)
        else:
            if a:
                left.append(f"<del>{a}</del>")
            if b:
                right.append(f"<ins>{b}</ins>")
    return "".join(left), "".join(right)


def _bars(table: pd.DataFrame, label: str, chart_id: str) -> str:
    """Horizontal bar chart (inline SVG) of duplicate share per group."""
    top = table.head(TOP_BARS)
    if top.empty:
        return "<p class='muted'>No rows.</p>"
    row_h, label_w, bar_w, pad = 22, 260, 380, 6
    height = row_h * len(top) + 2 * pad + 18
    width = label_w + bar_w + 150
    parts = [f"<svg id='{chart_id}' role='img' aria-label='{_e(label)}' width='{width}' "
             f"height='{height}' viewBox='0 0 {width} {height}' xmlns='http://www.w3.org/2000/svg'>"]
    for x in (0, 0.25, 0.5, 0.75, 1.0):
        gx = label_w + x * bar_w
        parts.append(f"<line x1='{gx:.1f}' y1='{pad}' x2='{gx:.1f}' y2='{height - 18}' "
                     f"class='grid'/><text x='{gx:.1f}' y='{height - 4}' class='axis' "
                     f"text-anchor='middle'>{int(x * 100)}%</text>")
    for i, (name, r) in enumerate(top.iterrows()):
        y = pad + i * row_h
        w = max(r["share"] * bar_w, 0.5)
        shown = str(name) if len(str(name)) <= 18 else str(name)[:17] + "…"
        parts.append(
            f"<g><title>{_e(name)}: {int(r['duplicates'])} of {int(r['rows'])} rows "
            f"are duplicates</title>"
            f"<text x='{label_w - 8}' y='{y + 15}' text-anchor='end' class='lbl'>{_e(shown)}</text>"
            f"<rect x='{label_w}' y='{y + 3}' width='{w:.1f}' height='{row_h - 6}' class='bar'/>"
            f"<text x='{label_w + w + 6:.1f}' y='{y + 15}' class='val'>{r['share']:.0%} "
            f"({int(r['duplicates'])}/{int(r['rows'])})</text></g>")
    parts.append("</svg>")
    return "".join(parts)


def _cluster_section(duties: pd.DataFrame, clusters: pd.DataFrame) -> str:
    big = clusters[clusters["cluster_size"] > 1].head(TOP_CLUSTERS)
    if big.empty:
        return "<p class='muted'>No duty occurs more than once.</p>"
    by_cluster = {k: g for k, g in duties.groupby("dup_cluster", sort=False)}
    out = []
    for _, c in big.iterrows():
        members = by_cluster.get(c["dup_cluster"])
        if members is None:
            continue
        canon_row = members[members["is_canonical"]]
        canon = str(canon_row["duty"].iloc[0]) if len(canon_row) else str(c["canonical_duty"])
        wordings = (members.groupby("dup_exact", sort=False)
                    .agg(duty=("duty", "first"), n=("duty", "size"),
                         roles=("role", lambda s: sorted({r or "(no role)" for r in s})),
                         docs=("doc_id", "nunique"),
                         canonical=("is_canonical", "any"))
                    .sort_values(["canonical", "n"], ascending=[False, False]))
        rows = []
        for _, w in wordings.head(MAX_MEMBERS).iterrows():
            left, right = _diff(canon, str(w["duty"]))
            if w["canonical"]:
                right = "<span class='muted'>(the representative's wording)</span>"
            tag = " class='canon'" if w["canonical"] else ""
            rows.append(f"<tr{tag}><td class='txt'>{left}</td><td class='txt'>{right}</td>"
                        f"<td class='num'>{int(w['n'])}</td><td class='num'>{int(w['docs'])}</td>"
                        f"<td>{_e('、'.join(w['roles'][:4]))}</td></tr>")
        more = len(wordings) - MAX_MEMBERS
        if more > 0:
            rows.append(f"<tr><td colspan='5' class='muted'>… {more} more wordings</td></tr>")
        out.append(
            f"<details class='cluster' id='cluster-{int(c['dup_cluster'])}' "
            f"data-size='{int(c['cluster_size'])}'{' open' if len(out) < 5 else ''}>"
            f"<summary><b>#{int(c['dup_cluster'])}</b> · {int(c['cluster_size'])} rows · "
            f"{int(c['n_wordings'])} wordings · {int(c['n_documents'])} documents — "
            f"{_e(canon[:80])}</summary>"
            f"<table><thead><tr><th>representative (<del>only here</del>)</th>"
            f"<th>member wording (<ins>only here</ins>)</th><th>rows</th><th>docs</th>"
            f"<th>roles</th></tr></thead><tbody>{''.join(rows)}</tbody></table></details>")
    return "".join(out)


def _documents_section(documents: pd.DataFrame) -> str:
    if "contained_in" not in documents.columns or documents.empty:
        return "<p class='muted'>No documents.</p>"
    src = dict(zip(documents["doc_id"], documents["source"]))
    copies = documents[documents["contained_in"].notna()].sort_values(
        "containment", ascending=False)
    rows = []
    for _, d in copies.iterrows():
        rows.append(f"<tr><td>{_e(d['source'])}</td><td>{_e(src.get(d['contained_in'], d['contained_in']))}</td>"
                    f"<td class='num'>{float(d['containment']):.0%}</td>"
                    f"<td class='num'>{int(d['n_rows'])}</td>"
                    f"<td class='num'>{int(d['doc_cluster'])}</td></tr>")
    copy_table = ("<table id='copies'><thead><tr><th>document</th><th>is a copy of / contained in"
                  "</th><th>share of its rows</th><th>rows</th><th>doc cluster</th></tr></thead>"
                  f"<tbody>{''.join(rows)}</tbody></table>" if rows else
                  "<p class='muted'>No document is mostly contained in another.</p>")
    listing = []
    for _, d in documents.sort_values(["doc_cluster", "source"], na_position="last").iterrows():
        cont = "" if pd.isna(d["containment"]) else f"{float(d['containment']):.0%}"
        cl = "" if pd.isna(d["doc_cluster"]) else str(int(d["doc_cluster"]))
        err = "" if pd.isna(d.get("error")) or d.get("error") is None else str(d.get("error"))
        listing.append(f"<tr><td>{_e(d['source'])}</td><td>{_e(d['status'])}</td>"
                       f"<td class='num'>{int(d['n_rows'])}</td><td class='num'>{cl}</td>"
                       f"<td class='num'>{cont}</td><td>{_e(err)}</td></tr>")
    return (copy_table + "<h3>All documents</h3><table id='documents'><thead><tr><th>document"
            "</th><th>status</th><th>rows</th><th>doc cluster</th><th>most shared with one other"
            "</th><th>error</th></tr></thead>" f"<tbody>{''.join(listing)}</tbody></table>")


CSS = """
body{font:14px/1.5 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;
 margin:0;color:#1d232a;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px}h3{font-size:15px}
.muted{color:#6b7480}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px 16px;min-width:150px}
.card .v{font-size:24px;font-weight:600;display:block}.card .k{color:#6b7480;font-size:12px}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 12px}
th,td{border:1px solid #e3e6ea;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#eef1f4;font-weight:600}td.num{text-align:right;white-space:nowrap}
td.txt{width:38%}tr.canon td{background:#f3f8ff}
del{background:#ffd7d5;text-decoration:none;color:#8a1c13}
ins{background:#d3f5d0;text-decoration:none;color:#135c12}
details.cluster{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:6px 10px;
 margin:8px 0}summary{cursor:pointer}
svg .bar{fill:#3d7bd9}svg .grid{stroke:#e3e6ea}svg .axis,svg .val{font-size:11px;fill:#6b7480}
svg .lbl{font-size:12px;fill:#1d232a}
"""


def render(duties: pd.DataFrame, documents: pd.DataFrame, clusters: pd.DataFrame,
           title: str = "dutyflow — duplicate duties") -> str:
    """The whole report as an HTML string (pure: data in, text out)."""
    h = headline(duties, documents)
    cards = [
        ("n-rows", h.rows, f"{h.rows:,}", "duty rows"),
        ("n-unique", h.unique_duties, f"{h.unique_duties:,}", "unique duties (clusters)"),
        ("n-exact", h.exact_unique, f"{h.exact_unique:,}", "distinct wordings"),
        ("dup-share", round(h.duplicate_share, 6), f"{h.duplicate_share:.1%}", "duplicate share"),
        ("n-repeated", h.clusters_repeated, f"{h.clusters_repeated:,}", "duties seen more than once"),
        ("n-documents", h.documents, f"{h.documents:,}", "documents"),
        ("n-failed", h.documents_failed, f"{h.documents_failed:,}", "documents failed"),
        ("n-copies", h.documents_copies, f"{h.documents_copies:,}", "documents that are copies"),
    ]
    card_html = "".join(
        f"<div class='card'><span class='v' id='{i}' data-value='{v}'>{shown}</span>"
        f"<span class='k'>{_e(k)}</span></div>" for i, v, shown, k in cards)
    if len(duties):
        roles = share_by(duties, duties["role"].fillna("").replace("", "(no role)"))
        sites = share_by(duties, duties["source"].map(site_of))
    else:
        roles = sites = pd.DataFrame(columns=["rows", "duplicates", "repeated", "share"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><link rel="icon" href="data:,"><style>{CSS}</style></head>
<body><main>
<h1>{_e(title)}</h1>
<p class="muted">A duty's <i>cluster</i> holds its exact copies (same text once script,
punctuation and spacing are folded) and its near copies (MinHash over word shingles).
<i>Duplicate share</i> = rows that are not their cluster's representative ÷ all rows.</p>
<section id="totals" class="cards">{card_html}</section>
<h2>Largest clusters</h2>
<p class="muted">Each wording beside the cluster's representative; characters only in the
representative are <del>red</del>, characters only in the wording are <ins>green</ins>.</p>
<section id="clusters">{_cluster_section(duties, clusters) if len(duties) else "<p class='muted'>No rows.</p>"}</section>
<p class="muted">Per role and per site, a row counts as a duplicate when another row
represents its cluster: the source that holds the representative shows its rows as new.</p>
<h2>Duplicate share per role</h2>
<section id="by-role">{_bars(roles, "duplicate share per role", "chart-roles")}</section>
<h2>Duplicate share per source site</h2>
<section id="by-site">{_bars(sites, "duplicate share per source site", "chart-sites")}</section>
<h2>Documents that copy others</h2>
<section id="docs">{_documents_section(documents)}</section>
</main></body></html>
"""


def _write_atomic(text: str, path: Path) -> Path:
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


Frames = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]   # duties, documents, clusters


def write_report(out_dir: Path, frames: Frames | None = None) -> Path:
    """Write `out_dir/dedupe_report.html` atomically, from `frames` when the caller already
    holds the dataset in memory (the flow), else from the Parquet files in `out_dir`."""
    out_dir = Path(out_dir)
    duties, documents, clusters = frames if frames is not None else load(out_dir)
    return _write_atomic(render(duties, documents, clusters), out_dir / REPORT_NAME)


def summary_markdown(out_dir: Path, frames: Frames | None = None) -> str:
    """Headline numbers and the report's path, for the Prefect artifact of a flow run."""
    out_dir = Path(out_dir)
    duties, documents, _ = frames if frames is not None else load(out_dir)
    h = headline(duties, documents)
    report = (out_dir / REPORT_NAME).resolve()
    return "\n".join([
        "## Duplicate duties",
        "",
        "| | |",
        "|---|---:|",
        f"| duty rows | {h.rows:,} |",
        f"| unique duties (clusters) | {h.unique_duties:,} |",
        f"| distinct wordings | {h.exact_unique:,} |",
        f"| duplicate share | {h.duplicate_share:.1%} |",
        f"| documents (ok / failed) | {h.documents:,} ({h.documents_ok:,} / {h.documents_failed:,}) |",
        f"| documents that are copies | {h.documents_copies:,} |",
        "",
        f"Report: `{report}`" + ("" if report.exists() else " (not written yet)"),
    ])
