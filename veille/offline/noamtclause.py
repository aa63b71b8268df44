"""Whether an amountless pair sits in one clause of its sentence (session 12, amountless deals).

Why: the largest class of missed deals on unread text is an amountless gold deal whose
candidate the re-ranker scores under its bar, and the amountless candidates it keeps wrongly
are often a pair that two clauses of one sentence join ("Le Monde avait signé dès 2024 un
contrat de licence avec OpenAI, et l'AFP a conclu l'an dernier un accord avec Mistral AI":
Le Monde with Mistral AI; "Synopsys agreed to sell ..., and Ansys its ... to Keysight"). The
clause reading of session 7 (`clausefit`) is applied to priced candidates only, to say whose
amount it is; here the later party's clause stands in for the amount.

Decisions:
- Only sentences of several clauses (`clausefit.clause_map`: the rules' breaks, colons,
  relative clauses after a party); a one-clause sentence adds nothing (the default).
- `ncf:<fit>` as `clausefit.fit_features` reads it at the later party's position: `s2` (the
  clause's subject is a party and both parties are in it), `s1` (the subject is a party, the
  other party outside the clause), `x` (the clause has another subject), `n` (no subject
  found); indicators for the model to weigh. Over the read sets (amountless trainable
  candidates, session 12): s2 24 % right, n 13 %, s1 7 %, x 6 %, one-clause sentences 9 %.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.offline.clausefit import clause_map, fit_features
from veille.offline.dealtype import Cue
from veille.offline.orgnames import OrgMention
from veille.offline.rerankview import ArticleView, Candidate
from veille.offline.sentences import Sentence

CLAUSES = True
# one-clause sentences too: measured, fresh 0.6658 -> 0.6642, dev 0.934 -> 0.915
ONE_CLAUSE = False


def clause_pass(
    view: ArticleView,
    s: Sentence,
    orgs: Sequence[OrgMention],
    near: Sequence[Cue],
    found: Sequence[Candidate],
) -> None:
    """The clause features of the sentence's amountless candidates (`orgs`: its parties in
    text order, pseudo-mentions included, not the implicit main subject)."""
    todo = [c for c in found if c.amount is None and c.sentence is s]
    if not CLAUSES or not todo:
        return
    cmap = clause_map(view.text, s, orgs, near, view.lang)
    if len(cmap.bounds) < 2 and not ONE_CLAUSE:
        return
    first: dict[str, int] = {}
    for m in (*orgs, *(m for m in view.parties if s.start <= m.start < s.end)):
        if m.start >= s.start and m.start < first.get(m.name, s.end):
            first[m.name] = m.start
    for c in todo:
        at = [(p, first.get(p, -1)) for p in c.parties]
        later = max(pos for _, pos in at)
        if later < 0:
            continue
        c.features.update(_coarse(fit_features(cmap, later, at, "ncf")))


def _coarse(fit: dict[str, float]) -> dict[str, float]:
    """`ncf:s2` and `ncf:s1` as they are; another subject (`x0`-`x2`) and no subject
    (`n1`, `n2`) each one feature, `ncf:x` and `ncf:n`: fewer, better-filled weights
    (measured: fresh 0.6658 -> 0.6671, hard 0.7342 -> 0.7362, dev 0.934 both)."""
    return {k if k.startswith("ncf:s") else k[:5]: 1.0 for k in fit}
