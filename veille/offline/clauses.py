"""Clause-level helpers of the deal extractor: clause splitting, rejected offers, amounts said
to be undisclosed, and verbless clauses that repeat the previous deal.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from veille import foldscan
from veille.cuegate import finditer
from veille.money import MoneySpan
from veille.offline import cues
from veille.offline.dealtype import Cue, find_cues
from veille.offline.mention import DealMention
from veille.offline.orgs import OrgMention
from veille.offline.sentences import Sentence


@cache
def _clause_re() -> re.Pattern[str]:
    return re.compile("|".join(cues.CLAUSE_BREAKS), re.I)


# "Alors qu'OpenAI devait s'offrir Windsurf pour 3 milliards, c'est Google qui...": a leading
# subordinate clause is a clause of its own, up to its comma.
_LEADING = re.compile(
    r"(?:alors qu['’]|tandis qu['’]|bien qu['’]|while|whereas|although|though|mientras|aunque"
    r"|embora|enquanto|mentre|sebbene|während|obwohl)\b[^,;]{3,200}?,\s",
    re.I,
)


def clauses(text: str, s: Sentence) -> list[tuple[int, int]]:
    return list(_clause_bounds(text, s.start, s.end))


@lru_cache(maxsize=64)
def _clause_bounds(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Cached per sentence: the rules and the clause fit (clausefit) both split it, with
    two re.I scans each time; `clauses` hands out a fresh list."""
    bounds, cursor = [], start
    leading = _LEADING.match(text, start, end)
    if leading:
        bounds.append((start, leading.end() - 2))
        cursor = leading.end()
    for m in _clause_re().finditer(text, cursor, end):
        bounds.append((cursor, m.start()))
        cursor = m.end()
    return (*bounds, (cursor, end))


@cache
def undisclosed_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues.UNDISCLOSED)})", re.I)


@lru_cache(maxsize=64)
def undisclosed_in(sentence: str) -> bool:
    """Whether `sentence` says the amount is undisclosed: a re.I scan of some forty phrases,
    read once per sentence although the sentence features, the cross-sentence amounts, the
    rule-only candidates and the continuity check all ask."""
    return foldscan.found(undisclosed_re(), sentence)


def undisclosed_spans(text: str, s: Sentence) -> list[tuple[int, int]]:
    """The undisclosed phrases of `s` (`s.text` is its slice of `text`). A phrase found in the
    text's window is found in the sentence's own text too (the same characters around it;
    the lookbehind at its start passes there), so a sentence without any, nearly all, skips
    the window's scan."""
    if not undisclosed_in(s.text):
        return []
    return [m.span() for m in undisclosed_re().finditer(text, s.start, s.end)]


def rejected_spans(text: str) -> list[tuple[int, int]]:
    """ "turned down an $800 million takeover offer from Meta, ...": from a rejection to the
    next comma, parties and amounts belong to a deal that did not happen; "... qui proposait
    150 millions pour la racheter, une offre qu'elle a refusée": when the rejection closes
    the sentence and names the offer, the whole sentence."""
    spans = []
    for m in finditer(_rejection_re(), text):
        spans.append((m.start(), m.end()))
        offer = _offer_before().search(text, max(0, m.start() - 40), m.start())
        if offer:
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
            spans.append((start, m.start()))
    return spans


@cache
def _offer_before() -> re.Pattern[str]:
    nouns = r"offer|offre|oferta|offerta|Angebot|proposta|proposition|approach|approche|propuesta"
    return re.compile(
        rf"(?:{nouns})\s+(?:that|which|qu['’]|que|che|das|die)\s*(?:\w+\s+){{0,3}}$", re.I
    )


@cache
def _rejection_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues.REJECTIONS)})(?!\w)[^,;.]*", re.I)


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= position < hi for lo, hi in spans)


@cache
def _ellipsis_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{'|'.join(cues.ELLIPSES)})(?![\w])", re.I)


def elliptical(
    text: str,
    s: Sentence,
    clause: tuple[int, int],
    names: list[OrgMention],
    amounts: list[MoneySpan],
    last: DealMention | None,
) -> list[DealMention]:
    """ "OpenAI s'est entendu avec Nvidia, ..., et avec AMD pour 6 gigawatts", "ha completato
    l'acquisizione di Kinara ..., e quella di TTTech Auto per 625 milioni": a clause with no
    verb repeats the deal before it with a new counterparty."""
    if last is None or last.sentence != s.index or len(names) != 1:
        return []
    if not _ellipsis_re().match(text, clause[0]) or names[0].name in last.parties:
        return []
    base = replace(last, parties=(last.parties[0], names[0].name), amount=None, strong=False)
    base = replace(base, evidence=(s.start, s.end))
    return [replace(base, amount=a) for a in amounts] or [base]


def context_cues(found: list[Cue], sentences: list[Sentence], s: Sentence) -> list[Cue]:
    near = [x for x in sentences[max(0, s.index - 1) : s.index + 2] if x.paragraph == s.paragraph]
    if not near:
        return []
    return [c for c in find_cues(found, near[0].start, near[-1].end) if c.type]


@cache
def _new_counterparty_re() -> re.Pattern[str]:
    """ "un contrato con el gobierno": a counterparty the article does not name; not "familiar
    with the contract" (the same deal)."""
    return re.compile(
        r"(?<![\w])(?<!familiar )(?:with|avec|mit|con|com)\s+(?:the|a|an|le|la|les|un|une|el|"
        r"los|una|o|a|um|uma|il|lo|der|die|dem|den|einer?m?)\s+(?!(?:contract|deal|agreement|"
        r"matter|terms|contrat|accord|vertrag|contrato|acuerdo|acordo|contratto|accordo|"
        r"transaction|operation|opération|operación|operação|operazione)\b)",
        re.I,
    )


def new_counterparty(text: str, clause: tuple[int, int]) -> bool:
    return bool(_new_counterparty_re().search(text, *clause))


def same_deal(text: str, clause: tuple[int, int], last_type: str, kinds: set[str | None]) -> bool:
    """Whether a clause with only an anaphor and an amount still talks about the last deal:
    not when its event is of another type ("Elle prévoit aussi d'emprunter 3 milliards" after
    a round) nor when it names a new counterparty ("un contrato con el gobierno")."""
    if kinds & {"financing", "acquisition"} and last_type not in kinds:
        return False
    return not _new_counterparty_re().search(text, *clause)


_COORDINATED = re.compile(
    r"(?:and|et|und|y|e)\s|(?:has|have|had|will|a|ont|avait|hat|hatte|ha|han|hanno|tem|têm|"
    r"tinha)\s+(?:\w+\s+){0,2}?\w+(?:ed|é|ée|t|o|ado|ido|ato|uto|ito)\b"
)


def coordinated(text: str, clause: tuple[int, int]) -> bool:
    """A clause opened by "and has", "e contratou", or by a verb after ", et" ("a emprunté"):
    its subject is the sentence's."""
    return bool(_COORDINATED.match(text, clause[0]))


def sentence_subject(
    text: str, s: Sentence, parties: list[OrgMention], focus: str | None
) -> str | None:
    """The sentence's subject: the focus when an anaphor opens it ("Le groupe a ..."), else
    its first party."""
    from veille.offline.parties import anaphor_re

    if anaphor_re().match(text, s.start) and focus:
        return focus
    return parties[0].name if parties else None


_SALE_BEFORE = re.compile(
    r"(?<![\w])(?:sell|sells|sold|selling|issue|issues|issued|issuing|émettre|émis|émet|"
    r"placer|placé|vendre|vendu|emitir|emitió|emitiu|emettere|emesso|begeben|platziert)\s+"
    r"(?:[\w'’]+\s+){0,2}$",
    re.I,
)
_SALE_AFTER = re.compile(
    r"\s+(?:of|d['’]|de)\s*(?:[\w-]+\s+){0,3}?(?:bonds?|notes|obligations|debentures|"
    r"shares|actions|bonos|obrigações|obbligazioni|Anleihen)\b",
    re.I,
)


def market_sale(text: str, amount: MoneySpan) -> bool:
    """ "it plans to sell $2.35 billion of senior secured notes": securities sold to the
    market; with no buyer named in its clause, no deal with anyone named before."""
    return bool(
        _SALE_BEFORE.search(text, max(0, amount.start - 40), amount.start)
        and _SALE_AFTER.match(text, amount.end)
    )
