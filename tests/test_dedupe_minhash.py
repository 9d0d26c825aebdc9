"""MinHash/LSH: estimates track true Jaccard, banding finds planted near-duplicates."""
from __future__ import annotations

import random

import numpy as np

from pipeline import minhash


def _shingles(tokens: list[str], k: int) -> set[tuple[str, ...]]:
    if len(tokens) < k:
        return {tuple(tokens)}
    return {tuple(tokens[i:i + k]) for i in range(len(tokens) - k + 1)}


def _texts(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(800)]
    texts = []
    for _ in range(n):
        base = [rng.choice(vocab) for _ in range(rng.randint(6, 30))]
        edited = list(base)
        for _ in range(rng.randint(0, 4)):
            edited[rng.randrange(len(edited))] = rng.choice(vocab)
        texts += [base, edited]
    return texts


def test_estimate_tracks_exact_jaccard() -> None:
    texts = _texts(300, seed=3)
    h, off = minhash.shingle_hashes(texts, 2)
    sig = minhash.signatures(h, off, num_perm=128)
    pairs = np.array([[i, i + 1] for i in range(0, len(texts), 2)])
    est = minhash.estimated_jaccard(sig, pairs)
    true = np.array([minhash.jaccard(_shingles(texts[i], 2), _shingles(texts[j], 2))
                     for i, j in pairs])
    err = est - true
    assert abs(err.mean()) < 0.01                 # unbiased
    assert np.abs(err).max() < 0.2                # no gross errors
    assert err.std() < 0.05                       # about sqrt(J(1-J)/128)


def test_shingle_offsets_and_short_texts() -> None:
    h, off = minhash.shingle_hashes([["a", "b", "c"], ["a"], [], ["a", "b"]], 2)
    # 2 shingles, 1 padded, 1 padding-only, 1
    assert off.tolist() == [0, 2, 3, 4]
    assert len(h) == 5
    # "a b" appears in text 0 and text 3 → same hash
    assert h[0] == h[4]
    # order matters inside a shingle
    h2, _ = minhash.shingle_hashes([["b", "a"]], 2)
    assert h2[0] != h[0]


def test_signature_batches_do_not_change_result() -> None:
    texts = _texts(50, seed=5)
    h, off = minhash.shingle_hashes(texts, 2)
    assert np.array_equal(minhash.signatures(h, off, 64, batch=7),
                          minhash.signatures(h, off, 64, batch=100_000))


def test_hashes_are_content_based() -> None:
    texts = _texts(20, seed=9)
    h1, o1 = minhash.shingle_hashes(texts, 2)
    h2, o2 = minhash.shingle_hashes(texts[::-1], 2)
    s1 = minhash.signatures(h1, o1, 32)
    s2 = minhash.signatures(h2, o2, 32)
    assert np.array_equal(s1, s2[::-1])


def test_lsh_params_follow_threshold() -> None:
    lo = minhash.lsh_params(0.3, 128)
    hi = minhash.lsh_params(0.8, 128)
    for b, r in (lo, hi):
        assert b * r <= 128
    # a higher threshold needs more rows per band
    assert hi[1] > lo[1]


def test_candidates_find_planted_pairs() -> None:
    texts = _texts(400, seed=11)
    h, off = minhash.shingle_hashes(texts, 2)
    sig = minhash.signatures(h, off, 128)
    b, r = minhash.lsh_params(0.5, 128)
    cand = {tuple(p) for p in minhash.candidate_pairs(sig, b, r).tolist()}
    similar = [(i, i + 1) for i in range(0, len(texts), 2)
               if minhash.jaccard(_shingles(texts[i], 2), _shingles(texts[i + 1], 2)) >= 0.6]
    assert len(similar) > 100
    found = sum(p in cand for p in similar)
    assert found / len(similar) > 0.97
    # and it is not all pairs
    assert len(cand) < 20 * len(texts)
