"""Train the deal-type classifier and measure it honestly (leave one gold set out).

Usage (from the repository root):
    python -m veille.devtools.train_types [--l2 L2] [--no-write] [--dev]

Prints, for every training set left out in turn, the rules' type accuracy and the model's
(trained on all the other sets), pooled; then trains on every training set and writes
`veille/data/deal_type_model.json`. `--dev` also prints the dev set's figures (never trained on).

Decisions:
- Multinomial logistic regression, L2 on the weights (not the biases), fitted with L-BFGS from
  zeros on a fixed example order: the same data gives the same weights (rounded to 4 decimals
  in the file). Features seen fewer than `MIN_COUNT` times in training are dropped.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from veille.devtools import typedata as td
from veille.offline.typefeatures import deal_features
from veille.offline.typemodel import MODEL_FILE, TypeModel, type_of
from veille.schema import DEAL_TYPES, DealExtraction

L2 = 1.0
MIN_COUNT = 2
OUTPUT = td.ROOT / "veille" / "data" / MODEL_FILE


def fit(rows: Sequence[tuple[DealExtraction, str, str]], l2: float = L2) -> TypeModel:
    """The model fitted to (mention, language, gold type) rows."""
    return fit_features([deal_features(d, lang) for d, lang, _ in rows], [r[2] for r in rows], l2)


def fit_features(feats: list[list[str]], labels: list[str], l2: float = L2) -> TypeModel:
    """The model fitted to feature lists and their gold types."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    classes = DEAL_TYPES
    y = np.array([classes.index(label) for label in labels])
    data_rows = [(r, index[f]) for r, fs in enumerate(feats) for f in fs if f in index]
    x = sparse.csr_matrix(
        (np.ones(len(data_rows)), ([r for r, _ in data_rows], [c for _, c in data_rows])),
        shape=(len(feats), len(vocab)),
    )
    weights, bias = _lbfgs(x, y, len(classes), l2)
    table = {
        f: tuple(round(float(v), 4) for v in weights[i])
        for f, i in index.items()
        if np.abs(weights[i]).max() >= 5e-5
    }
    return TypeModel(classes, tuple(round(float(b), 4) for b in bias), table)


def _lbfgs(x: sparse.csr_matrix, y: np.ndarray, k: int, l2: float) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: d * k].reshape(d, k), theta[d * k :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -float(np.log(p[np.arange(n), y] + 1e-300).sum())
        g = p - onehot
        grad_w = x.T @ g + l2 * w
        return nll + 0.5 * l2 * float((w * w).sum()), np.concatenate(
            [np.asarray(grad_w).ravel(), g.sum(axis=0)]
        )

    theta = np.zeros(d * k + k)
    done = optimize.minimize(loss, theta, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return done.x[: d * k].reshape(d, k), done.x[d * k :]


def predict_types(model: TypeModel | None, articles: list[td.Article]) -> list[list[str]]:
    """Types per article per deal: the model's, or the rules' when `model` is None."""
    return [
        [d.deal_type if model is None else type_of(model, d, a.lang) for d in a.deals]
        for a in articles
    ]


def loso(
    by_set: dict[str, list[td.Article]], l2: float = L2
) -> list[tuple[str, int, int, int, float]]:
    """(set, rules correct, model correct, counted, deals F1) per left-out set."""
    out = []
    for name, held in by_set.items():
        train = [a for other, arts in by_set.items() if other != name for a in arts]
        model = fit(td.examples(train), l2)
        rules, counted, f1 = td.type_score(held, predict_types(None, held))
        learned, _, _ = td.type_score(held, predict_types(model, held))
        out.append((name, rules, learned, counted, f1))
    return out


def print_table(results: list[tuple[str, int, int, int, float]]) -> None:
    print(f"{'left out':16} {'deals':>5} {'rules':>13} {'model':>13}  deals F1")
    for name, rules, learned, n, f1 in results:
        print(
            f"{name:16} {n:5d} {rules:4d} ({rules / max(n, 1):.3f}) {learned:4d} "
            f"({learned / max(n, 1):.3f})  {f1:.3f}"
        )
    n = sum(r[3] for r in results)
    rules, learned = sum(r[1] for r in results), sum(r[2] for r in results)
    print(f"{'pooled':16} {n:5d} {rules:4d} ({rules / n:.3f}) {learned:4d} ({learned / n:.3f})")


def load_training() -> dict[str, list[td.Article]]:
    return {name: td.load_articles(name, *paths) for name, paths in td.training_sets().items()}


def train_all(by_set: dict[str, list[td.Article]], l2: float = L2) -> TypeModel:
    return fit(td.examples([a for arts in by_set.values() for a in arts]), l2)


def model_text(model: TypeModel) -> str:
    """The weights file: one line per feature, sorted, so that a retrain diffs readably."""
    data = model.to_json()
    rows = [f"{json.dumps(f)}: {json.dumps(w)}" for f, w in data["weights"].items()]
    head = f'{{"classes": {json.dumps(data["classes"])},\n"bias": {json.dumps(data["bias"])},\n'
    return head + '"weights": {\n' + ",\n".join(rows) + "\n}}\n"


def write_model(model: TypeModel, path: Path = OUTPUT) -> None:
    path.write_text(model_text(model), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--dev", action="store_true", help="also score the dev set (not trained on)")
    args = ap.parse_args(argv)
    by_set = load_training()
    print_table(loso(by_set, args.l2))
    model = train_all(by_set, args.l2)
    if args.dev:
        dev = td.load_articles("dev", *td.dev_set(), dev=True)
        rules, n, f1 = td.type_score(dev, predict_types(None, dev))
        learned, _, _ = td.type_score(dev, predict_types(model, dev))
        print(
            f"dev: deals F1 {f1:.3f}; type accuracy rules {rules}/{n} ({rules / n:.3f}),"
            f" model {learned}/{n} ({learned / n:.3f})"
        )
    if not args.no_write:
        write_model(model)
        print(f"wrote {OUTPUT.relative_to(td.ROOT)} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
