"""The other party of a clause that names only one (`missing_party`), split from parties.py.

Decision (parties.py's): when a clause names only the counterparty ("elle a signé un accord avec
Google"), the other party is the focus, and failing that the article's main subject. The cases
are tried in a fixed order: a passive agent of a supply, an anaphor as the subject, an object
pronoun, an object anaphor, a target in apposition, then `_named_party_of_focus`'s.
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import cues
from veille.offline import orgwords as ow
from veille.offline.cues import anaphor_re
from veille.offline.orgs import OrgMention
from veille.offline.parties import Focus, resolve_typed, whole_word

_OBJECT_ANAPHOR = re.compile(
    r"(?<![\w])(?:in|into|dans|en|em|na|no|nella|nel|in die|in das)\s+"
    r"(?:the (?:company|start-?up|firm)|"
    r"la société|l['’]entreprise|la start-?up|la jeune pousse|la compañía|la empresa|la startup|"
    r"a empresa|a companhia|a startup|la società|l['’]azienda|das Unternehmen|die Firma|"
    r"das Start-?up)(?![\w])",
    re.I,
)


@cache
def _signed_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(cues.SIGNING_VERBS)})(?![\w])", re.I)


@cache
def _supply_verb_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(cues.SUPPLY_VERBS)})(?![\w])", re.I)


@cache
def _passive_agent_re() -> re.Pattern[str]:
    """A participle and its agent up to the name: "fournis par", "supplied by the"."""
    return re.compile(
        r"[\w-]+\s+(?:par|by|von|por|pel[oa]s?|da)\s+"
        r"(?:(?:the|le|la|les|l['’]|el|los|o|a|il|lo|der|die|dem|den)\s*)?(?:[a-zà-ÿ-]+\s+)?",
        re.I,
    )


@cache
def _stake_entry_re() -> re.Pattern[str]:
    """Taking a stake with no company named: the verb phrase only, in the six languages."""
    return re.compile(
        r"(?<!\w)(?:entre(?:nt|ra|ront)?\s+(?:\w+\s+){0,2}(?:au|à son|dans le|dans son) capital|"
        r"prend(?:ra|re)? une participation|(?:takes?|taking|will take) an? (?:minority )?stake|"
        r"beteilig(?:t|en) sich|entra(?:rá)? (?:\w+\s+){0,2}en (?:el|su) capital|"
        r"entra(?:rá)? (?:\w+\s+){0,2}(?:no|em seu) capital|"
        r"entra(?:rà)? (?:\w+\s+){0,2}nel (?:suo )?capitale)(?![\w-])",
        re.I,
    )


@cache
def _contract_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(cues.CONTRACT_NOUNS)})(?![\w])", re.I)


@cache
def _passive_target_re() -> re.Pattern[str]:
    """A name in apposition to a participle of buying: the target, bought by the focus."""
    participles = "|".join(ow.ACQUIRED_PARTICIPLES)
    return re.compile(
        rf",\s+(?:(?:which|that|qui|que)\s+(?:was|had been|has been|a été|avait été)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{participles})\s+(?:[\w'’-]+\s+){{0,4}}?"
        r"(?:pour|for|für|por|per)\s",
        re.I,
    )


def missing_party(
    text: str,
    clause: tuple[int, int],
    party: OrgMention,
    event: int,
    focus: Focus,
    before: list[OrgMention],
    has_amount: bool,
    supplies: bool = False,
) -> str | None:
    """The other party when a clause names only `party` (see the module docstring); a
    supplier named as the subject ("SK hynix will supply the memory") supplies the focus."""
    subject_anaphor = anaphor_re().search(text, clause[0], min(event, party.start))
    if subject_anaphor and not text[subject_anaphor.end() : party.start].strip():
        subject_anaphor = None  # "El grupo Telefónica prevé": a head noun, not an anaphor
    object_pronoun = re.search(
        r"(?<!\w)(?:y|(?:in|into|to) (?:it|them))(?!\w)", text[party.end : event]
    )
    if supplies and party.start > event and _passive_agent_re().fullmatch(text, event, party.start):
        # "Les serveurs seront fournis par HPE", "Its chips will be produced by TSMC": the agent
        # supplies the protagonist (session 6), whatever possessive opens the sentence
        return focus.other_than(party.name, prefer_main=True)
    if subject_anaphor:
        typed = resolve_typed(subject_anaphor[0], before, focus.main)
        return typed if typed and typed != party.name else focus.other_than(party.name)
    if party.end < event and object_pronoun:
        # "Alphabet y a engagé 3 milliards": invested in the article's subject
        return focus.other_than(party.name, prefer_main=True)
    if party.end <= event and _OBJECT_ANAPHOR.search(text, event, clause[1]):
        return focus.other_than(party.name)  # "que invirtió 12 millones en la compañía"
    if party.end <= event and _passive_target_re().match(text, party.end):
        return focus.other_than(party.name)  # "Neon, start-up rachetée en mai pour 1 milliard"
    return _named_party_of_focus(text, clause, party, event, focus, has_amount, supplies)


def _named_party_of_focus(
    text: str,
    clause: tuple[int, int],
    party: OrgMention,
    event: int,
    focus: Focus,
    has_amount: bool,
    supplies: bool,
) -> str | None:
    """`missing_party`'s last cases, tried in this order: a name introduced by a preposition
    after the event, a supplier or an investor as the subject, a signed contract."""
    introduced = re.search(
        r"(?<![\w])(?:(?:with|avec|mit|con|com|to|à|a|al|ao|from|de|bei|von|da|di)\s+|d['’]|"
        r"auprès d['’])(?:(?:the|la|le|l['’]|el|o|a|il|der|die|dem|den)\s*)?(?:[a-zà-ÿ-]+\s+)?$",
        text[max(0, party.start - 40) : party.start],
        re.I,
    )
    if party.start > event and introduced:
        return focus.other_than(party.name, prefer_main=True)
    if supplies and party.end <= event and _supply_verb_re().match(text, event):
        # "Siemens Energy will supply the site's transformers": the protagonist's site, not
        # the latest subject's (session 6), unless its sentence writes that subject's name
        lo = max(text.rfind(". ", 0, clause[0]), text.rfind("\n", 0, clause[0])) + 1
        named = focus.current and whole_word(focus.current).search(text, lo, clause[1])
        return focus.other_than(party.name, prefer_main=not named)
    if has_amount and party.end <= event and _stake_entry_re().search(text, party.end, clause[1]):
        # "Le fonds souverain X entre parallèlement au capital pour 500 millions": an investor
        # as the subject of a stake it takes, in the protagonist (session 6)
        return focus.other_than(party.name, prefer_main=True)
    contract = _contract_re().search(text, clause[0], clause[1])
    signed = has_amount or _signed_re().search(text, clause[0], clause[1])
    if signed and contract and party.end <= event and focus.main and focus.main != party.name:
        return focus.main  # "SAP signed a contract": with the article's subject
    return None
