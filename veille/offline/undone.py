"""A deal talked of but not done is no deal (session 11).

"Cadence itself had looked at acquiring Vattern Logic in 2025 but walked away over price",
"Kantar avait étudié le rachat de Rhuys à l'automne sans aller au bout", "Doctolib avait
envisagé de racheter Cassiopée, avant d'y renoncer", "Sabre sondeó la compra de Odiel ... pero
no llegó a presentar una oferta", "Penfeld IA discute avec DHL, sans qu'aucun accord n'ait été
signé": a rival's look at the target or talks that came to nothing, kept as an amountless
deal of the pair (the rules' acquisition or partnership cue fires on "acquiring", "rachat",
"compra"). Over the read sets (36 gold sets), 139 amountless candidates stand in a sentence
saying so, 7 of them right (failed deals the t5 sets annotate, or another clause's deal), and
the shipped model kept 14, none right.

Decisions:
- A drop of amountless candidates only, in `rerank.select`. Session 10 dropped every candidate
  of such sentences (`talkedof`) and lost priced deals: an offered price gold counts as the
  amount of the deal done later, a real deal beside a failed rival's. An amountless mention
  there has nothing else to say.
- Failure, refusal and dropped-exploration phrases only ("walked away", "avant d'y renoncer",
  "n'ont pas abouti", "no llegó a", "nicht zum Zug", "desistiu", "naufragata"); bare talks,
  rumours and studies stay the `unreal` feature's (pairfeatures), since many such sentences
  announce the deal ("in talks to buy X for $2 billion").
- One regex per sentence text, behind a substring gate; cached, as the sentence is asked once
  per candidate.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.offline.sentences import mentions_any

_FAILED = (
    # en
    r"walked away",
    r"walking away",
    r"turned (?:it|them|the \w+) down",
    r"talks (?:collapsed|broke down|fell apart|ended without)",
    r"no (?:agreement|deal) (?:has|had|was) (?:been )?(?:reached|signed|struck|announced)",
    r"without (?:reaching |signing )?an? (?:agreement|deal)",
    r"looked at (?:acquiring|buying)",
    r"pulled out",
    r"backed out",
    r"made no offer",
    r"went no further",
    r"(?:has|had) not committed",
    # fr
    r"sans aller au bout",
    r"d['’]y renoncer",
    r"(?:a|avait|ont|avaient) renoncé",
    r"sans qu['’]aucun(?:e)? (?:accord|offre)",
    r"n['’](?:ont|a|avait|avaient) pas abouti",
    r"(?:avait|a)(?: également| aussi| déjà| brièvement)? (?:envisagé|étudié)"
    r" (?:de racheter|le rachat|un rachat|d['’]acquérir"
    r"|l['’]acquisition|une prise de participation)",
    r"(?:avait|a) (?:en revanche )?échoué",
    r"pas déposé d['’]offre",
    r"sans jamais déposer",
    # es
    r"no lleg(?:ó|aron) a (?:buen puerto|presentar|cerrar|un acuerdo)",
    r"sin llegar a (?:un )?acuerdo",
    r"sonde(?:ó|aron) la compra",
    r"desisti(?:ó|eron)",
    r"renunci(?:ó|aron) a",
    # de
    r"nicht zum zug",
    r"(?:ist|sind|waren|war) gescheitert",
    r"scheiterten?",
    r"ohne einigung",
    r"verzichtete",
    # pt
    r"desistiu",
    r"não chegou a (?:um )?acordo",
    r"sem chegar a (?:um )?acordo",
    # it
    r"naufragat[aoei]",
    r"arenat[oa]",
    r"(?:ha|aveva) rinunciato",
    r"senza arrivare a",
    r"non (?:è|sono) andat[aoei] in porto",
)
_GATE = (
    "walk",
    "turned",
    "talks",
    "no agreement",
    "no deal",
    "without",
    "looked at",
    "out",
    "no offer",
    "no further",
    "not committed",
    "échoué",
    "déposé",
    "sans ",
    "renonc",
    "abouti",
    "envisagé",
    "étudié",
    "lleg",
    "sonde",
    "desisti",
    "renunci",
    "zug",
    "scheiter",
    "einigung",
    "verzicht",
    "chegar",
    "chegou",
    "naufragat",
    "arenat",
    "rinunciato",
    "senza",
    "in porto",
)


@cache
def _failed_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(_FAILED)})(?![\w-])", re.I)


@lru_cache(maxsize=512)
def undone(text: str) -> bool:
    """Whether the sentence says a deal was looked at, tried or talked of and not done."""
    return mentions_any(text, _GATE) and _failed_re().search(text) is not None
