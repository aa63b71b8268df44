"""Labelled deal candidates for the re-ranker's trainer (`veille/devtools/train_deals.py`).

Decisions:
- Labels follow the reference scorer exactly (`typedata.gold_index` with the scorer imported
  from `<shared>/eval/score.py`): a candidate is positive when the scorer would count that
  mention as correct; `matched` keeps which gold deal, for recall and for denoising.
- Moved out of train_deals in session 8 (module size); train_deals re-exports both names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from veille.devtools.typedata import AmountKey, gold_index, read_jsonl
from veille.offline.engine import display_names, rule_view
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


@dataclass
class Example:
    candidates: list[Candidate]
    labels: list[int]
    matched: list[int]  # index of the gold deal each candidate matches, -1 if none
    n_gold: int
    weight: float = 1.0  # of each candidate in the logistic loss (session 8 experiments)


def _key(c: Candidate) -> AmountKey | None:
    a = c.amount
    return None if a is None else (a.value, a.min_value, a.max_value, a.currency)


def examples(files: tuple[Path, Path], score: ModuleType) -> list[Example]:
    articles, gold_file = files
    golds = {g["url"]: g for g in read_jsonl(gold_file)}
    found = []
    for item in read_jsonl(articles):
        article = ArticleInput(article_id="train", title=item.get("title", ""), text=item["text"])
        view, mentions, _ = rule_view(article)
        display = display_names(mentions)
        gold = golds[item["url"]]
        resolve = score.org_resolver(gold.get("orgs", []))
        cands = candidates(view)
        matched = [
            gold_index(
                score, gold, frozenset(resolve(display.get(p, p)) for p in c.parties), _key(c)
            )
            for c in cands
        ]
        labels = [int(m >= 0) for m in matched]
        found.append(Example(cands, labels, matched, len(gold.get("deals", []))))
    return found
