"""A company's profit is no deal's value (session 10).

"Crédit Agricole, qui a dégagé un résultat net de 8,6 milliards d'euros l'an dernier, loue ...
des capacités chez Microsoft", "Repsol, que cerró 2025 con un resultado neto de 1.760 millones",
"La banque, qui a dégagé un résultat net de 11,7 milliards": the profit of a party, told as
background, kept as the value of the deal of its sentence. Decision: a candidate whose amount
follows a profit noun ("net income of", "résultat net de", "Nettogewinn von", "beneficio neto
de", "lucro líquido de", "utile netto di") is dropped in `rerank.select`.
"""

from __future__ import annotations

import re
from functools import cache

from veille.money import MoneySpan
from veille.offline.sentences import Sentence, mentions_any

_PROFIT = (
    r"net (?:income|profit|earnings)",
    r"(?:operating |pre-tax |annual )?profits?",
    r"résultat (?:net|opérationnel|d['’]exploitation)",
    r"bénéfices?(?: net)?",
    r"(?:netto|jahres)?gewinn",
    r"überschuss",
    r"resultado (?:neto|líquido|operacional)",
    r"beneficios?(?: neto)?",
    r"lucro(?: líquido)?",
    r"utile(?: netto)?",
)
REACH = 40  # characters between the profit noun and the amount, at most


@cache
def _profit_re() -> re.Pattern[str]:
    nouns = "|".join(_PROFIT)
    return re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;:$€£¥\d]{{0,{REACH}}}$", re.I)


_GATE = (
    "profit",
    "income",
    "earning",
    "résultat",
    "bénéfice",
    "gewinn",
    "überschuss",
    "resultado",
    "beneficio",
    "lucro",
    "utile",
)


def profit_amount(s: Sentence, amount: MoneySpan) -> bool:
    """Whether the amount is a profit: a profit noun stands just before it."""
    at = amount.start - s.start
    if at <= 0 or at > len(s.text) or not mentions_any(s.text, _GATE):
        return False
    return _profit_re().search(s.text, max(0, at - REACH - 40), at) is not None
