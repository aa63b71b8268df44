"""Is a setting's gain on the hard-set mean more than chance? A paired bootstrap (session 8).

    python -m veille.devtools.dealboot base rule_fitted_0.5      # settings of dealmodels

Why: the hard-set mean moves by 0.002-0.008 between neighbouring settings of the re-ranker
(docs/offline-engine.md, "Session 8: the model"), about one to five gold deals over some
650; whether such a move is a gain or the luck of which articles the sets hold is what
`train_deals --check` cannot say. Resampling the articles of each hard set (with
replacement, the same draw for both settings) and recomputing each set's F1 and their mean
gives the spread of the difference the same sets written again would show.

Decisions:
- Each hard set is scored as in `train_deals.loso` (its LOSO model, or the model of every
  training set for the unseen t5 sets), one count tuple per article, so the point estimate
  equals the two tables' means.
- Paired: both settings see the same resampled articles; seeded (`numpy` default_rng(0)).
- Reported: the mean difference, its 2.5-97.5 % interval and the share of draws in which
  the second setting is ahead. An interval that straddles zero is not a clear gain.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import numpy as np

from veille.devtools.dealmodels import RULE_FITTED, SETTINGS, Setting, applied, load, weighted
from veille.devtools.dealscore import keep_model
from veille.devtools.train_deals import HARD, Example, fit_model

Counts = tuple[int, int, int, int]  # predicted, predicted right, gold found, gold


def article_counts(rows: list[Example], keep: Callable[[Example], list[int]]) -> list[Counts]:
    """Per article, what `dealscore.f1` sums: mentions kept, right ones, gold deals found."""
    out = []
    for e in rows:
        kept = keep(e)
        found = len({e.matched[i] for i in kept if e.matched[i] >= 0})
        out.append((len(kept), sum(e.labels[i] for i in kept), found, e.n_gold))
    return out


def set_f1(counts: np.ndarray) -> float:
    """F1 from summed counts (rows of `Counts`), as `dealscore.f1`."""
    n_pred, tp_pred, tp_gold, n_gold = counts.sum(axis=0)
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return float(2 * p * r / (p + r)) if p + r else 0.0


def hard_counts(
    setting: Setting, data: dict[str, list[Example]], unseen: dict[str, list[Example]]
) -> dict[str, np.ndarray]:
    """Each hard set's per-article counts under `setting` (LOSO, or all sets for unseen)."""
    constants = {k: v for k, v in setting.items() if not k.startswith("data.")}
    w = float(setting.get("data.RULE_FITTED", 1.0))
    out = {}
    with applied(constants), weighted(data, RULE_FITTED, w):
        full = fit_model([e for ex in data.values() for e in ex])
        for held in HARD:
            name = held.removesuffix(" (unseen)")
            if name in data:
                model = fit_model([e for n, ex in data.items() if n != name for e in ex])
                rows = data[name]
            else:
                model, rows = full, unseen[name]
            out[name] = np.array(article_counts(rows, keep_model(model)), dtype=float)
    return out


def paired_bootstrap(
    a: dict[str, np.ndarray], b: dict[str, np.ndarray], rounds: int = 2000
) -> tuple[float, float, float, float]:
    """(mean of b - a, 2.5 % and 97.5 % quantiles of it, share of draws with b ahead)."""
    rng = np.random.default_rng(0)
    point = float(np.mean([set_f1(b[s]) - set_f1(a[s]) for s in a]))
    diffs = np.empty(rounds)
    for i in range(rounds):
        d = []
        for s, rows in a.items():
            pick = rng.integers(0, len(rows), len(rows))
            d.append(set_f1(b[s][pick]) - set_f1(rows[pick]))
        diffs[i] = np.mean(d)
    low, high = np.quantile(diffs, [0.025, 0.975])
    return point, float(low), float(high), float(np.mean(diffs > 0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", choices=list(SETTINGS))
    parser.add_argument("others", nargs="+", choices=list(SETTINGS))
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    data, unseen = load()
    a = hard_counts(SETTINGS[args.first], data, unseen)
    for name in args.others:
        b = hard_counts(SETTINGS[name], data, unseen)
        point, low, high, ahead = paired_bootstrap(a, b, args.rounds)
        print(
            f"{name} - {args.first}: {point:+.4f} (95 % {low:+.4f} .. {high:+.4f};"
            f" ahead in {ahead:.0%} of draws)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
