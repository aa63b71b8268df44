"""The learned deal-type classifier: multinomial logistic regression over `typefeatures`.

Decisions:
- The hand rules choose a type per mention; on sets they were not tuned on they generalise
  poorly. A linear model trained on the gold sets (see `veille.devtools.train_types`, which
  also measures it with leave-one-set-out cross-validation) re-types every mention, with the
  rules' own type as one of its features, so it learns when to trust them.
- Weights ship as JSON (`veille/data/deal_type_model.json`), loaded lazily and cached; no
  numpy at inference: a mention has a few dozen active features, summed in pure Python.
- Fail loudly: a missing or malformed weights file raises; an unknown type never comes out
  (the classes are checked against the schema's deal types at load).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import add
from typing import Any

from veille.offline.dealtype import Cue, window_cues
from veille.offline.sharebuy import buys_shares_of
from veille.offline.typefeatures import deal_features
from veille.schema import DEAL_TYPES, DealExtraction

MODEL_FILE = "deal_type_model.json"
# session 7: the rules' own type is kept when the model scores another within this margin
# (train_types leave-one-set-out, pooled: 724/829 at 0, 0.4 and 0.6, 723 at 0.5, 722 at 0.2,
# 721 at 1.0; dev 30/33 at 0, 31/33 from 0.2): a near-tie (0.10) flipped a recap of a compute
# contract to "investment", and the ledger then split one deal in two
RULE_MARGIN = 0.4


@dataclass(frozen=True)
class TypeModel:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, features: list[str]) -> list[float]:
        """The bias plus each known feature's row, added feature by feature (the same float
        additions in the same order as an index loop; `map(add, ...)` per row, no
        comprehension frame: session 11, 12,955 rows per 135 articles)."""
        total = list(self.bias)
        get = self.weights.get
        for f in features:
            row = get(f)
            if row is not None:
                total = list(map(add, total, row))
        return total

    def predict(self, features: list[str]) -> str:
        scores = self.scores(features)
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]

    def decide(self, features: list[str], rule_type: str) -> str:
        """The model's type, unless the rules' own type scores within `RULE_MARGIN` of it."""
        scores = self.scores(features)
        best = max(range(len(scores)), key=scores.__getitem__)
        known = rule_type in self.classes
        if known and scores[best] - scores[self.classes.index(rule_type)] < RULE_MARGIN:
            return rule_type
        return self.classes[best]

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": list(self.bias),
            "weights": {f: list(w) for f, w in sorted(self.weights.items())},
        }


def model_from_json(data: dict[str, Any]) -> TypeModel:
    classes = tuple(data["classes"])
    unknown = set(classes) - set(DEAL_TYPES)
    if unknown:
        raise ValueError(f"deal type model has unknown classes {sorted(unknown)}")
    width = len(classes)
    bias = tuple(float(b) for b in data["bias"])
    weights = {f: tuple(float(x) for x in w) for f, w in data["weights"].items()}
    if len(bias) != width or any(len(w) != width for w in weights.values()):
        raise ValueError("deal type model: every weight row needs one value per class")
    return TypeModel(classes, bias, weights)


@cache
def load_model() -> TypeModel:
    """The shipped model (read once)."""
    source = resources.files("veille") / "data" / MODEL_FILE
    return model_from_json(json.loads(source.read_text(encoding="utf-8")))


def type_of(
    model: TypeModel, deal: DealExtraction, lang: str, cues: list[Cue] | None = None
) -> str:
    """The type of one mention: a priced purchase of a party's shares is an investment
    (session 10, `sharebuy`: a rule over the model, which let another cue of the sentence
    win); otherwise the model's decision. `cues`: `all_cues(deal.evidence)` if at hand."""
    priced = deal.amount_value is not None or deal.amount_min is not None
    value = deal.amount_value if deal.amount_value is not None else deal.amount_min
    if (
        priced
        and "investment" in model.classes
        and buys_shares_of(deal.evidence, deal.parties, value)
    ):
        return "investment"
    return model.decide(deal_features(deal, lang, cues), deal.deal_type)


def retype_deals(
    deals: list[DealExtraction],
    lang: str,
    model: TypeModel | None = None,
    source: tuple[str, list[tuple[int, int]]] | None = None,
) -> list[DealExtraction]:
    """`deals` with the type the model predicts for each (default: the shipped model).
    `source`: the article's text and each deal's evidence span in it (the evidence is
    `text[start:end]`): the evidence's cues are then read from the article's own scan
    (`dealtype.window_cues`, session 16), the same cues as a scan of the evidence."""
    chosen = model or load_model()
    out = []
    for i, deal in enumerate(deals):
        cues = window_cues(source[0], *source[1][i]) if source is not None else None
        kind = type_of(chosen, deal, lang, cues)
        out.append(deal if kind == deal.deal_type else deal.model_copy(update={"deal_type": kind}))
    return out
