"""MinHash signatures and LSH banding, vectorised with numpy.

datasketch's `MinHash` builds one Python object per text (about 30 µs each); a million rows
then spend most of their time in object overhead.  Here all shingles of a batch of texts are
hashed with a few array operations, so the cost is a handful of numpy passes per batch and
memory is the signature matrix (rows × num_perm × 4 bytes) plus a bounded batch.

The estimate is the same as datasketch's: the share of equal signature slots is an unbiased
estimate of the Jaccard similarity of the two shingle sets.  Hashes are content based
(blake2b of each token), so results do not depend on process, run or row order.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Sequence

import numpy as np

_U64 = np.uint64
_PAD = "\x00"          # token that pads texts shorter than one shingle
_MASK32 = np.uint64(0xFFFFFFFF)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads any 64-bit input over all 64 bits."""
    x = x ^ (x >> _U64(30))
    x = x * _U64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> _U64(27))
    x = x * _U64(0x94D049BB133111EB)
    return x ^ (x >> _U64(31))


class TokenHasher:
    """Stable 64-bit hash per distinct token, cached: a corpus has few distinct tokens."""

    def __init__(self) -> None:
        self._cache: dict[str, int] = {}

    def __call__(self, token: str) -> int:
        h = self._cache.get(token)
        if h is None:
            h = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(),
                               "little")
            self._cache[token] = h
        return h


def shingle_hashes(token_lists: Sequence[Sequence[str]], k: int,
                   hasher: TokenHasher | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of all k-token shingles of each text, flat, with each text's start offset.

    A text shorter than k tokens is padded to one shingle, so every non-empty text has at
    least one; an empty list gives one shingle of padding only (callers skip those).
    """
    hasher = hasher or TokenHasher()
    pad = hasher(_PAD)
    flat: list[int] = []
    lengths = np.empty(len(token_lists), dtype=np.int64)
    for i, toks in enumerate(token_lists):
        hs = [hasher(t) for t in toks]
        if len(hs) < k:
            hs.extend([pad] * (k - len(hs)))
        flat.extend(hs)
        lengths[i] = len(hs)
    tok = np.fromiter(flat, dtype=np.uint64, count=len(flat))
    starts = _starts(lengths)
    n_sh = lengths - k + 1                               # shingles per text (≥ 1)
    # index of the first token of every shingle
    sh_starts = np.repeat(starts, n_sh) + _ragged_arange(n_sh)
    h = np.zeros(len(sh_starts), dtype=np.uint64)
    for j in range(k):                                   # order-sensitive combination
        h = _mix64(h ^ tok[sh_starts + j] ^ _U64(j * 0x9E3779B97F4A7C15 % 2**64))
    return h, _starts(n_sh)


def _ragged_arange(counts: np.ndarray) -> np.ndarray:
    """[0..c0-1, 0..c1-1, ...] without a Python loop."""
    firsts = np.cumsum(counts) - counts
    return np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(firsts, counts)


def _starts(lengths: np.ndarray) -> np.ndarray:
    """Start offset of each segment of the given lengths."""
    return np.cumsum(lengths) - lengths


def _perm_params(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) * _U64(2) + _U64(1)  # odd
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    return a, b


def signatures(hashes: np.ndarray, offsets: np.ndarray, num_perm: int, seed: int = 1,
               batch: int = 16_384) -> np.ndarray:
    """MinHash signature (uint32 × num_perm) of each text from its shingle hashes.

    Permutation i maps a shingle hash y to the top 32 bits of a_i·mix(y) + b_i (multiply-
    shift hashing on a well-mixed input).  Shingles are processed `batch` at a time, so the
    temporary memory is batch × num_perm × 8 bytes whatever the input size.
    """
    n = len(offsets)
    sig = np.empty((n, num_perm), dtype=np.uint32)
    if n == 0:
        return sig
    a, b = _perm_params(num_perm, seed)
    y = _mix64(hashes.astype(np.uint64, copy=False))
    bounds = np.append(offsets, len(y))
    row = 0
    while row < n:
        # take whole texts until the batch of shingles is full (at least one text)
        stop = int(np.searchsorted(bounds, bounds[row] + batch, side="right")) - 1
        stop = max(stop, row + 1)
        stop = min(stop, n)
        lo, hi = int(bounds[row]), int(bounds[stop])
        block = ((y[lo:hi, None] * a[None, :] + b[None, :]) >> _U64(32)).astype(np.uint32)
        sig[row:stop] = np.minimum.reduceat(block, offsets[row:stop] - lo, axis=0)
        row = stop
    return sig


def lsh_params(threshold: float, num_perm: int, fp_weight: float = 0.1,
               fn_weight: float = 0.9) -> tuple[int, int]:
    """Bands b and rows r (b·r ≤ num_perm) minimising weighted false-positive and
    false-negative areas of the S-curve around `threshold` (datasketch's method).

    False negatives weigh 9× more because every candidate is verified afterwards: a pair at
    the threshold then becomes a candidate with probability ≈ 0.87–0.95 (0.55–0.68 with
    equal weights), at the cost of more candidates to verify.
    """
    s = np.linspace(0.0, 1.0, 1001)
    best, best_err = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            p = 1.0 - (1.0 - s ** rows) ** bands
            lo, hi = s <= threshold, s >= threshold
            fp = np.trapezoid(p[lo], s[lo])
            fn = np.trapezoid(1.0 - p[hi], s[hi])
            err = fp_weight * fp + fn_weight * fn
            if err < best_err:
                best, best_err = (bands, rows), err
    return best


def candidate_pairs(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs (i, j), i < j, that share at least one LSH band bucket.

    In each bucket every member is paired with the bucket's first member and with its
    predecessor: linear in bucket size, and enough to connect any verified bucket.  Pairs
    are kept as one int64 key i·n + j and de-duplicated every few bands, which keeps memory
    near the number of distinct pairs (np.unique over 2-D rows is ~10× slower).
    """
    n = sig.shape[0]
    keys = np.zeros(0, dtype=np.int64)
    pending: list[np.ndarray] = []
    for band in range(bands):
        cols = sig[:, band * rows:(band + 1) * rows].astype(np.uint64)
        h = np.full(n, _U64(band + 1), dtype=np.uint64)
        for c in range(cols.shape[1]):
            h = _mix64(h ^ cols[:, c])
        order = np.argsort(h, kind="stable")
        hs = h[order]
        same = hs[1:] == hs[:-1]
        if same.any():
            new_bucket = np.concatenate(([True], ~same))
            bucket_first = order[np.maximum.accumulate(np.where(new_bucket, np.arange(n), 0))]
            members = np.nonzero(~new_bucket)[0]
            for a, b in ((bucket_first[members], order[members]),
                         (order[members - 1], order[members])):
                a, b = a.astype(np.int64), b.astype(np.int64)
                lo, hi = np.minimum(a, b), np.maximum(a, b)
                pending.append(lo[lo != hi] * n + hi[lo != hi])
        if len(pending) >= 16 or (band == bands - 1 and pending):
            keys = _sorted_unique(np.concatenate([keys, *pending]))
            pending = []
    return np.stack([keys // n, keys % n], axis=1) if len(keys) else np.zeros((0, 2), np.int64)


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique by sorting: numpy 2's hash-based unique is several times slower on 10⁷ ints."""
    a.sort()
    if len(a) < 2:
        return a
    return a[np.concatenate(([True], a[1:] != a[:-1]))]


def estimated_jaccard(sig: np.ndarray, pairs: np.ndarray, batch: int = 200_000) -> np.ndarray:
    """Share of equal signature slots for each pair (the MinHash Jaccard estimate)."""
    out = np.empty(len(pairs), dtype=np.float64)
    for i in range(0, len(pairs), batch):
        p = pairs[i:i + batch]
        out[i:i + batch] = (sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1)
    return out


def jaccard(a: Iterable, b: Iterable) -> float:
    """Exact Jaccard similarity of two sets (for tests and threshold studies)."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0
