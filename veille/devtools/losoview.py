"""Why the re-ranker loses the right candidates it is given: leave-one-set-out, by stage.

    python -m veille.devtools.losoview [--set NAME ...] [--show] [--limit N]

For each chosen readable set (default: every training set outside `train_deals.FRESH`, whose
errors may be read), the model is trained without that set, as `train_deals --check` trains
it. Each gold deal that has a candidate but no kept one is a loss, classed by where its best
candidate (the most probable one) fell in `rerank.select`:
- `filter:<why>` dropped before scoring (`crossed`, `foreign`, `petty`, `tenant`, `profit`,
  `background`);
- `bar` under its bar (`Model.bar`), with the probability's bucket;
- `amount` beaten by a pair claiming the same amount (`rerank.AMOUNT_MARGIN`);
- `pair` beaten by the same pair's more probable amount of the sentence;
- `twin` an amountless candidate whose pair keeps a priced mention.
Each kept candidate matching no gold deal is a false positive, classed by its source
(`errors.source`). `--show` prints each loss and false positive with its sentence and the
features that weigh most on its logistic score.

Decision: a development aid for the readable sets only (never the fresh judge sets): it says
which stage loses the most right candidates, so that features are written for a class.
"""

from __future__ import annotations

import argparse
from collections import Counter

from veille.devtools.dealexamples import Example
from veille.devtools.errors import _snippet, _weights, source
from veille.devtools.train_deals import FRESH, examples, fit_model
from veille.devtools.typedata import TRAIN, read_jsonl, scorer, training_sets
from veille.offline import rerank
from veille.offline.rerank import Model
from veille.offline.rerankfeatures import Candidate


def _filtered(c: Candidate) -> str | None:
    """The first of `rerank.select`'s drops before scoring that removes the candidate."""
    checks = (
        ("crossed", lambda: c.crossed),
        ("foreign", lambda: c.foreign),
        ("petty", lambda: rerank._petty(c)),
        ("tenant", lambda: rerank._tenant(c)),
        ("profit", lambda: rerank._profit(c)),
        ("background", lambda: rerank._background(c)),
    )
    return next((name for name, check in checks if check()), None)


def stages(found: list[Candidate], model: Model) -> dict[int, str]:
    """Each candidate's fate in `rerank.select` (by `id`): `kept`, or the stage dropping it."""
    chosen = {id(c) for c in rerank.select(found, model)}
    fate: dict[int, str] = {}
    scored = []
    for c in found:
        why = _filtered(c)
        if why is None:
            scored.append((c, model.probability(c.features)))
        fate[id(c)] = f"filter:{why}" if why else "?"
    kept, under = rerank._split(scored, model)
    for c, p in under:
        fate[id(c)] = f"bar:{_pbucket(p)}"
    by_amount = rerank._best_per(kept, rerank._amount_key)
    by_pair = rerank._best_per(kept, rerank._pair_key)
    for c, p in kept:
        if id(c) in chosen:
            fate[id(c)] = "kept"
        elif (k := rerank._amount_key(c)) is not None and p < by_amount[k] - rerank.AMOUNT_MARGIN:
            fate[id(c)] = "amount"
        elif (k := rerank._pair_key(c)) is not None and p < by_pair[k]:
            fate[id(c)] = "pair"
        else:
            fate[id(c)] = "twin"
    for c in found:  # conjlists / dealnouns rescue some candidates under the bar
        if id(c) in chosen:
            fate[id(c)] = "kept"
    return fate


def _pbucket(p: float) -> str:
    return next(f"<{edge}" for edge in (0.05, 0.15, 0.25, 0.35, 1.01) if p < edge)


def analyse(e: Example, model: Model, text: str, show: bool) -> tuple[Counter[str], Counter[str]]:
    """One article's losses (gold deals with a candidate, none kept) and false positives."""
    fate = stages(e.candidates, model)
    prob = [model.probability(c.features) for c in e.candidates]
    hit = {e.matched[i] for i, c in enumerate(e.candidates) if fate[id(c)] == "kept"}
    losses: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    for gi in sorted({m for m in e.matched if m >= 0} - hit):
        best = max((i for i, m in enumerate(e.matched) if m == gi), key=lambda i: prob[i])
        c = e.candidates[best]
        klass = f"{fate[id(c)].split(':')[0]}:{'amt' if c.amount else 'noamt'}"
        losses[klass] += 1
        if show:
            print(f"  LOSS {fate[id(c)]:16} {source(c):12} {c.parties} p={prob[best]:.2f}")
            print(f"      {_snippet(c, text)}\n      {_weights(model, c)}")
    for i, c in enumerate(e.candidates):
        if fate[id(c)] == "kept" and not e.labels[i]:
            fps[f"{source(c)}:{'amt' if c.amount else 'noamt'}"] += 1
            if show:
                print(f"  FP   {source(c):16} {c.parties} p={prob[i]:.2f}")
                print(f"      {_snippet(c, text)}\n      {_weights(model, c)}")
    return losses, fps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="*", dest="sets", default=None)
    parser.add_argument("--show", action="store_true", help="print every loss and false positive")
    args = parser.parse_args()
    if any(n in FRESH for n in args.sets or ()):
        raise SystemExit("the fresh judge sets stay unread")
    score = scorer()
    sets = training_sets()
    data = {n: examples(f, score) for n, f in sets.items() if n not in TRAIN}
    chosen = args.sets or [n for n in data if n not in FRESH]
    total_l: Counter[str] = Counter()
    total_f: Counter[str] = Counter()
    for name in chosen:
        model = fit_model([e for n, ex in data.items() if n != name for e in ex])
        texts = [item["text"] for item in read_jsonl(sets[name][0])]
        if args.show:
            print(f"== {name}")
        for e, text in zip(data[name], texts, strict=True):
            losses, fps = analyse(e, model, text, args.show)
            total_l += losses
            total_f += fps
    print(f"losses {dict(total_l.most_common())}")
    print(f"false positives {dict(total_f.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
