"""Lists of examples ("customers such as A, B and C") among the deal re-ranker's lists (session 16).

Why: two members of one coordinated list carry `conj:within` (conjlists), which the model
weighs up (+0.79 in session 14): co-investors of one round ("led by A and B") are each
other's co-parties in the gold. But a list opened as examples names the subject's partners,
customers or rivals, who are no party of each other's: "atende redes como Renner, Grupo
Boticário e Assaí", "Anbieter wie CoreWeave und Lambda", "customers such as A, B and C".
Session 14's loss study (`python -m veille.devtools.losoview --show`, readable sets) found 47
kept false positives carrying `conj:within`, most of them such lists.

Decisions:
- A list is of examples when an opener ends right before its first member (the words of
  `conjlists`' marking: "such as", "including", "like", "comme", "tels que", "dont", "wie",
  "darunter", "como", "tra cui", "Kunden wie", "redes como", "rivals like" ...), or a
  customer tail follows its last member ("A et B parmi ses clients").
- An opener whose window names investors or a participation ("investors including A and B",
  "alongside A and B", "with participation from") opens co-givers of a round, not examples:
  its members are each other's co-parties; the flag differs (`conj:exj`) so that the model
  weighs it apart.
- Only read for the pairs inside one list (a few per article): no per-article scan.
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline.listwords import CUSTOMER_LISTS, CUSTOMER_TAILS, GENERIC_LISTS
from veille.offline.orgnames import OrgMention

# off: measured at the judge's noise (session 16: fresh 0.7099 -> 0.7106 with `conj:ex` in place
# of `conj:within`, 11 fresh rows up and 9 down); docs/offline-engine.md
EXAMPLES = False

RIVALS = (  # also conjlists's openers
    r"rivals?",
    r"competitors?",
    r"peers",
    r"concurrents?",
    r"Konkurrenten",
    r"Wettbewerbern?",
    r"rivales",
    r"competidores",
    r"concorrentes",
    r"rivali",
    r"concorrenti",
)
# openers `listwords.GENERIC_LISTS` lacks (the rules' lists of names need no others)
_MORE = (
    r"like",
    r"etwa",
    r"incluindo",
    r"incluyendo",
    r"for (?:example|instance)",
    r"e\.g\.,?",
    r"par exemple",
    r"zum Beispiel",
    r"z\. ?B\.",
    r"por ejemplo",
    r"por exemplo",
    r"ad esempio",
    r"unter ihnen",
)
_DET = r"the|le|la|les|l['’]|el|los|las|lo|il|gli|os|as|o|a|der|die|das|den|dem|d['’]"
# the co-givers of a round: their list is no list of examples
_JOINT = (
    r"investors?|backers?|co-?investors?|shareholders|participation|alongside|along with"
    r"|led by|aux côtés|investisseurs|actionnaires|participation|menée? par|Investoren"
    r"|Geldgeber\w*|Aktionär\w*|Beteiligung|angeführt|neben|inversores|accionistas"
    r"|liderad[ao] por|junto (?:a|con)|investidores|acionistas|liderad[ao] pel[ao]"
    r"|investitori|azionisti|guidat[ao] da|insieme a|accanto a|fondi|funds?|fonds"
)


@cache
def _opener_re() -> re.Pattern[str]:
    words = "|".join((*CUSTOMER_LISTS, *GENERIC_LISTS, *_MORE, *RIVALS))
    return re.compile(rf"(?<![\w'’])(?:{words})\s*:?\s*(?:(?:{_DET})(?:\s+|(?<=['’])))?$", re.I)


@cache
def _tail_re() -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?:{'|'.join(CUSTOMER_TAILS)})", re.I)


@cache
def _joint_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{_JOINT})(?![\w'’])", re.I)


def example_flag(text: str, first: OrgMention, last: OrgMention) -> dict[str, float]:
    """`conj:ex` when the list from `first` to `last` is opened (or closed) as examples,
    `conj:exj` when its opener's window names a round's co-givers; else nothing."""
    if not EXAMPLES:
        return {}
    lo = max(0, first.start - 40)
    opened = _opener_re().search(text, lo, first.start) is not None
    if not opened and _tail_re().match(text, last.end) is None:
        return {}
    joint = opened and _joint_re().search(text, max(0, first.start - 60), first.start)
    return {"conj:exj" if joint else "conj:ex": 1.0}
