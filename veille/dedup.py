"""Near-duplicate grouping (the same wire story from several outlets) with MinHash + LSH.

Decisions: 4-word shingles over lower-cased `\\w+` tokens; 64 multiply-xorshift hash
permutations; LSH with 16 bands of 4 rows (candidate threshold about 0.5); every candidate
pair is verified on its estimated Jaccard (>= `THRESHOLD`) before two articles are joined, and
groups are the connected components of verified pairs. Everything but the union-find runs on
numpy arrays, so 10k articles take about a second. Texts shorter than one shingle are never
grouped. Hashes are deterministic within a polars version; the story id itself is chosen from
the group's members (see `veille.clean`), so it does not depend on hash values.
"""

from __future__ import annotations

import numpy as np
import polars as pl

SHINGLE = 4
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5
SIGNATURE_CHUNK = 1_000  # texts per signature pass (memory, see `signatures`)
_SEED = 20260317
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)


def _shingles(texts: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """(doc index, shingle hash) arrays, ordered by doc."""
    tokens = (
        pl.DataFrame(
            {
                "doc": np.arange(texts.len(), dtype=np.int64),
                "tok": texts.fill_null("").str.to_lowercase().str.extract_all(r"\w+"),
            }
        )
        .explode("tok")
        .drop_nulls("tok")
    )
    doc = tokens["doc"].to_numpy()
    th = tokens["tok"].hash(seed=_SEED).to_numpy()
    n = th.shape[0] - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(SHINGLE):
        acc = acc * _MIX[j] + th[j : j + n]
    same_doc = doc[:n] == doc[SHINGLE - 1 :]
    return doc[:n][same_doc], acc[same_doc]


def signatures(texts: pl.Series, chunk: int = SIGNATURE_CHUNK) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (m, NUM_PERM) for the m docs that have shingles, and their indices.

    Computed `chunk` texts at a time: a doc's signature depends on its own shingles only, so
    the result is the same, and the transient arrays (every token and shingle of the corpus,
    a few copies of each) stay bounded. At 10,000 articles in one piece they took staging's
    regrouping ~300 MB above its frames, the flow's memory peak before the enrich stage.
    """
    sigs, docs = [], []
    for start in range(0, texts.len(), max(1, chunk)):
        sig, doc = _chunk_signatures(texts.slice(start, chunk))
        sigs.append(sig)
        docs.append(doc + start)
    if not sigs:
        return np.empty((0, NUM_PERM), dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.concatenate(sigs), np.concatenate(docs)


def _chunk_signatures(texts: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    doc, sh = _shingles(texts)
    if doc.size == 0:
        return np.empty((0, NUM_PERM), dtype=np.uint64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    rng = np.random.default_rng(_SEED)
    mult = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * 2 + 1
    add = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    sig = np.empty((starts.size, NUM_PERM), dtype=np.uint64)
    shift = np.uint64(29)
    for p in range(NUM_PERM):
        vals = sh * mult[p] + add[p]
        vals ^= vals >> shift
        sig[:, p] = np.minimum.reduceat(vals, starts)
    return sig, doc[starts]


def _candidates(sig: np.ndarray) -> np.ndarray:
    """(k, 2) index pairs sharing at least one LSH band: each member linked to its bucket head."""
    if sig.shape[0] < 2:
        return np.empty((0, 2), dtype=np.int64)
    pairs = []
    for b in range(BANDS):
        band = sig[:, b * ROWS : (b + 1) * ROWS]
        key = np.zeros(sig.shape[0], dtype=np.uint64)
        for j in range(ROWS):
            key = key * _MIX[j] + band[:, j]
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        new_bucket = np.r_[True, sorted_key[1:] != sorted_key[:-1]]
        head = order[np.maximum.accumulate(np.where(new_bucket, np.arange(order.size), 0))]
        linked = ~new_bucket
        pairs.append(np.stack([head[linked], order[linked]], axis=1))
    found = np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)
    return np.unique(found, axis=0) if found.size else found


def _components(n: int, pairs: np.ndarray) -> np.ndarray:
    parent = np.arange(n)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for a, b in pairs.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def near_duplicate_groups(texts: pl.Series, threshold: float = THRESHOLD) -> np.ndarray:
    """A group label per text (the smallest index in its group); singletons label themselves."""
    n = texts.len()
    sig, docs = signatures(texts)
    pairs = _candidates(sig)
    if pairs.size:
        agreement = (sig[pairs[:, 0]] == sig[pairs[:, 1]]).mean(axis=1)
        pairs = pairs[agreement >= threshold]
    return _components(n, docs[pairs] if pairs.size else np.empty((0, 2), dtype=np.int64))


def estimated_jaccard(a: str, b: str) -> float:
    """MinHash estimate of the 4-shingle Jaccard similarity of two texts (for tests and tuning)."""
    sig, docs = signatures(pl.Series([a, b]))
    if docs.size < 2:
        return 0.0
    return float((sig[0] == sig[1]).mean())
