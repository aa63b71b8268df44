"""The customer whose contract secures a loan is no party to the loan (session 11).

"Ironvale has lined up a $2.1 billion loan from a group of banks led by PNC and Mizuho, secured
against the Google lease", "a $2.3 billion construction loan led by MUFG and Natixis, secured
against the Oracle contract", "un crédit de 60 millions de francs de la Zürcher Kantonalbank,
garanti par le contrat signé avec Swisscom": the lease or contract is the collateral, its
customer the party of another deal (stated elsewhere), yet the rules' round mention and the
pairs took it in with the loan's amount. Over the read sets (40 gold sets) 36 candidates name
such a customer after such a phrase with the loan's amount before it, none right; the
shipped model kept 5.

Decisions:
- The phrase ("secured against/by/on", "collateralised by", "adossé au", "garanti par",
  "garantizado por", "besichert durch", "garantito da") must be followed, within 60
  characters, by a contract word (lease, contract, contrat, loyers, Vertrag, contrato) and
  the party must stand in those characters: a guarantor named alone ("garantito da SACE") is
  a party of the loan and is not matched.
- The candidate's amount must come before the phrase: "secured against a 15-year lease with
  Microsoft valued at $4.5 billion" gives the lease's own value, a deal of that customer.
- A drop in `rerank.select` (like `tenants`, which reads "leased to X" after a loan).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.money import MoneySpan
from veille.offline.sentences import Sentence, mentions_any

_SECURED = (
    r"secured (?:against|by|on)|collateral(?:ised|ized) by|adossée?s? (?:à|au|aux)|garantie? par"
    r"|garantizad[oa] por|respaldad[oa] por|besichert (?:durch|mit)|garantit[oa] da"
)
_CONTRACT = (
    r"lease|contract|agreement|contrat|loyers|bail|rent|vertrag|mietvertrag|contrato|contratto"
    r"|arrendamiento|ppa"
)
REACH = 60  # characters after the phrase where the contract word and the customer stand
_GATE = ("secured", "collateral", "adoss", "garanti", "respaldad", "besichert")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    secured = re.compile(rf"(?<!\w)(?:{_SECURED})\s+", re.I)
    contract = re.compile(rf"(?<!\w)(?:{_CONTRACT})(?!\w)", re.I)
    return secured, contract


@lru_cache(maxsize=1024)
def _contract_tails(text: str, at: int) -> tuple[tuple[str, int], ...]:
    """The text after each securing phrase that follows the amount, with the end of its
    contract word (cached: every pair of the amount asks)."""
    secured, contract = _patterns()
    found = []
    for m in secured.finditer(text):
        if at >= m.start():
            continue  # the amount after the phrase: the contract's own value
        tail = text[m.end() : m.end() + REACH]
        word = contract.search(tail)
        if word is not None:
            found.append((tail, word.end()))
    return tuple(found)


def collateral_party(s: Sentence, amount: MoneySpan, parties: tuple[str, ...]) -> bool:
    """Whether a party is the customer of the contract that secures the amount's loan."""
    if not mentions_any(s.text, _GATE):
        return False
    tails = _contract_tails(s.text, amount.start - s.start)
    return any(0 <= tail.find(p) <= word + 30 for tail, word in tails for p in parties)
