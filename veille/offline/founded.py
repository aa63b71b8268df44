"""A founding phrase before an untyped anaphor: "Founded in 2023, the company raised ...",
"Fondée en 2022 par ..., la société avait levé" (session 7, second wave).

Why: the anaphor's antecedent was the subject of the latest sentences (the rules' focus,
`extracands._chain_subject`), which is often an incumbent just named as a supplier or partner
("Electricity will come from <utility>", "<car-parts maker> a réalisé ... de chiffre
d'affaires"). No news writes "Founded in 2023, the company raised" of an incumbent: the
founding phrase speaks of a young company.

Decision: when the latest subject is of an incumbent kind and the article's main subject is
of a young kind, the anaphor is the main subject; otherwise nothing changes, so a young
target talked about just before ("X has acquired <start-up> ... Founded in 2023, the company
raised") keeps the anaphor. A typed anaphor ("the start-up") is left to `resolve_typed`.
"""

from __future__ import annotations

import re

from veille.offline import cues

FOUNDED_YOUNG = True  # switch for experiments
# the gazetteer's kinds of a young company; an unknown name is "other"
YOUNG_KINDS = frozenset({"ai_lab", "other", "software", "neocloud", "datacenter"})
_FOUNDED = re.compile(
    r"(?:Fondée?s?|Founded|Established|Gegründet|Fundad[oa]s?|Fondat[oa]|Créée?s?|Nata|Nato|"
    r"Nacida|Nascida|Spun out)\b[^.;:]{0,160}?,\s+",
    re.I,
)


def founded_anaphor(text: str) -> bool:
    """Whether the sentence `text` opens on a founding phrase and an untyped anaphor."""
    if not FOUNDED_YOUNG:
        return False
    opening = _FOUNDED.match(text)
    anaphor = opening and cues.anaphor_re().match(text, opening.end())
    return bool(anaphor) and not cues.anaphor_kinds(anaphor[0] if anaphor else "")


def young_main(current_kind: str | None, main_kind: str | None) -> bool:
    """The main subject rather than the latest subject, for a founded anaphor."""
    return current_kind not in YOUNG_KINDS and main_kind in YOUNG_KINDS
