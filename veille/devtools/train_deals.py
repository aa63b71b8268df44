"""Train the deal re-ranker (veille/offline/rerank.py) on gold sets; print leave-one-set-out.

    python -m veille.devtools.train_deals            # LOSO table, then writes the weights
    python -m veille.devtools.train_deals --check    # LOSO table only, writes nothing

Decisions:
- Training sets: those of the type classifier (`typedata.training_sets`) except the
  session-3 `train_t5*` sets: every gold set in the repository but the blind one kept for
  final measurement (tests/fixtures/heldout_s10, never read) and the shared dev set, which
  stays a check the model never saw. The session-3 blind sets s4a, s4b and s5 (dev
  conventions) joined the training sets in session 4 after their blind scores were recorded.
  The t5 sets annotate sellers, failed and rumoured deals as deals where the older sets and
  dev do not; trained on them, the re-ranker measured no better on unseen sets and dropped
  deals of the seed and of the rules' tests.
  They are scored instead, as unseen text for both the rules and the model (the "(unseen)"
  lines).
  Labels follow the reference scorer exactly: it is imported from `<shared>/eval/score.py`
  (never copied), so a candidate is positive when the scorer would count that mention as
  correct.
- Leave-one-set-out: each set is scored by a model trained on the others. The rules were tuned
  on most of these sets, so their own scores there are optimistic; heldout_s3 is the set the
  rules were never tuned on and is the fairest line of the table.
- Logistic regression with L2 (scipy L-BFGS from zeros: deterministic), features seen at
  least twice; weights rounded to 6 decimals so the file is stable across runs. Since
  session 6, 100 boosted trees on its residual (`veille/devtools/boost.py`, the file's
  `trees`): the leave-one-set-out table measures both together (`fit_model`).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from veille.devtools.boost import fit_residual
from veille.devtools.dealexamples import Example, examples
from veille.devtools.dealscore import Row, f1, keep_model, keep_rules, print_mean
from veille.devtools.typedata import (
    TRAIN,
    dev_set,
    scorer,
    training_sets,
)
from veille.offline.pairfeatures import WORD_FEATURES
from veille.offline.rerank import MODEL_FILE, Model
from veille.offline.rerankfeatures import Candidate

L2 = 8.0
# session 8: 0.45 -> 0.35. Out of sample the model is too cautious: the hard sets' recall
# trails their precision, and lowering the bar (or weighing positives up) raised every LOSO
# row family alike: hard mean 0.50 0.750, 0.45 0.754, 0.4 0.758, 0.35 0.765, 0.3 0.764
# (paired bootstrap of 0.35 against 0.45: +0.011, 95 % +0.003 .. +0.021); dev 0.971 -> 0.959
# (one more wrong mention, the same recall). `python -m veille.devtools.dealmodels`.
THRESHOLD = 0.35
# session 11: the bar of an amountless candidate (`Model.noamt_threshold`). Amountless deals under
# 0.35 were the largest class of misses (43 of 121 on s23-s28). With the implicit-subject
# features on, LOSO fresh mean / hard mean by bar: 0.25 0.729 / 0.756, 0.3 0.734 / 0.758,
# 0.325 0.733 / 0.760, 0.35 0.731 / 0.759 (dev 0.935 from 0.3 up). None: the one threshold.
NOAMT_THRESHOLD: float | None = 0.325
# session 6: amountless candidates of a gold deal another candidate states are not trained on
DENOISE = True
MIN_COUNT = 2
MIN_ARTICLES = 1  # session 8: distinct training articles a feature must appear in
POS_WEIGHT = 1.0  # session 8: a positive candidate's weight in the loss (and the trees')
# The word features the residual trees never split on: with them, 18 of 100 trees split first
# on one rare word before an amount ("aw:holistic"), which isolates a few sentences of the
# training sets. Without them: hard mean 0.661 against 0.664 (within one gold deal), older
# rows slightly up; the trees then read cues, kinds, positions and the rules' evidence.
LEXICAL = WORD_FEATURES
# The sets written blind after session 2, on which the rules were tuned least: their mean model
# F1 is the one figure a change to the rules, features or model is judged by (session 6).
HARD = (
    *("heldout_s3", "heldout_s4a", "heldout_s4b", "heldout_s5", "train_t6", "heldout_s6"),
    *("heldout_s7", "heldout_s8", "heldout_s9"),
    *("train_t5a (unseen)", "train_t5b (unseen)", "train_t5c (unseen)"),
    *(f"heldout_s{n}" for n in range(10, 44)),
    *(f"train_t7{x}" for x in "abcdef"),
    *(f"train_t8{x}" for x in "abcdefgh"),
    *(f"train_t9{x}" for x in "abcdefgh"),
    *(f"train_t10{x}" for x in "abcdefghijkl"),
)
# Sets nobody has read the errors of: no rule or feature was written from them, so their LOSO
# rows judge a change (derive from the other sets, judge here; history in docs/offline-engine.md).
# Session 11: s14-s19 and s23-s28 were read by that session's helpers; s29-s31 (blind, scored
# once at the end of session 11) and the session-11 training sets t7a-f replace them; session 12
# adds s32-s34 (blind, scored at its start and end). The t8 sets were read: they do not judge.
# Session 13 adds s35-s37 (blind, scored at its start and end), session 14 s38-s40 and the
# unread training sets t9a-d, session 15 the unread training sets t10a-f (kept by the rule fixed
# before judging them: the 22 earlier fresh sets' mean must not fall by more than 0.003; it read
# 0.707 -> 0.709 with them in training), then t10g-l by the same rule over the 28 sets (0.704 ->
# 0.707). At its end s41-s43 and t9e-h (the blind pool, scored at its start and after t10) join.
FRESH = (
    *(f"heldout_s{n}" for n in range(29, 44)),
    *(f"train_t7{x}" for x in "abcdef"),
    *(f"train_t9{x}" for x in "abcdefgh"),
    *(f"train_t10{x}" for x in "abcdefghijkl"),
)


# The sets the newest rules were derived from (their errors read while writing them): the
# "... but the derived" line leaves them out, the honest figure for those rules (session 7:
# the first wave's rules, written from the other hard sets, moved their LOSO mean 0.707 ->
# 0.745 and the blind heldout_s9 not at all; the second wave was derived from s9 alone).
DERIVED = ("heldout_s4b", "heldout_s7", "heldout_s8", "heldout_s9")  # sessions 7-8


def fit(examples_: list[Example], l2: float = L2) -> dict[str, float]:
    return _fit(examples_, l2)[0]


def fit_model(examples_: list[Example]) -> Model:
    """The logistic weights, then boosted trees on their residual (veille/devtools/boost.py)."""
    weights, trees = _fit(examples_, L2, boost=True)
    return Model(weights, THRESHOLD, tuple(trees), NOAMT_THRESHOLD)


def _fit(
    examples_: list[Example], l2: float, boost: bool = False
) -> tuple[dict[str, float], list[Any]]:
    """Sparse design matrix (session 6): the indicators fill ~0.5 % of it; the dense one made
    each fit take seconds and the leave-one-set-out table two minutes, for the same weights."""
    from scipy.optimize import minimize

    keep = [_trainable(e) for e in examples_]
    vocab = vocabulary(examples_, keep)
    x = _design(examples_, keep, vocab)
    xt = x.T.tocsr()
    y = np.array(
        [e.labels[i] for e, k in zip(examples_, keep, strict=True) for i in k], dtype=float
    )
    cw = _loss_weights(examples_, keep, y)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        value = -np.sum(cw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        grad = xt @ (cw * (p - y))
        value += l2 * float(np.sum(w[1:] ** 2)) / 2
        grad[1:] += l2 * w[1:]
        return float(value), grad

    result = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B")
    weights = {k: round(float(w), 6) for k, w in zip(vocab, result.x, strict=True) if round(w, 6)}
    if not boost:
        return weights, []
    margin = x @ np.array([weights.get(k, 0.0) for k in vocab])
    split = [i for i, k in enumerate(vocab) if not k.startswith(LEXICAL)]
    return weights, fit_residual(x[:, split], y, margin, [vocab[i] for i in split], cw)


def _design(examples_: list[Example], keep: list[list[int]], vocab: list[str]) -> Any:
    """The trained candidates' features as a sparse matrix (rows in `keep` order)."""
    from scipy import sparse

    index = {k: i for i, k in enumerate(vocab)}
    rows, cols, vals = [], [], []
    cands = [c for e, k in zip(examples_, keep, strict=True) for c in (e.candidates[i] for i in k)]
    for row, c in enumerate(cands):
        for k, v in c.features.items():
            if k in index:
                rows.append(row)
                cols.append(index[k])
                vals.append(v)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(cands), len(vocab)))


def _loss_weights(examples_: list[Example], keep: list[list[int]], y: np.ndarray) -> np.ndarray:
    """Each trained candidate's weight: its example's (`Example.weight`) times `POS_WEIGHT`
    for a positive; all 1.0 by default, which leaves the loss and the trees unchanged."""
    ew = np.array([e.weight for e, k in zip(examples_, keep, strict=True) for _ in k])
    return np.where(y > 0, POS_WEIGHT, 1.0) * ew


def vocabulary(examples_: list[Example], keep: list[list[int]]) -> list[str]:
    """The model's features: `bias`, then those of the trained candidates seen at least
    `MIN_COUNT` times and in at least `MIN_ARTICLES` articles (one article's repeated phrase
    is not a pattern of news writing)."""
    counts: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for e, k in zip(examples_, keep, strict=True):
        seen = {f for i in k for f in e.candidates[i].features}
        counts.update(f for i in k for f in e.candidates[i].features)
        articles.update(seen)
    ok = [f for f, n in counts.items() if n >= MIN_COUNT and articles[f] >= MIN_ARTICLES]
    return ["bias", *sorted(f for f in ok if f != "bias")]


def _evidence(c: Candidate) -> bool:
    f = c.features
    return "rule_exact" in f or "undisc" in f or any(k.startswith("scue:event") for k in f)


def _trainable(e: Example) -> list[int]:
    """The candidates the model learns from. An amountless candidate is labelled right when
    its pair is an amountless gold deal of the article, whichever sentence it comes from
    ("Shares of CoreWeave rose" beside a deal stated elsewhere): when another amountless
    candidate of the same gold deal has a sentence stating an event (a rule, an event cue,
    an undisclosed sum), the evidence-less ones are left out of training instead of
    teaching that co-mention is a deal."""
    if not DENOISE:
        return list(range(len(e.candidates)))
    stated = {
        m
        for c, m in zip(e.candidates, e.matched, strict=True)
        if m >= 0 and c.amount is None and _evidence(c)
    }
    return [
        i
        for i, (c, m) in enumerate(zip(e.candidates, e.matched, strict=True))
        if not (m in stated and c.amount is None and not _evidence(c))
    ]


def loso(data: dict[str, list[Example]], unseen: dict[str, list[Example]]) -> list[Row]:
    """(set, rules F1, model (P, R, F1)): each training set scored by a model trained on the
    others, then each `unseen` set by the model trained on all of them."""
    table = []
    for held, rows in data.items():
        train = [e for name, ex in data.items() if name != held for e in ex]
        model = fit_model(train)
        table.append((held, f1(rows, keep_rules)[2], f1(rows, keep_model(model))))
    model = fit_model([e for ex in data.values() for e in ex])
    for name, ex in unseen.items():
        table.append((f"{name} (unseen)", f1(ex, keep_rules)[2], f1(ex, keep_model(model))))
    return table


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the table, write nothing")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--derived",
        action="append",
        help="a set whose errors the change under test was written from (repeatable);"
        " default: DERIVED",
    )
    parser.add_argument(
        "--judge", action="append", default=[], help="also print the mean of these sets"
    )
    return parser


def main() -> int:
    args = _parser().parse_args()
    derived = tuple(args.derived or DERIVED)
    score = scorer()
    sets = {name: files for name, files in training_sets().items() if name not in TRAIN}
    data = {name: examples(files, score) for name, files in sets.items()}
    unseen = {name: examples(files, score) for name, files in training_sets().items()}
    unseen = {name: unseen[name] for name in TRAIN} | {"dev": examples(dev_set(), score)}
    print(f"{'left out':22} {'rules F1':>9} {'model F1':>9} {'model P':>8} {'model R':>8}")
    table = loso(data, unseen)
    for name, rules, (p, r, model) in table:
        print(f"{name:22} {rules:9.3f} {model:9.3f} {p:8.3f} {r:8.3f}")
    print_mean(table, "mean of the hard sets", HARD)
    print_mean(table, "... but the derived", tuple(n for n in HARD if n not in derived))
    print_mean(table, "mean of the fresh sets", FRESH)
    if args.judge:
        print_mean(table, "mean of the judged sets", tuple(args.judge))
    if args.check:
        return 0
    fitted = fit_model([e for ex in data.values() for e in ex])
    weights = fitted.weights
    payload = {
        "about": "deal re-ranker weights: python -m veille.devtools.train_deals",
        "trained_on": list(sets),
        "l2": L2,
        "min_count": MIN_COUNT,
        "threshold": THRESHOLD,
        "noamt_threshold": NOAMT_THRESHOLD,
        "weights": dict(sorted(weights.items())),
        "trees": list(fitted.trees),
    }
    args.out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights, {len(fitted.trees)} trees)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
