"""Language identification for many short texts at once, with py3langid's own model.

Why not `py3langid.classify` per row: it walks its byte automaton in a Python loop (about
125 µs a summary), so checking 100,000 summaries would take 12 s, four times the whole
validation budget. This module walks the same automaton for a whole chunk of texts with numpy
(one gather per byte position) and scores with a sparse product, so that the answers are
py3langid's answers (tested against `classify`) at a fraction of the cost.

It reads py3langid 0.4's model internals (tk_nextmove, tk_row, tk_output, nb_ptc, nb_pc);
tests/test_quality_gates.py compares its answers with `classify`, so a py3langid upgrade that
changes them fails loudly.

Decision: texts are cut to their first `MAX_BYTES` bytes. A summary's language is settled by
its first sentences, and the cut bounds the padded matrix.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from scipy import sparse

MAX_BYTES = 256
CHUNK = 8192


@dataclass(frozen=True)
class _Model:
    nextmove: npt.NDArray[np.int64]
    rowbase: npt.NDArray[np.int64]
    output: npt.NDArray[np.int64]
    ptc: npt.NDArray[np.float32]
    pc: npt.NDArray[np.float32]
    classes: tuple[str, ...]


@cache
def _model() -> _Model:
    """Load py3langid's model once per process (lazy: nothing happens at import)."""
    from py3langid import langid

    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    return _Model(
        nextmove=np.asarray(ident.tk_nextmove, dtype=np.int64),
        rowbase=np.asarray(ident.tk_row, dtype=np.int64) << 8,
        output=np.asarray(ident.tk_output, dtype=np.int64),
        ptc=np.asarray(ident.nb_ptc, dtype=np.float32),
        pc=np.asarray(ident.nb_pc, dtype=np.float32),
        classes=tuple(ident.nb_classes),
    )


def _encode(text: str) -> bytes:
    """The same normalisation as py3langid (`_encode`), then the byte cut."""
    if text.isupper():
        text = text.lower()
    data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
    return data[:MAX_BYTES]


def _feature_hits(
    model: _Model, encoded: list[bytes]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(row, feature) pairs met while walking the automaton; `encoded` is longest first.

    Sorting by length makes the rows still being walked at any byte position a prefix, so each
    step is one slice-wide gather instead of a masked one.
    """
    lengths = np.fromiter((len(b) for b in encoded), dtype=np.int64, count=len(encoded))
    width = int(lengths[0]) if len(encoded) else 0
    padded = np.zeros((len(encoded), max(width, 1)), dtype=np.int64)
    for i, data in enumerate(encoded):
        padded[i, : len(data)] = np.frombuffer(data, dtype=np.uint8)
    live = np.searchsorted(-lengths, -np.arange(width), side="right")
    state = np.zeros(len(encoded), dtype=np.int64)
    rows: list[npt.NDArray[np.int64]] = [np.zeros(0, dtype=np.int64)]
    feats: list[npt.NDArray[np.int64]] = [np.zeros(0, dtype=np.int64)]
    for pos in range(width):
        n = int(live[pos])
        state[:n] = model.nextmove[model.rowbase[state[:n]] + padded[:n, pos]]
        found = model.output[state[:n]]
        hit = np.flatnonzero(found >= 0)
        rows.append(hit)
        feats.append(found[hit])
    return np.concatenate(rows), np.concatenate(feats)


def _scores(model: _Model, texts: list[str]) -> npt.NDArray[np.float32]:
    """Naive Bayes scores, one row per text in input order; NaN rows had no feature.

    Counts per (text, feature) come from one sort of a combined key (numpy's integer sort is
    far faster than letting scipy sort a COO matrix), which also leaves the CSR rows ordered.
    """
    encoded = [_encode(t) for t in texts]
    order = np.asarray(sorted(range(len(encoded)), key=lambda i: -len(encoded[i])), dtype=np.int64)
    rows, feats = _feature_hits(model, [encoded[i] for i in order])
    n_feats = model.ptc.shape[0]
    keys = np.sort(rows * n_feats + feats)
    starts = np.flatnonzero(np.diff(keys, prepend=-1))
    counts = np.diff(np.append(starts, len(keys))).astype(np.float32)
    unique = keys[starts]
    indptr = np.searchsorted(unique // n_feats, np.arange(len(encoded) + 1), side="left")
    matrix = sparse.csr_matrix(
        (np.log1p(counts), unique % n_feats, indptr), shape=(len(encoded), n_feats)
    )
    sorted_scores = np.asarray(matrix @ model.ptc, dtype=np.float32) + model.pc
    sorted_scores[np.diff(indptr) == 0] = np.nan
    scores = np.empty_like(sorted_scores)
    scores[order] = sorted_scores
    return scores


def detect_languages(texts: list[str | None]) -> list[str | None]:
    """ISO 639 code of each text (None for None or empty), as `py3langid.classify` says."""
    model = _model()
    out: list[str | None] = [None] * len(texts)
    present = [i for i, t in enumerate(texts) if t]
    for start in range(0, len(present), CHUNK):
        idx = present[start : start + CHUNK]
        scores = _scores(model, [texts[i] or "" for i in idx])
        featureless = np.isnan(scores[:, 0])
        best = np.nan_to_num(scores, nan=0.0).argmax(axis=1)
        for i, b, none in zip(idx, best.tolist(), featureless.tolist(), strict=True):
            out[i] = None if none else model.classes[b]
    return out
