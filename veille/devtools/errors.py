"""The re-ranker's leave-one-set-out errors by class: what it misses and what it keeps wrongly.

    python -m veille.devtools.errors [--set NAME ...] [--show]

For each chosen set (default: the seven sets the rules were never tuned on, the "unseen"
rows of `train_deals --check`), the model is trained as `train_deals` trains it without
that set (the `train_t5*` sets are never in training), then:
- each gold deal no kept candidate matches is a miss, classed `no_candidate` (see
  `veille.devtools.recall` for why), `threshold` (its best candidate scored below the
  threshold) or `competition` (above it, but dropped by the amount / pair competitions of
  `rerank.select`), and by whether the gold deal has an amount;
- each kept candidate that matches no gold deal is a false positive, classed by what is
  wrong: `not_org` (a party the gold set does not list), `no_deal` (both parties are gold
  organisations but no gold deal joins them), `extra_amount` (the gold deal has no amount),
  `no_amount` (the gold deal has one, the mention none), `wrong_amount`; and by source
  (`rule`, `pair`, `implicit`: the main subject paired with a sentence that does not name
  it, `anaphor`, `inferred`).

Decision: a development aid, not a metric: the counts say which class of error is largest;
`--show` prints the sentence of every error so a rule can be written for the class (never
for a sentence).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from veille.devtools.train_deals import THRESHOLD, Example, examples, fit_model
from veille.devtools.typedata import TRAIN, read_jsonl, scorer, training_sets
from veille.offline.engine import display_names, rule_view
from veille.offline.rerank import Model, select
from veille.offline.rerankfeatures import Candidate
from veille.schema import ArticleInput

UNSEEN = (
    "heldout_s3",
    "heldout_s4a",
    "heldout_s4b",
    "heldout_s5",
    "train_t5a",
    "train_t5b",
    "train_t5c",
)


def source(c: Candidate) -> str:
    f = c.features
    if "rule_only" in f:
        return "rule"
    kind = "implicit" if "implicit" in f else "pair"
    if "xsent" in f:
        kind = "anaphor"
    elif "inferred" in f:
        kind = "inferred"
    if "xamt" in f:
        kind = f"xamt:{kind}"  # an amount lent by a neighbouring sentence (xamounts)
    return f"{kind}+rule" if "rule_exact" in f else kind


def _snippet(c: Candidate, text: str) -> str:
    s = c.sentence
    body = text[s.start : s.end] if s else ""
    x = c.xsentence
    if x is not None and s is not None and x.index != s.index:
        body = f"{body[:160]} >>[amount] {text[x.start : x.end][:160]}"
    return body.replace("\n", " ")[:360]


def _weights(model: Model, c: Candidate, n: int = 6) -> str:
    """The features that pulled the candidate's score down most, then up most."""
    w = sorted((model.weights.get(k, 0.0), k) for k in c.features)
    down = " ".join(f"{k}={v:+.2f}" for v, k in w[:n] if v < 0)
    up = " ".join(f"{k}={v:+.2f}" for v, k in w[::-1][:n] if v > 0)
    return f"down: {down} | up: {up}"


def _fp_class(score: ModuleType, gold: dict[str, Any], names: frozenset[str], c: Candidate) -> str:
    if any(n.startswith("?") for n in names):
        return "not_org"
    pair_deals = [
        g for g in gold.get("deals", []) if score.parties_match(names, frozenset(g["parties"]))
    ]
    if not pair_deals:
        return "no_deal"
    if c.amount is None:
        return "no_amount"
    if all(not g.get("amounts") for g in pair_deals):
        return "extra_amount"
    return "wrong_amount"


def _resolver(score: ModuleType, gold: dict[str, Any], item: dict[str, Any]) -> Any:
    """The scorer's resolution of the names the engine reports (`display_names`), as training
    labels them: the canonical name alone would class "Banque européenne d'investissement",
    reported under the article's spelling, as a party the gold set does not list."""
    article = ArticleInput(article_id="e", title=item.get("title", ""), text=item["text"])
    display = display_names(rule_view(article)[1])
    resolve = score.org_resolver(gold.get("orgs", []))
    return lambda name: resolve(display.get(name, name))


@dataclass
class _Judged:
    """One article's candidates as the model judged them."""

    example: Example
    model: Model
    chosen: set[int]
    prob: list[float]
    text: str


def _judge(e: Example, model: Model, text: str) -> _Judged:
    chosen = {id(c) for c in select(e.candidates, model)}
    prob = [model.probability(c.features) for c in e.candidates]
    return _Judged(e, model, chosen, prob, text)


def _misses(gold: dict[str, Any], j: _Judged, show: bool) -> Counter[str]:
    """Each gold deal no kept candidate matches, by why: no candidate, under the threshold,
    or beaten by another candidate."""
    misses: Counter[str] = Counter()
    e = j.example
    hit = {e.matched[i] for i, c in enumerate(e.candidates) if id(c) in j.chosen}
    for gi, g in enumerate(gold.get("deals", [])):
        if gi in hit:
            continue
        cands = [i for i, m in enumerate(e.matched) if m == gi]
        amt = "amt" if g.get("amounts") else "noamt"
        best = max(cands, key=lambda i: j.prob[i]) if cands else -1
        why = "threshold" if cands and j.prob[best] < THRESHOLD else "competition"
        why = why if cands else "no_candidate"
        misses[f"{why}:{amt}"] += 1
        if show:
            extra = ""
            if cands:
                b = e.candidates[best]
                extra = f" p={j.prob[best]:.2f} {source(b)} | {_snippet(b, j.text)}"
                extra += f"\n      {_weights(j.model, b)}"
            head = f"  MISS {why:12} {amt:5} {g['parties']} {g.get('amounts')}"
            print(f"{head} {g['type']}{extra}")
    return misses


def _false_positives(
    score: Any, gold: dict[str, Any], item: dict[str, Any], j: _Judged, show: bool
) -> Counter[str]:
    fps: Counter[str] = Counter()
    resolve = _resolver(score, gold, item)
    for i, c in enumerate(j.example.candidates):
        if id(c) not in j.chosen or j.example.labels[i]:
            continue
        names = frozenset(str(resolve(p)) for p in c.parties)
        klass = _fp_class(score, gold, names, c)
        fps[f"{klass}:{source(c)}"] += 1
        if show:
            amount = c.amount.surface if c.amount else None
            print(
                f"  FP   {klass:12} {source(c):14} {sorted(names)} {amount} p={j.prob[i]:.2f}"
                f" | {_snippet(c, j.text)}"
                f"\n      {_weights(j.model, c)}"
            )
    return fps


def analyse(
    name: str, rows: list[Example], model: Model, files: Any, show: bool
) -> tuple[Counter[str], Counter[str]]:
    score = scorer()
    articles, gold_file = files
    golds = {g["url"]: g for g in read_jsonl(gold_file)}
    misses: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    for item, e in zip(read_jsonl(articles), rows, strict=True):
        gold = golds[item["url"]]
        judged = _judge(e, model, item["text"])
        misses += _misses(gold, judged, show)
        fps += _false_positives(score, gold, item, judged, show)
    return misses, fps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="*", dest="sets", default=list(UNSEEN))
    parser.add_argument("--show", action="store_true", help="print every error")
    args = parser.parse_args()
    score = scorer()
    sets = training_sets()
    data = {n: examples(f, score) for n, f in sets.items() if n not in TRAIN}
    extra = {n: examples(sets[n], score) for n in args.sets if n in TRAIN}
    all_misses: Counter[str] = Counter()
    all_fps: Counter[str] = Counter()
    for name in args.sets:
        train = [e for n, ex in data.items() if n != name for e in ex]
        model = fit_model(train)
        rows = data.get(name) or extra[name]
        if args.show:
            print(f"== {name}")
        misses, fps = analyse(name, rows, model, sets[name], args.show)
        print(f"{name}: misses {dict(misses.most_common())}")
        print(f"{name}: false positives {dict(fps.most_common())}")
        all_misses.update(misses)
        all_fps.update(fps)
    print(f"all: misses {dict(all_misses.most_common())}")
    print(f"all: false positives {dict(all_fps.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
