"""How the deal re-ranker's trainer (veille/devtools/train_deals.py) scores a choice of
candidates: mention precision, gold recall and F1 as the reference scorer counts them, the
rules' choice and a model's, and the mean lines of the leave-one-set-out table.

Why a module of its own: scoring reads no training constant, so it stays the same whatever
setting `dealmodels` applies to the trainer's module (split from train_deals.py in session
12 for module size); dealboot and dealmodels score with it too.
"""

from __future__ import annotations

from collections.abc import Callable

from veille.devtools.dealexamples import Example
from veille.offline.rerank import Model, select

Keep = Callable[[Example], list[int]]  # the indices of an example's candidates kept


def f1(examples_: list[Example], keep: Keep) -> tuple[float, float, float]:
    """Mention precision, gold recall and F1, as the reference scorer counts them."""
    n_pred = tp_pred = tp_gold = n_gold = 0
    for e in examples_:
        kept = keep(e)
        n_pred += len(kept)
        tp_pred += sum(e.labels[i] for i in kept)
        tp_gold += len({e.matched[i] for i in kept if e.matched[i] >= 0})
        n_gold += e.n_gold
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def keep_model(model: Model) -> Keep:
    """The candidates `model` selects (`rerank.select`), as indices."""

    def keep(e: Example) -> list[int]:
        chosen = {id(c) for c in select(e.candidates, model)}
        return [i for i, c in enumerate(e.candidates) if id(c) in chosen]

    return keep


def keep_rules(e: Example) -> list[int]:
    """The candidates a rule found (the rules' own choice, the table's "rules F1")."""
    return [i for i, c in enumerate(e.candidates) if c.rule is not None]


Row = tuple[str, float, tuple[float, float, float]]  # (set, rules F1, model (P, R, F1))


def print_mean(table: list[Row], label: str, names: tuple[str, ...]) -> None:
    """One mean line of the table: the rules' and the model's F1 over the rows of `names`."""
    rows = [(rules, model) for name, rules, (_, _, model) in table if name in names]
    print(
        f"{label:22} {sum(r for r, _ in rows) / len(rows):9.3f}"
        f" {sum(m for _, m in rows) / len(rows):9.3f}   ({len(rows)} sets)"
    )
