"""The role of each money mention: deal value, revenue, loss, market cap, share price...

Decision: the nearest cue wins, measured in characters inside the sentence, with cues on the
left of the amount counted closer than cues on its right (news writes "revenue of $X" more
often than "$X of revenue"). A few adjacent patterns ("$40 a share") decide outright.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.cuegate import finditer
from veille.money import MoneySpan
from veille.offline import amountcontext as ac
from veille.offline import cues
from veille.offline.dealtype import factor, folded, lowered
from veille.offline.sentences import Sentence

MAX_DISTANCE = 90
RIGHT_PENALTY = 1.6


def _alt(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments)


@cache
def _role_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One alternation, one named group per role (deal value last); folded for lower-cased
    text, with its IGNORECASE fallback."""
    families = [*(f for _, f in cues.ROLE_CUES), cues.DEAL_VALUE_CUES]
    groups = (f"(?P<r{i}>{factor(f)})" for i, f in enumerate(families))
    return folded(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)")


ROLES = (*(role for role, _ in cues.ROLE_CUES), "deal_value")


@lru_cache(maxsize=64)
def _role_cues(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    low = lowered(text)
    fast, fallback = _role_re()
    matches = (
        finditer(fast, low, start, end) if low is not None else fallback.finditer(text, start, end)
    )
    return tuple((ROLES[int((m.lastgroup or "r0")[1:])], m.start(), m.end()) for m in matches)


@cache
def _share_right() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}?(?:a|per|par|each|l['’]|je|pro|por|per)\s*"
        r"(?:share|action|titre|unité|aktie|acción|ação|azione)\b",
        re.I,
    )


def _distance(cue: tuple[int, int], span: MoneySpan) -> float:
    if cue[1] <= span.start:
        return span.start - cue[1]
    if cue[0] >= span.end:
        return (cue[0] - span.end) * RIGHT_PENALTY
    return 0.0


def money_role(text: str, sentence: Sentence, span: MoneySpan) -> str:
    """One of the schema's MoneyRole literals for `span` inside `sentence`."""
    if _share_right().match(text, span.end) and (span.value or 0) < 1e5:
        return "share_price"
    best, best_distance = "other", float(MAX_DISTANCE)
    for role, start, end in _role_cues(text, sentence.start, sentence.end):
        if start >= span.start and end <= span.end:
            continue
        if start >= span.end and _next_amount().match(text, end):
            continue  # "2 milliards, sur la base d'une valorisation de 12 milliards"
        distance = _distance((start, end), span)
        if distance < best_distance:
            best, best_distance = role, distance
    if best == "share_price" and (span.value or 0) >= 1e5:
        return "other"
    if best in ("valuation", "market_cap") and _object_valued().search(
        text, max(sentence.start, span.start - 160), span.start
    ):
        return "deal_value"  # "ordered servers worth $1.9 billion", "a stake valued at"
    if (
        best == "valuation"
        and (
            _deal_valued().search(text, sentence.start, span.start)
            or _takeover_valued(text, sentence, span)
        )
        and not _pronoun_valued().search(text, max(sentence.start, span.start - 60), span.start)
    ):
        return "deal_value"  # "une opération valorisée à", "arrangement valued at"
    if best == "revenue" and _deal_brings().match(
        text, sentence.start, min(span.start, sentence.start + 80)
    ):
        return "deal_value"  # "L'accord représente environ 1,2 milliard de dollars de recettes"
    return best


@cache
def _deal_brings() -> re.Pattern[str]:
    """A sentence whose subject is the deal and says what it brings in (session 8, second
    wave): "The contract represents about $1.2 billion in revenue", "L'accord représente ...
    de recettes", "Der Vertrag bringt ... Umsatz", "El contrato supone ... de ingresos"; the
    revenue is the deal's value, not the company's turnover."""
    nouns = (
        r"deal|contract|agreement|order|lease|accord|contrat|bail|commande|vertrag|auftrag|"
        r"vereinbarung|acuerdo|contrato|pedido|acordo|encomenda|accordo|contratto|ordine"
    )
    verbs = (
        r"represent\w*|repr[ée]sente\w*|generat\w*|g[ée]n[ée]r\w*|bring\w*|rapport\w*|"
        r"bringt|bringen|supone\w*|representa\w*|gera\w*|rappresent\w*|could bring|"
        r"is worth|vaut|entspricht"
    )
    return re.compile(
        rf"\W*(?:the|this|that|l['’]|le|la|cet|ce|cette|der|die|das|dieser|el|este|esta|"
        rf"o|a|il|lo|questo)?\s*(?:{nouns})\b(?:\W+\w+){{0,4}}?\W+(?:{verbs})\b",
        re.I,
    )


@cache
def _target_valued() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?P<offer>offer|offered|bid|takeover|offre|rachat|propos[ée]e?|proposait|proposed|"
        r"Angebot|Übernahmeangebot|oferta|offerta|OPA)|deal|transaction|opération|operación|"
        r"operação|operazione|Transaktion)\W+"
        r"(?:\w+\W+){0,5}(?:valu\w*|valoris\w*|bewert\w*|valor\w*|valut\w*|avali\w*)\W+"
        r"(?:[\w-]+\W+){1,8}?(?:at|à|mit|en|em|in|a)\s+"
        r"(?:(?:about|around|roughly|some|nearly|environ|près de|rund|etwa|unos|cerca de|circa)"
        r"\s+)?$",
        re.I,
    )


def _takeover_valued(text: str, sentence: Sentence, span: MoneySpan) -> bool:
    """ "sinking a [takeover] deal that valued the bitcoin miner turned landlord at about
    $9 billion": in a sentence that buys a company, the price that values the target is the
    deal's value (in a round, "l'opération valorise X à" stays a valuation); an offer or bid
    is a takeover by itself ("Das Angebot bewertet das Unternehmen mit rund 1,17 Milliarden")."""
    found = _target_valued().search(text, max(sentence.start, span.start - 120), span.start)
    return bool(
        found and (found["offer"] or ac.is_purchase_sentence(text, sentence.start, sentence.end))
    )


@cache
def _pronoun_valued() -> re.Pattern[str]:
    """ "une opération qui la valorisait 11,7 milliards", "a round that valued it at": the
    pronoun is the company, so the figure is its valuation, not the deal's value."""
    return re.compile(
        r"(?:(?<!\w)(?:la|le|les|l['’])\s*(?:valoris|valor|évalu)\w*|"
        r"valu\w*\s+(?:it|them)\b)\W+(?:[\w-]+\W+){0,3}$",
        re.I,
    )


@cache
def _next_amount() -> re.Pattern[str]:
    """A cue on the right of an amount that introduces an amount of its own."""
    return re.compile(
        r"[^\d.;:()]{0,40}?(?:[$€£¥]\s?\d|\d[\d.,\s]*(?:(?:et|and|à|to|-|–)\s*\d[\d.,\s]*)?"
        r"\s?(?:milliards?|millions?|billions?|"
        r"trillions?|bn|Md|Mrd|Mio|mil millones|miliardi|bilhões|milhões)(?!\w))",
        re.I,
    )


@cache
def _object_valued() -> re.Pattern[str]:
    """What a deal transfers, valued: goods after an order or purchase verb ("has ordered
    servers and racks worth roughly $1.9 billion from X", "a commandé des serveurs d'une valeur
    de", "bestellte Server im Wert von") or a stake ("a stake valued at about $135 billion",
    "une participation valorisée à"). A company "worth" or "valued at" stays a valuation."""
    level = (
        r"(?:(?:about|around|roughly|some|nearly|more than|over|up to|environ|près de|plus de|"
        r"rund|etwa|über|mehr als|unos|cerca de|más de|mais de|circa|oltre)\W+)?"
    )
    goods = (
        r"(?:order(?:s|ed)?|bought|buys|purchas\w+|commandé|commande|achète|acheté|bestell\w*|"
        r"kauft|gekauft|encomend\w*|compr(?:ó|ou|a|ato)|ordinat\w*)\W+(?:[\w-]+\W+){1,12}?"
        r"(?:worth|d['’]une valeur (?:de|d['’])|im Wert von|por (?:un )?valor de|"
        r"no valor de|del valore di|per un valore di)"
    )
    stake = (
        r"(?:stake|participation|Beteiligung|participación|participação|partecipazione)\W+"
        r"(?:[\w-]+\W+){0,2}?(?:valued at|worth|valorisée? à|évaluée? à|im Wert von|"
        r"valorada en|avaliada em|valutata)"
    )
    return re.compile(rf"(?<!\w)(?:{goods}|{stake})\W+{level}$", re.I)


@cache
def _deal_valued() -> re.Pattern[str]:
    nouns = (
        r"operación|operação|opération|operazione|transaction|deal|contract|contrat|"
        r"contrato|accord|acuerdo|acordo|accordo|arrangement|agreement|pact|transaktion|"
        r"partenariat|partnership|alliance|parceria|asociación|partnerschaft|lease|bail|"
        # an order is a deal: "the order is worth roughly $900 million" (session 6)
        r"order|commande|pedido|encomenda|ordine|auftrag|bestellung|"
        # a joint project or venture is a deal too: "the fab X is building with Y, in a project
        # valued at" (session 8, second wave)
        r"project|projet|proyecto|projeto|progetto|projekt|joint venture|joint-venture|"
        r"coentreprise|co-entreprise|gemeinschaftsunternehmen|empresa conjunta|"
        r"empresa comum|societ[àa] comune"
    )
    return re.compile(
        rf"(?:{nouns})\W+(?:\w+\W+){{0,20}}(?:valu\w*|valor\w*|évalu\w*|estim\w*|"
        rf"bewert\w*|avaliad\w*|worth|vaut)\W+(?:\w+\W+){{0,2}}"
        rf"(?:(?:plus de|more than|over|près de|environ|about|around|roughly|nearly|up to|"
        rf"jusqu['’]à|mehr als|über|más de|mais de|oltre)\W+)?$",
        re.I,
    )
