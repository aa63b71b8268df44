"""Candidate recall of the deal re-ranker: the ceiling it cannot pass, and why.

    python -m veille.devtools.recall [--set NAME ...] [--show]

For each gold set (every training set of `typedata.training_sets`, never dev nor the blind
set): gold deals, deals that at least one re-ranker candidate matches under the scorer's
rules (parties, then amount), and the misses by reason, first that applies:
- `undetected`: fewer than the needed gold parties (both, or two of a larger deal) are found
  as organisations at all;
- `excluded`: found, but not as possible parties (media, agency, regulator, exchange, brand
  or background mention: `parties.is_party`);
- `cross_sentence`: possible parties, but no sentence holds two of them (nor the main
  subject and one);
- `amount`: a candidate has the parties but none has the gold amount;
- `other`: anything else (resolution, the scorer's subset rule).

Decision: the reasons are computed with the scorer's own name resolution (aliases included),
so a party "found" means found under a name the scorer accepts.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from veille.devtools.typedata import read_jsonl, scorer, training_sets
from veille.offline.engine import display_names, rule_view
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


@dataclass
class Tally:
    gold: int = 0
    covered: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


def _amount_ok(score: ModuleType, c: Candidate, g: dict[str, Any]) -> bool:
    if not g.get("amounts"):
        return c.amount is None
    a = c.amount
    if a is None:
        return False
    key = (a.value, a.min_value, a.max_value, a.currency)
    return any(score.amounts_match(key, (x, None, None, g.get("currency"))) for x in g["amounts"])


def _reason(
    found: frozenset[str], eligible: frozenset[str], cooccur: bool, pair_seen: bool, need: int
) -> str:
    if len(found) < need:
        return "undetected"
    if len(eligible) < need:
        return "excluded"
    if not cooccur:
        return "cross_sentence"
    return "amount" if pair_seen else "other"


def _article(score: ModuleType, item: dict[str, Any], gold: dict[str, Any], tally: Tally) -> None:
    article = ArticleInput(article_id="r", title=item.get("title", ""), text=item["text"])
    view, mentions, _ = rule_view(article)
    display = display_names(mentions)
    resolve = score.org_resolver(gold.get("orgs", []))

    def name(raw: str) -> str:
        return str(resolve(display.get(raw, raw)))

    cands = candidates(view)
    resolved = [frozenset(name(p) for p in c.parties) for c in cands]
    detected = {name(m.name) for m in mentions}
    eligible = {name(m.name) for m in view.parties}
    by_sentence = [
        {name(m.name) for m in view.parties if s.start <= m.start < s.end} for s in view.sentences
    ]
    main = name(view.main) if view.main else None
    for g in gold.get("deals", []):
        parties = frozenset(g["parties"])
        need = 2 if len(parties) > 2 else len(parties)
        tally.gold += 1
        pair_seen = [score.parties_match(r, parties) for r in resolved]
        if any(ok and _amount_ok(score, c, g) for ok, c in zip(pair_seen, cands, strict=True)):
            tally.covered += 1
            continue
        cooccur = any(len(parties & (s | {main})) >= need for s in by_sentence)
        why = _reason(parties & detected, parties & eligible, cooccur, any(pair_seen), need)
        tally.reasons[why] += 1
        lost = sorted(parties - (detected if why == "undetected" else eligible))
        tally.shown.append(f"  {why:15} {sorted(parties)} {g.get('amounts')} missing={lost}")


def measure(names: list[str] | None = None) -> dict[str, Tally]:
    score = scorer()
    sets = training_sets()
    out = {}
    for set_name in names or list(sets):
        articles, gold_file = sets[set_name]
        golds = {g["url"]: g for g in read_jsonl(gold_file)}
        tally = Tally()
        for item in read_jsonl(articles):
            _article(score, item, golds[item["url"]], tally)
        out[set_name] = tally
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="*", dest="sets")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    reasons = ("undetected", "excluded", "cross_sentence", "amount", "other")
    head = " ".join(f"{r:>14}" for r in reasons)
    print(f"{'set':16} {'gold':>5} {'cand':>5} {'recall':>6} {head}")
    total = Tally()
    for set_name, t in measure(args.sets).items():
        row = " ".join(f"{t.reasons[r]:14d}" for r in reasons)
        print(f"{set_name:16} {t.gold:5d} {t.covered:5d} {t.covered / max(t.gold, 1):6.3f} {row}")
        total.gold, total.covered = total.gold + t.gold, total.covered + t.covered
        total.reasons.update(t.reasons)
        if args.show:
            print("\n".join(t.shown))
    row = " ".join(f"{total.reasons[r]:14d}" for r in reasons)
    print(f"{'all':16} {total.gold:5d} {total.covered:5d} {total.covered / total.gold:6.3f} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
