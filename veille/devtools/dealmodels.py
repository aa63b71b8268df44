"""Compare deal re-ranker settings, and its learning curve, by leave-one-set-out (session 8).

    python -m veille.devtools.dealmodels                        # every setting in SETTINGS
    python -m veille.devtools.dealmodels --setting base --setting l2_16
    python -m veille.devtools.dealmodels --curve 4 8 all --draws 3 --setting none

Why: `train_deals --check` measures the one setting written in its constants; choosing the
learning side (L2, feature counts, trees, threshold, class weight) needs several settings
side by side on the same candidates, built once. The learning curve (each hard set scored by
models trained on `k` of the other sets, drawn at random) says whether more gold sets would
still raise the figure.

Decisions:
- A setting is a set of overrides of the trainer's module constants (`train_deals.L2`,
  `boost.ROUNDS`, ...), applied for the time of one table and restored after: the shipped
  code path (`train_deals`, `rerank`) is unchanged by this tool.
- The table is `train_deals.loso` itself, so a setting's figures are what `train_deals
  --check` would print with the same constants.
- The curve's draws are seeded (`random.Random(seed)`): reruns give the same figures.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from veille.devtools import boost, train_deals
from veille.devtools.dealscore import Row, f1, keep_model
from veille.devtools.train_deals import FRESH, HARD, Example, examples, fit_model, loso
from veille.devtools.typedata import TRAIN, dev_set, scorer, training_sets

MODULES: dict[str, ModuleType] = {"train_deals": train_deals, "boost": boost}
Setting = Mapping[str, Any]  # "module.CONSTANT" -> value
SETTINGS: dict[str, Setting] = {
    "base": {},  # the trainer's constants as they are (threshold 0.35 since session 8)
    "no_trees": {"boost.ROUNDS": 0},
    "l2_16": {"train_deals.L2": 16.0},
    "min_count_5": {"train_deals.MIN_COUNT": 5},
    "min_articles_3": {"train_deals.MIN_ARTICLES": 3},
    "trees_leaf_10": {"boost.MIN_HESSIAN": 10.0},
    "trees_50": {"boost.ROUNDS": 50},
    "threshold_0.5": {"train_deals.THRESHOLD": 0.5},
    "threshold_0.45": {"train_deals.THRESHOLD": 0.45},  # the threshold before session 8
    "threshold_0.4": {"train_deals.THRESHOLD": 0.4},
    "threshold_0.35": {"train_deals.THRESHOLD": 0.35},
    "threshold_0.3": {"train_deals.THRESHOLD": 0.3},
    # session 11: the amountless bar (`Model.noamt_threshold`, 0.325) and its neighbours
    "one_threshold": {"train_deals.NOAMT_THRESHOLD": None},
    "noamt_0.3": {"train_deals.NOAMT_THRESHOLD": 0.3},
    # positives weigh more in the logistic loss and in the residual trees' gradients (before
    # commit 1b: in the logistic loss only, 0.755)
    "pos_weight_1.5": {"train_deals.POS_WEIGHT": 1.5},
    "pos_weight_1.25": {"train_deals.POS_WEIGHT": 1.25},  # its neighbours, to check its gain
    "pos_weight_2": {"train_deals.POS_WEIGHT": 2.0},
    # the three "fewer narrow signals" knobs at once: the hypothesis, not a search
    "rule_fitted_0.5": {"data.RULE_FITTED": 0.5},
    "rule_fitted_0.3": {"data.RULE_FITTED": 0.3},  # the neighbours of 0.5, to check its gain
    "rule_fitted_0.7": {"data.RULE_FITTED": 0.7},
    "rule_fitted_0": {"data.RULE_FITTED": 0.0},  # trained on the later sets only
    # session 12: capacity for the larger training pool (53 sets after train_t8a-h). Fresh /
    # hard mean: base 0.660 / 0.735, trees_200 0.663 / 0.736, depth_4 0.661 / 0.737, l2_4
    # 0.663 / 0.736, threshold_0.3 0.664 / 0.737 (dev 0.924 -> 0.914), both trees knobs
    # 0.665 / 0.739: all within noise, so the constants stay; capacity is not the bottleneck
    "trees_200": {"boost.ROUNDS": 200},
    "depth_4": {"boost.DEPTH": 4},
    "l2_4": {"train_deals.L2": 4.0},
    "trees_200_depth_4": {"boost.ROUNDS": 200, "boost.DEPTH": 4},
    "regularised": {
        "train_deals.L2": 16.0,
        "train_deals.MIN_ARTICLES": 3,
        "boost.MIN_HESSIAN": 10.0,
    },
    # session 15: both bars lowered together (precision trails recall out of sample)
    "thr_0.3_noamt_0.275": {"train_deals.THRESHOLD": 0.3, "train_deals.NOAMT_THRESHOLD": 0.275},
    "thr_0.275_noamt_0.25": {"train_deals.THRESHOLD": 0.275, "train_deals.NOAMT_THRESHOLD": 0.25},
}


@contextmanager
def applied(setting: Setting) -> Iterator[None]:
    """The trainer's constants set to `setting` inside the block, restored after (even on
    error); an unknown module or constant is refused, never created."""
    saved = []
    try:
        for key, value in setting.items():
            module_name, _, name = key.partition(".")
            module = MODULES[module_name]
            if not hasattr(module, name):
                raise AttributeError(f"{module_name} has no constant {name}")
            saved.append((module, name, getattr(module, name)))
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in reversed(saved):
            setattr(module, name, value)


# the sets the first sessions' rules were tuned on until they scored 0.86-1.0 (rules F1)
RULE_FITTED = (
    "heldout",
    "heldout_final",
    "heldout_fresh",
    "heldout_last",
    "heldout_s2_en",
    "heldout_s2_fr",
    "heldout_s2_mix",
)


@contextmanager
def weighted(data: dict[str, list[Example]], names: tuple[str, ...], w: float) -> Iterator[None]:
    """The examples of the `names` sets weigh `w` in the logistic loss inside the block."""
    chosen = [e for name in names for e in data.get(name, [])]
    try:
        for e in chosen:
            e.weight = w
        yield
    finally:
        for e in chosen:
            e.weight = 1.0


def table(
    setting: Setting, data: dict[str, list[Example]], unseen: dict[str, list[Example]]
) -> list[Row]:
    """`train_deals.loso` under `setting`: its "data.RULE_FITTED" key weighs those sets, the
    others are the trainer's constants."""
    constants = {k: v for k, v in setting.items() if not k.startswith("data.")}
    w = float(setting.get("data.RULE_FITTED", 1.0))
    with applied(constants), weighted(data, RULE_FITTED, w):
        return loso(data, unseen)


def hard_mean(table: list[Row], names: tuple[str, ...] = HARD) -> float:
    rows = [model for name, _, (_, _, model) in table if name in names]
    return sum(rows) / len(rows)


def row(table: list[Row], name: str) -> float:
    return next(model for n, _, (_, _, model) in table if n == name)


def draw_sets(pool: list[str], k: int, rng: random.Random) -> list[str]:
    """`k` of the `pool` sets (all of them when `k` is at least its size), in pool order."""
    if k >= len(pool):
        return list(pool)
    chosen = set(rng.sample(pool, k))
    return [name for name in pool if name in chosen]


def curve_point(
    data: dict[str, list[Example]],
    unseen: dict[str, list[Example]],
    k: int,
    draws: int,
    fixed: tuple[str, ...] = (),
) -> list[float]:
    """The hard-set mean of each draw, each hard set scored by a model trained on the `fixed`
    sets plus `k` sets drawn from the other training sets but itself (one draw when `k`
    takes them all). `fixed` empty: the plain curve; the older sets: what newer sets add."""
    means = []
    for d in range(1 if k == 0 or k >= len(data) - len(fixed) else draws):
        rng = random.Random(1000 * k + d)
        scores = []
        for held in HARD:
            name = held.removesuffix(" (unseen)")
            rows = data.get(name) or unseen[name]
            pool = [n for n in data if n != name and n not in fixed]
            train = [e for n in (*fixed, *draw_sets(pool, k, rng)) for e in data[n]]
            scores.append(f1(rows, keep_model(fit_model(train)))[2])
        means.append(sum(scores) / len(scores))
    return means


def load() -> tuple[dict[str, list[Example]], dict[str, list[Example]]]:
    """The training sets' examples and the unseen ones (t5 sets, dev), as `train_deals`."""
    score = scorer()
    sets = training_sets()
    data = {name: examples(files, score) for name, files in sets.items() if name not in TRAIN}
    unseen = {name: examples(sets[name], score) for name in TRAIN}
    return data, unseen | {"dev": examples(dev_set(), score)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setting", action="append", choices=[*SETTINGS, "none"])
    parser.add_argument("--curve", nargs="*", default=[], help="k values, or 'all'")
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument(
        "--on-older",
        action="store_true",
        help="the curve always trains on the older sets (RULE_FITTED, own, seed)"
        " and draws k of the newer ones",
    )
    args = parser.parse_args()
    names = [n for n in (args.setting or SETTINGS) if n != "none"]
    data, unseen = load()
    tables = {}
    for name in names:
        t = tables[name] = table(SETTINGS[name], data, unseen)
        p, r, dev = next(m for n, _, m in t if n == "dev (unseen)")
        fresh = hard_mean(t, FRESH)
        print(
            f"{name:16} hard {hard_mean(t):.3f} fresh {fresh:.3f} dev {dev:.3f}"
            f" (P {p:.3f} R {r:.3f})",
            flush=True,
        )
    if tables:
        print(f"\n{'left out':22}" + "".join(f" {n[:14]:>14}" for n in tables))
        for set_name, _, _ in next(iter(tables.values())):
            print(f"{set_name:22}" + "".join(f" {row(t, set_name):14.3f}" for t in tables.values()))
    fixed = (*RULE_FITTED, "own", "seed") if args.on_older else ()
    for k in args.curve:
        size = len(data) if k == "all" else int(k)
        means = curve_point(data, unseen, size, args.draws, fixed)
        print(
            f"curve k={k:>3}: hard mean {sum(means) / len(means):.3f}"
            f" (draws {' '.join(f'{m:.3f}' for m in means)})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
