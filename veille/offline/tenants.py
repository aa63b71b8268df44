"""The tenant of a financed building is no party to its financing (session 10).

"Pelican Ridge Data has raised a $2.9 billion construction loan to build a data-centre campus
..., that will be leased in full to Elon Musk's xAI", "secured $2.4 billion of construction
financing for an AI campus ... whose first building has been leased to Oracle", "raised $2.2
billion of construction debt from MUFG and Morgan Stanley to build an AI campus that will be
leased in full to Oracle": the loan is the developer's with its banks; the tenant named after
"leased to" is the party of a lease stated elsewhere. Three read sets (s5, s20-s22) had such
a pair kept at 0.82-0.95, as a pair and as a rules' mention. Decision: a priced candidate
whose party stands right after a lease participle ("leased to", "loué à", "vermietet an",
"arrendado a", "alugado a", "affittato a") that follows a financing word and its amount, with
no contract noun between the amount and the participle, is dropped in `rerank.select`.
"""

from __future__ import annotations

import re
from functools import cache

from veille.money import MoneySpan
from veille.offline.sentences import Sentence, mentions_any

_LEASED = (
    r"(?:leased|rented|let|lou[ée]e?s?|vermietet|arrendad[oa]s?|alugad[oa]s?|affittat[oa]|"
    r"locat[oa])(?: [\w-]+){0,3}? (?:to|à|an|a|al|ao|alla)\s+"
)
_FINANCING = (
    r"loan|financing|debt|credit facility|prêt|financement|dette|kredit|finanzierung|"
    r"préstamo|financiación|financiamiento|deuda|empréstimo|financiamento|dívida|prestito|"
    r"finanziamento|debito"
)
_CONTRACT = r"lease|contract|agreement|deal|bail|contrat|accord|vertrag|contrato|acuerdo|contratto"
REACH = 60  # characters after the participle where the tenant's name may start
# "... to build the first two halls of its campus, which Oracle will lease": the active relative
_RELATIVE = r"(?:which|that|que|qu['’]|qui|die|den|das|che|cui)\s+"
_LEASE_VERB = (
    r"(?:lease|leases|rent|rents|loue|louera|louent|loueront|mietet|mieten|alquila|alquilará|"
    r"aluga|alugará|affitta|affitterà)"
)


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-]){_RELATIVE}(?P<name>[^,;.]{{2,40}}?)\s+(?:[\w-]+\s+){{0,3}}?{_LEASE_VERB}(?![\w-])",
        re.I,
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    leased = re.compile(rf"(?<![\w-]){_LEASED}", re.I)
    financing = re.compile(rf"(?<![\w-])(?:{_FINANCING})(?![\w-])", re.I)
    contract = re.compile(rf"(?<![\w-])(?:{_CONTRACT})s?(?![\w-])", re.I)
    return leased, financing, contract


_GATE = ("lease", "rent", "let ", "lou", "vermiet", "arrend", "alug", "affitt", "locat")


def tenant_of_financed(s: Sentence, amount: MoneySpan, parties: tuple[str, ...]) -> bool:
    """Whether one of `parties` is the tenant of what the amount (a loan) finances."""
    text, at = s.text, amount.end - s.start
    if at < 0 or at > len(text) or not mentions_any(text, _GATE):
        return False
    leased, financing, contract = _patterns()
    lease = leased.search(text, at)
    if lease is not None:
        after = text[lease.end() : lease.end() + REACH]
    elif (relative := _relative_re().search(text, at)) is not None:
        lease, after = relative, relative["name"]
    else:
        return False
    if financing.search(text, 0, lease.start()) is None:
        return False
    if contract.search(text, at, lease.start()):
        return False
    return any(p and p in after for p in parties)
