"""Features of a deal mention for the learned deal-type classifier (`typemodel`).

Decisions:
- Computed from the `DealExtraction` the rules produce (its evidence, parties, amount and
  the rules' own type), so training and inference see exactly the same object.
- Cheap, deterministic and language-blind in form but language-aware in effect: the first five
  letters of each accent-folded lower-case word ("acqui", "inves", "parte", "finan"), which
  cover the inflections shared by en/fr/de/es/pt/it; the cue families the rules detect
  (written for the six languages) in the evidence; the parties' kinds from the gazetteer;
  the rules' own type; amount size, status, number of parties.
- Measured in leave-one-set-out (pooled type accuracy, 378 deals, one deal = 0.003; see
  `veille.devtools.train_types`): whole words besides prefixes 0.868-0.873 (dropped);
  local context (prefixes within 4 words of each party and of the amount, between the
  parties, nearest cue to each) 0.878 against 0.884 without it: no measurable gain for an
  amount re-parse per mention, so left out; without the rules' type 0.839 (kept).
- Features are binary names; the model is a sparse linear scorer over them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from veille.offline.dealtype import Cue, all_cues
from veille.offline.gazetteer import entry_for
from veille.schema import DealExtraction

PREFIX = 5
_WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> list[str]:
    """Accent-folded lower-case words of `text` (letters only, at least two)."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return _WORD.findall(folded)


def evidence_features(evidence: str, cues: list[Cue] | None = None) -> frozenset[str]:
    """Features of the evidence alone, shared by the mentions quoting the same sentence.
    `cues`: `all_cues(evidence)` when the caller has them (`window_cues`, session 16)."""
    return _evidence_features(evidence, tuple(all_cues(evidence) if cues is None else cues))


@lru_cache(maxsize=64)  # about one article's evidences, as the cue cache
def _evidence_features(evidence: str, cues: tuple[Cue, ...]) -> frozenset[str]:
    feats = {f"cue={c.type}" for c in cues} | {f"cue={c.type}:{c.strength}" for c in cues}
    feats.update(f"p={w[:PREFIX]}" for w in words(evidence) if len(w) > PREFIX)
    return frozenset(feats)


def _magnitude(deal: DealExtraction) -> str:
    value = deal.amount_value if deal.amount_value is not None else deal.amount_max
    if value is None:
        return "none"
    bucket = min(max(int(math.log10(max(value, 1.0))), 5), 11)
    return f"1e{bucket}" + ("-range" if deal.amount_value is None else "")


def _kind(name: str) -> str:
    entry = entry_for(name)
    return entry.kind if entry else "unknown"


def deal_features(deal: DealExtraction, lang: str, cues: list[Cue] | None = None) -> list[str]:
    """The binary features of one deal mention (sorted, without duplicates); `cues`:
    `all_cues(deal.evidence)` when the caller has them."""
    cues = all_cues(deal.evidence) if cues is None else cues
    feats = {f"rule={deal.deal_type}", f"amount={_magnitude(deal)}", f"status={deal.status}"}
    feats.add(f"lang={lang if lang in ('en', 'fr', 'de', 'es', 'pt', 'it') else 'xx'}")
    if deal.duration_months is not None:
        feats.add("duration")
    feats.add(f"parties={min(len(deal.parties), 4)}")
    kinds = [_kind(p) for p in deal.parties]
    feats.update(f"kind={k}" for k in kinds)
    feats.add(f"kind0={kinds[0]}")
    feats.add(f"kind1={kinds[1]}")
    feats.add("pair=" + "|".join(sorted(kinds[:2])))
    feats.update(evidence_features(deal.evidence, cues))
    feats.update(_object_features(deal, cues))
    return sorted(feats)


def _object_features(deal: DealExtraction, cues: list[Cue]) -> set[str]:
    """A cue whose object is one of the parties ("agreed to buy HashiCorp", "investit dans
    Mistral"): buying a company is an acquisition, buying chips a supply deal; the untyped
    cue "buy" only tells them apart by what follows it."""
    found = set()
    for cue in cues:
        if cue.strength != "event":
            continue
        after = deal.evidence[cue.end : cue.end + 30]
        if any(p and p in after for p in deal.parties):
            found.add(f"cue_obj={cue.type}")
    return found
