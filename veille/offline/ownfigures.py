"""A company's own yearly spending plan or revenue is no deal's value (session 11).

"Le groupe prévoit de consacrer environ 4,5 milliards de dollars par an à son activité
électrique", "has said it will spend between $2 billion and $3 billion a year on
acquisitions", "prévoit de maintenir ses investissements autour de 7 milliards d'euros par
an", "Il prévoit d'investir environ 2,3 milliards de francs par an", "Brembo, che ha chiuso il
2025 con ricavi per 3,8 miliardi", "dont le chiffre d'affaires trimestriel a atteint 9,2
milliards", "booked $1.3 billion of revenue": a party's budget or sales, told as background
beside a deal of the same sentence, kept as that deal's value. Over the read sets (36 gold
sets) 30 candidates carry such an amount, none right; the shipped model kept 11 of them.

Decisions:
- A yearly amount ("par an", "a year", "al año", "pro Jahr", "l'anno", "por ano") is a plan
  only with a spending or saving word just before it or right after it ("consacrer",
  "investir", "spend", "invest", "ahorrar", "Investitionen", "de dépenses"): a yearly fee
  ("will pay £18 million a year", "worth about $60 million a year") is a licence's or a
  lease's value, the commonest gold amount with "a year".
- A revenue noun right before the amount (as `profits` reads a profit noun: no digit or
  sentence stop between, at most 40 characters) or "of/in revenue" right after it.
- A drop in `rerank.select`, beside `profits`; the gates are substrings of the text after or
  before the amount, so most amounts cost one slice and a few `in` tests.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.money import MoneySpan
from veille.offline.sentences import Sentence

_YEARLY = (
    r"par an|per year|a year|each year|every year|annually|per annum|l['’]anno|all['’]anno"
    r"|al año|por año|cada año|ao ano|por ano|pro jahr|jährlich|im jahr|anuales|annuels?"
    r"|annuali|annui"
)
_SPEND = (
    r"consacrer|consacre|investir|investit|investissements?|dépenser|dépenses|spend|spending"
    r"|invest|invests|investments?|capex|capital expenditures?|ahorrar|économiser|save|savings"
    r"|investe|investire|investimenti|investimentos?|invertir|invierte|inversiones|investieren"
    r"|investiert|investitionen|ausgeben|gastar|gastos|fatura|faturar"
)
_REVENUE = (
    r"revenues?|sales|turnover|chiffre d['’]affaires|ricavi|fatturato|umsatz|umsätze|erlöse?"
    r"|ingresos|facturación|receitas?|faturamento"
)
# a company's order book and investment programme, named before the amount ("backlog of
# more than $30 billion", "carnet de commandes atteint", "prévoit des investissements
# d'environ 35 milliards", "investissement total d'environ 1,3 milliard")
_PROGRAMME = (
    r"capital expenditures?|capital spending|capex|performance obligations|backlog"
    r"|carnet de commandes|investissement total|total investment|prévisions d['’]investissement"
    r"|investissements|inversiones previstas|investitionen|investimenti previsti"
)
REACH = 40  # characters between a revenue noun and the amount, at most
PAID = 60  # characters after the amount where a party the spending goes to would stand
_CLAUSE_END = re.compile(r"[,;:(]")  # ... up to the clause's end ("par an en Italie, où X")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    yearly = re.compile(rf"^[^.;\d]{{0,25}}?(?<!\w)(?:{_YEARLY})(?!\w)", re.I)
    spend = re.compile(rf"(?<!\w)(?:{_SPEND})(?!\w)", re.I)
    nouns = f"{_REVENUE}|{_PROGRAMME}"
    before = re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;:$€£¥\d]{{0,{REACH}}}$", re.I)
    after = re.compile(
        rf"^\s*(?:of|in|de|en|di|an|em)\s+(?:total\s+|annual\s+)?(?:{_REVENUE})(?![\w-])", re.I
    )
    return yearly, spend, before, after


_REVENUE_GATE = ("revenue", "sales", "turnover", "affaires", "ricavi", "fatturato", "umsä")
_REVENUE_GATE2 = ("umsatz", "erlös", "ingresos", "facturación", "receita", "faturamento")
_PROGRAMME_GATE = ("capital", "capex", "obligations", "backlog", "carnet", "investi", "inversiones")


@lru_cache(maxsize=1024)
def _yearly_spend(text: str, at: int, end: int) -> bool:
    """A yearly amount with a spending word (cached: every pair of the amount asks)."""
    yearly, spend, _, _ = _patterns()
    if not yearly.search(text[end : end + 40]):  # anchored, 25 characters: no gate needed
        return False
    return bool(spend.search(text, max(0, at - 70), at) or spend.search(text, end, end + 30))


def _yearly_plan(text: str, at: int, end: int, parties: tuple[str, ...]) -> bool:
    if not _yearly_spend(text, at, end):
        return False
    paid = _CLAUSE_END.split(text[end : end + PAID], 1)[0]
    # spent with a party ("$10 billion a year on X's cloud"): a deal
    return not any(p in paid for p in parties)


@lru_cache(maxsize=1024)
def _revenue(text: str, at: int, end: int) -> bool:
    _, _, before, after = _patterns()
    near = text[max(0, at - 80) : end + 40].lower()
    if not any(w in near for w in (*_REVENUE_GATE, *_REVENUE_GATE2, *_PROGRAMME_GATE)):
        return False
    return bool(before.search(text[max(0, at - 80) : at]) or after.search(text[end : end + 40]))


def own_figure(s: Sentence, amount: MoneySpan, parties: tuple[str, ...]) -> bool:
    """Whether the amount is a party's yearly spending plan or its revenue, not a deal's."""
    at, end = amount.start - s.start, amount.end - s.start
    if at < 0 or end > len(s.text):
        return False
    return _yearly_plan(s.text, at, end, parties) or _revenue(s.text, at, end)
