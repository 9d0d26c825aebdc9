"""Exact and near-duplicate duties, and documents that copy one another.

Rows
  1. `dup_exact`: rows whose folded text (`pipeline.textkey.fold`: NFKC, Simplified,
     punctuation/space/case folded) is equal share an id.
  2. `dup_cluster`: each distinct folded text gets a MinHash signature over its jieba-token
     shingles (`pipeline.minhash`); LSH bands propose candidate pairs, pairs whose estimated
     Jaccard similarity is ≥ `jaccard` match.  With `linkage="star"` (default) texts are
     visited most-rows-first; an unassigned text becomes a cluster centre and takes every
     unassigned text that matches it, so every member matches its centre (no chaining).
     `linkage="single"` uses connected components instead.  Exact groups are always inside
     one cluster.
  3. `is_canonical`: one row per cluster, chosen by, in order: not flagged `truncated` or
     `residual_garble`; its wording (exact group) is the most common in the cluster; the
     longer folded text; the first row in input order.
  4. `cluster_size`: rows in the cluster (1 for a row with no duplicate).
  Ids are dense integers: clusters numbered by descending size, then by first appearance
  (cluster 0 is the largest); exact groups by first appearance.

Documents
  `containment` of document A is the largest share of A's rows whose cluster also occurs in
  one other document B; `contained_in` is that B when the share is ≥ `doc_containment`.
  Documents are linked when one is contained in the other or when the Jaccard similarity of
  their cluster sets is ≥ `doc_jaccard`; `doc_cluster` numbers the connected components.
  Documents without rows (failed, no_rows) get null `doc_cluster` and `containment`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Mapping
from urllib.parse import urlparse

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from pipeline import minhash
from pipeline.textkey import fold_many, fold_tokens

DOUBT_FLAGS = ("truncated", "residual_garble")


@dataclass(frozen=True)
class DedupeConfig:
    """Thresholds; `bench/dedupe_thresholds.py` measures their precision/recall trade-off."""

    jaccard: float = 0.3          # near-duplicate when estimated shingle Jaccard ≥ this
    shingle: int = 2              # tokens per shingle
    unit: str = "token"           # "token" (jieba tokens) or "char" (characters of the key)
    num_perm: int = 128           # MinHash permutations
    seed: int = 1                 # permutation seed (fixed: results are reproducible)
    linkage: str = "star"         # "star": members join a centre they match; "single": chains
    doc_jaccard: float = 0.5      # documents near-duplicate when cluster-set Jaccard ≥ this
    doc_containment: float = 0.8  # A is a copy/preview of B when this share of A's rows is in B

    def __post_init__(self) -> None:
        if not 0.0 < self.jaccard <= 1.0:
            raise ValueError(f"dedupe.jaccard must be in (0, 1], got {self.jaccard}")
        if self.shingle < 1:
            raise ValueError(f"dedupe.shingle must be ≥ 1, got {self.shingle}")
        if self.unit not in ("token", "char"):
            raise ValueError(f"dedupe.unit must be 'token' or 'char', got {self.unit!r}")
        if self.linkage not in ("star", "single"):
            raise ValueError(f"dedupe.linkage must be 'star' or 'single', got {self.linkage!r}")
        if self.num_perm < 8:
            raise ValueError(f"dedupe.num_perm must be ≥ 8, got {self.num_perm}")
        for name in ("doc_jaccard", "doc_containment"):
            v = getattr(self, name)
            if not 0.0 < v <= 1.0:
                raise ValueError(f"dedupe.{name} must be in (0, 1], got {v}")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> "DedupeConfig":
        """From a `[dedupe]` config table; unknown keys are an error, not silently ignored."""
        d = dict(d or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(d) - set(known))
        if unknown:
            raise ValueError(f"unknown [dedupe] keys: {', '.join(unknown)}")
        casts = {"jaccard": float, "shingle": int, "unit": str, "num_perm": int, "seed": int, "linkage": str,
                 "doc_jaccard": float, "doc_containment": float}
        return cls(**{k: casts[k](v) for k, v in d.items()})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ROW_FIELDS: list[pa.Field] = [
    pa.field("dup_exact", pa.int64(), False,
             {"doc": "exact-duplicate group: same text once Simplified, punctuation, spaces and case are folded"}),
    pa.field("dup_cluster", pa.int64(), False,
             {"doc": "near-duplicate cluster (MinHash LSH over token shingles); 0 is the largest"}),
    pa.field("is_canonical", pa.bool_(), False,
             {"doc": "the cluster's representative: untruncated, most common wording, longest, first"}),
    pa.field("cluster_size", pa.int64(), False, {"doc": "rows in this row's dup_cluster"}),
]

DOC_FIELDS: list[pa.Field] = [
    pa.field("doc_cluster", pa.int64(), True,
             {"doc": "near-duplicate document cluster (null for documents without rows)"}),
    pa.field("containment", pa.float64(), True,
             {"doc": "largest share of this document's rows found in one other document"}),
    pa.field("contained_in", pa.string(), True,
             {"doc": "doc_id of that document when the share is ≥ dedupe.doc_containment"}),
]

CLUSTER_FIELDS: list[pa.Field] = [
    pa.field("dup_cluster", pa.int64(), False, {"doc": "cluster id, as in duties.parquet"}),
    pa.field("cluster_size", pa.int64(), False, {"doc": "rows in the cluster"}),
    pa.field("n_wordings", pa.int64(), False, {"doc": "distinct exact groups (wordings) in it"}),
    pa.field("n_documents", pa.int64(), False, {"doc": "documents it occurs in"}),
    pa.field("n_roles", pa.int64(), False, {"doc": "distinct roles it occurs under"}),
    pa.field("canonical_row_id", pa.string(), False, {"doc": "row_id of the representative row"}),
    pa.field("canonical_duty", pa.string(), False, {"doc": "duty text of the representative row"}),
    pa.field("row_ids", pa.list_(pa.string()), False, {"doc": "all member rows"}),
    pa.field("doc_ids", pa.list_(pa.string()), False, {"doc": "documents, first occurrence order"}),
    pa.field("roles", pa.list_(pa.string()), False, {"doc": "roles, first occurrence order"}),
]


# ---------------------------------------------------------------- rows

def _token_lists(keys: list[str], tokens: list[Any] | None, unit: str) -> list[list[str]]:
    """Shingle units of each distinct key: folded jieba tokens, or the key's characters."""
    if unit == "char":
        return [list(k) for k in keys]
    out = []
    for key, toks in zip(keys, tokens if tokens is not None else [None] * len(keys)):
        folded = fold_tokens(toks) if toks is not None and len(toks) else []
        if not folded and key:
            folded = _jieba(key)
        out.append(folded)
    return out


def _jieba(text: str) -> list[str]:
    import jieba

    return [t for t in jieba.lcut(text) if t.strip()]


def shingle_matrix(keys: list[str], tokens: list[Any] | None,
                   config: DedupeConfig, chunk: int = 50_000):
    """Shingle hashes of each distinct key, built chunk by chunk so that no Python list of
    all tokens or all shingles ever exists; also which keys have any shingle unit."""
    hashes, offsets, has = [], [], []
    hasher = minhash.TokenHasher()
    base = 0
    for start in range(0, len(keys), chunk):
        part = _token_lists(keys[start:start + chunk],
                            None if tokens is None else tokens[start:start + chunk], config.unit)
        h, off = minhash.shingle_hashes(part, config.shingle, hasher)
        hashes.append(h)
        offsets.append(off + base)
        has.append(np.fromiter((len(u) > 0 for u in part), dtype=bool, count=len(part)))
        base += len(h)
    if not hashes:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, bool)
    return np.concatenate(hashes), np.concatenate(offsets), np.concatenate(has)


def near_duplicate_labels(hashes: np.ndarray, offsets: np.ndarray, has: np.ndarray,
                          config: DedupeConfig, priority: np.ndarray | None = None) -> np.ndarray:
    """Cluster label of each text under 'estimated Jaccard ≥ threshold'.

    `single` linkage takes connected components: with many variants of related duties they
    chain into one giant cluster (250k synthetic rows gave one of 47k rows).  `star` linkage
    visits texts in `priority` order (most rows first); an unassigned text becomes a centre
    and takes every unassigned text it matches, so each member matches its centre directly.
    """
    n = len(offsets)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.arange(n) if priority is None else np.asarray(priority)
    # texts with shingles, highest priority first: LSH pairs every bucket member with the
    # bucket's first member, so the likeliest centre gets an edge to all its bucket-mates
    idx = order[has[order]]
    pairs = np.zeros((0, 2), dtype=np.int64)
    if len(idx) > 1:
        sig = minhash.signatures(hashes, offsets, config.num_perm, config.seed)[idx]
        bands, rows = minhash.lsh_params(config.jaccard, config.num_perm)
        cand = minhash.candidate_pairs(sig, bands, rows)
        if len(cand):
            est = minhash.estimated_jaccard(sig, cand)
            pairs = idx[cand[est >= config.jaccard]]
        del sig
    if config.linkage == "single":
        graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])),
                           shape=(n, n))
        _, labels = connected_components(graph, directed=False)
        return labels.astype(np.int64)
    return _star_labels(n, pairs, order)


def _star_labels(n: int, pairs: np.ndarray, order: np.ndarray) -> np.ndarray:
    labels = np.arange(n, dtype=np.int64)
    if len(pairs) == 0:
        return labels
    both = np.concatenate([pairs, pairs[:, ::-1]])
    adj = csr_matrix((np.ones(len(both), dtype=np.int8), (both[:, 0], both[:, 1])),
                     shape=(n, n))
    indptr, indices = adj.indptr, adj.indices
    assigned = np.zeros(n, dtype=bool)
    linked = np.diff(indptr) > 0
    for i in order[linked[order]].tolist():          # only texts with a match need a visit
        if assigned[i]:
            continue
        assigned[i] = True
        nb = indices[indptr[i]:indptr[i + 1]]
        nb = nb[~assigned[nb]]
        labels[nb] = i
        assigned[nb] = True
    return labels


def _dense_by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber labels: largest group first, ties by first appearance."""
    uniq, first, inverse, counts = np.unique(labels, return_index=True, return_inverse=True,
                                             return_counts=True)
    order = np.lexsort((first, -counts))
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[order] = np.arange(len(uniq))
    return rank[inverse.ravel()]


def dedupe_rows(duties: pd.DataFrame, config: DedupeConfig | None = None) -> pd.DataFrame:
    """`duties` plus dup_exact, dup_cluster, is_canonical, cluster_size (see module doc)."""
    config = config or DedupeConfig()
    out = duties.copy()
    n = len(out)
    if n == 0:
        for f in ROW_FIELDS:
            out[f.name] = pd.Series([], dtype="bool" if f.type == pa.bool_() else "int64")
        return out
    texts = out["duty"].fillna("").astype(str).tolist()
    keys = fold_many(texts)
    exact, uniq_keys = pd.factorize(pd.Series(keys, dtype=object), sort=False)
    exact = exact.astype(np.int64)
    # one representative row per distinct key supplies the tokens
    first_row = np.full(len(uniq_keys), -1, dtype=np.int64)
    first_row[exact[::-1]] = np.arange(n - 1, -1, -1)
    tokens = None
    if config.unit == "token" and "tokens" in out.columns:
        col = out["tokens"].to_numpy()
        tokens = [col[i] for i in first_row]
    hashes, offsets, has = shingle_matrix(list(uniq_keys), tokens, config)
    # centres: most rows first, then the longer text, then first appearance
    rows_per_key = np.bincount(exact, minlength=len(uniq_keys))
    key_len = np.fromiter((len(k) for k in uniq_keys), dtype=np.int64, count=len(uniq_keys))
    priority = np.lexsort((np.arange(len(uniq_keys)), -key_len, -rows_per_key))
    key_cluster = near_duplicate_labels(hashes, offsets, has, config, priority)
    cluster = _dense_by_size(key_cluster[exact])
    out["dup_exact"] = exact
    out["dup_cluster"] = cluster
    out["cluster_size"] = np.bincount(cluster)[cluster].astype(np.int64)
    out["is_canonical"] = _canonical(out, keys, exact, cluster)
    return out


def _canonical(out: pd.DataFrame, keys: list[str], exact: np.ndarray,
               cluster: np.ndarray) -> np.ndarray:
    n = len(out)
    doubtful = np.zeros(n, dtype=bool)
    if "flags" in out.columns:
        doubtful = np.array([f is not None and any(x in DOUBT_FLAGS for x in f)
                             for f in out["flags"].to_numpy()], dtype=bool)
    wording = np.bincount(exact)[exact]
    length = np.fromiter((len(k) for k in keys), dtype=np.int64, count=n)
    position = np.arange(n)
    # lexsort: last key is primary
    order = np.lexsort((position, -length, -wording, doubtful, cluster))
    first = np.ones(n, dtype=bool)
    first[1:] = cluster[order][1:] != cluster[order][:-1]
    canonical = np.zeros(n, dtype=bool)
    canonical[order[first]] = True
    return canonical


def clusters_table(duties: pd.DataFrame) -> pd.DataFrame:
    """One row per cluster (CLUSTER_FIELDS), largest first, for dedupe_clusters.parquet."""
    cols = [f.name for f in CLUSTER_FIELDS]
    if len(duties) == 0:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})
    d = duties
    if "dup_cluster" not in d.columns:
        d = dedupe_rows(d)
    d = d.reset_index(drop=True)
    canon = d[d["is_canonical"]].set_index("dup_cluster")
    g = d.groupby("dup_cluster", sort=True)
    table = pd.DataFrame({
        "cluster_size": g.size().astype("int64"),
        "n_wordings": g["dup_exact"].nunique().astype("int64"),
        "n_documents": g["doc_id"].nunique().astype("int64"),
        "n_roles": g["role"].nunique().astype("int64"),
        "row_ids": g["row_id"].agg(list),
        "doc_ids": g["doc_id"].agg(lambda s: list(dict.fromkeys(s))),
        "roles": g["role"].agg(lambda s: list(dict.fromkeys(s))),
    })
    table["canonical_row_id"] = canon["row_id"]
    table["canonical_duty"] = canon["duty"]
    table = table.reset_index()
    table = table.sort_values(["cluster_size", "dup_cluster"], ascending=[False, True])
    return table[cols].reset_index(drop=True)


# ---------------------------------------------------------------- documents

def dedupe_documents(documents: pd.DataFrame, duties: pd.DataFrame,
                     config: DedupeConfig | None = None) -> pd.DataFrame:
    """`documents` plus doc_cluster, containment, contained_in (see module doc)."""
    config = config or DedupeConfig()
    out = documents.copy()
    nd = len(out)
    out["doc_cluster"] = pd.array([pd.NA] * nd, dtype="Int64")
    out["containment"] = pd.array([pd.NA] * nd, dtype="Float64")
    out["contained_in"] = pd.array([pd.NA] * nd, dtype="string")
    if nd == 0 or len(duties) == 0:
        out["containment"] = out["containment"].astype("Float64")
        return out
    if "dup_cluster" not in duties.columns:
        duties = dedupe_rows(duties, config)
    doc_ids = out["doc_id"].astype(str).to_numpy()
    pos = {d: i for i, d in enumerate(doc_ids)}
    row_doc = duties["doc_id"].astype(str).map(pos)
    known = row_doc.notna().to_numpy()
    r = row_doc[known].astype(np.int64).to_numpy()
    c = duties["dup_cluster"].to_numpy()[known].astype(np.int64)
    n_clusters = int(c.max()) + 1 if len(c) else 0
    counts = csr_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(nd, n_clusters))
    counts.sum_duplicates()
    present = counts.copy()
    present.data[:] = 1.0
    n_rows = np.asarray(counts.sum(axis=1)).ravel()
    n_sets = np.asarray(present.sum(axis=1)).ravel()
    has_rows = n_rows > 0

    shared_rows = (counts @ present.T).tocoo()        # [A, B] = rows of A whose cluster is in B
    shared_sets = (present @ present.T).tocsr()       # [A, B] = clusters in both
    a, b, v = shared_rows.row, shared_rows.col, shared_rows.data
    keep = a != b
    a, b, v = a[keep], b[keep], v[keep]
    share = v / n_rows[a]

    containment = np.where(has_rows, 0.0, np.nan)
    best = np.full(nd, -1, dtype=np.int64)
    if len(a):
        order = np.lexsort((b, -share, a))             # per A: highest share, then first B
        first = np.ones(len(order), dtype=bool)
        first[1:] = a[order][1:] != a[order][:-1]
        top = order[first]
        containment[a[top]] = share[top]
        best[a[top]] = b[top]

    inter = np.asarray(shared_sets[a, b]).ravel()
    jac = inter / (n_sets[a] + n_sets[b] - inter)
    linked = (share >= config.doc_containment) | (jac >= config.doc_jaccard)
    graph = coo_matrix((np.ones(int(linked.sum()), dtype=np.int8), (a[linked], b[linked])),
                       shape=(nd, nd))
    _, labels = connected_components(graph, directed=False)
    labels = labels.astype(np.int64)
    with_rows = np.nonzero(has_rows)[0]
    dense = np.full(nd, -1, dtype=np.int64)
    if len(with_rows):
        dense[with_rows] = _dense_by_size(labels[with_rows])

    out["doc_cluster"] = pd.array([int(x) if h else pd.NA for x, h in zip(dense, has_rows)],
                                  dtype="Int64")
    out["containment"] = pd.array([float(x) if h else pd.NA
                                   for x, h in zip(containment, has_rows)], dtype="Float64")
    out["contained_in"] = pd.array(
        [doc_ids[bb] if bb >= 0 and cc >= config.doc_containment else pd.NA
         for bb, cc in zip(best, containment)], dtype="string")
    return out


def site_of(source: str) -> str:
    """Host of a URL, or the file name of a local path: the unit 'per source site' reports use."""
    parsed = urlparse(source)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return parsed.netloc.lower()
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
