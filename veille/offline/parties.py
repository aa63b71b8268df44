"""Who is being talked about: the article's main subject, the running focus (the subject
of the latest sentences) and anaphors ("la société", "the company", "elle").

Decision: when a sentence names only the counterparty ("elle a signé un accord avec Google"),
the other party is the focus, i.e. the subject the text has been talking about, and failing
that the article's main subject. A focus equal to the named party is no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from veille.cuegate import finditer
from veille.offline import cues
from veille.offline.cues import anaphor_re
from veille.offline.founded import founded_anaphor, young_main
from veille.offline.gazetteer import NON_PARTY_KINDS
from veille.offline.orgs import OrgMention
from veille.offline.sentences import Sentence

POSSESSIVE = re.compile(
    r"(?:Its|Their|Ses|Sa|Son|Leurs?|Seine[rn]?|Ihre[rn]?|Sus?|Seus?|Suas?|I suoi|La sua|Il suo|"
    r"Le sue|Os seus|As suas)\s",
)
# "a accordé à la société un prêt": the company a lender lends to (rounds._recipient)
DATIVE_ANAPHOR = re.compile(
    r"(?<![\w])(?:to the (?:company|start-?up|firm)|à (?:la société|l['’]entreprise|"
    r"la start-?up|la jeune pousse)|a la (?:compañía|empresa|startup)|à (?:empresa|companhia|"
    r"startup)|alla società|all['’]azienda|dem Unternehmen|der Firma|dem Start-?up)(?![\w])",
    re.I,
)
_IMPERSONAL = re.compile(r"(?:il y a|il est|it is|it was|es gibt|hay)\b", re.I)
INTRO = re.compile(
    r"^(?:(?:Fondée?s?|Founded|Gegründet|Fundad[oa]s?|Fondat[oa]|Créée?s?|Created|Launched|"
    r"Lancée?s?|Spun out|Issue?s?|Nata|Nacida|Nascida)\b[^.;:]{0,160}?|[^,.;:]{0,40}),\s+"
)


@cache
def _subject_skip() -> re.Pattern[str]:
    return re.compile(cues.SUBJECT_SKIP, re.I)


def subject_head(text: str) -> int:
    """Where a sentence's subject starts: after an opening phrase ("Fondée en 2020 par ...,",
    "En octobre,") and a leading conjunction ("Mais", "However")."""
    intro = INTRO.match(text)
    head = intro.end() if intro else 0
    skip = _subject_skip().match(text[head:])
    return head + (skip.end() if skip else 0)


@cache
def dual_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(cues.DUAL_ANAPHORS)})(?![\w])", re.I)


@cache
def _marker_re() -> re.Pattern[str]:
    """Parties right after "led by", "mené par", "dont", "including"... are investors in
    someone else's round or examples in a list: the topic the next sentences talk about
    stays."""
    words = "|".join((*cues.ROUND_MARKERS, *cues.LIST_MARKERS))
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)


_JOINED_ITEM = re.compile(r"\s*(?:,|and|et|und|y|e|&)\s*(?:(?:and|et|und|y|e)\s+)?")
_JOINED = re.compile(r"\s*(?:,|and|et|und|y|e|&)?\s*(?:[\w'’-]+\s+){0,2}$")


def _topical(body: str, offset: int, parties: list[OrgMention]) -> list[OrgMention]:
    """Parties that are not agents: after a marker, or enumerated with such a party."""
    out, previous_agent, previous_end = [], False, 0
    for m in parties:
        start = m.start - offset
        # the marker's matches through its cue gate: one exists exactly when `search` finds one
        agent = bool(finditer(_marker_re(), body, 0, start)) or (
            previous_agent and bool(_JOINED.fullmatch(body, previous_end, start))
        )
        if not agent:
            out.append(m)
        previous_agent, previous_end = agent, m.end - offset
    return out


def is_party(mention: OrgMention) -> bool:
    return mention.kind not in NON_PARTY_KINDS and not mention.brand and not mention.background


@lru_cache(maxsize=8192)
def whole_word(name: str) -> re.Pattern[str]:
    """Compiled once per name: re's own cache (512 patterns) thrashes over a run's names."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def main_subject(title: str, mentions: list[OrgMention], first: Sentence | None) -> str | None:
    """The most talked-about party, with a bonus for the title and the first sentence."""
    scores: dict[str, float] = {}
    spellings: dict[str, set[str]] = {}
    for order, m in enumerate(m for m in mentions if is_party(m)):
        bonus = 2.0 if first and first.start <= m.start < first.end else 0.0
        scores[m.name] = scores.get(m.name, 0.0) + 1.0 + bonus - order * 1e-3
        if m.name.lower().startswith(m.surface.lower()):
            spellings.setdefault(m.name, {m.name}).add(m.surface)
    in_title = {}
    for name in scores:
        # the title's short form counts ("la parisienne Ondine lève" for "Ondine Robotics",
        # "NEXTDC" for "NextDC"), not an acronym ("La CNR fournira ... au campus de X")
        hits = [
            f.start() for w in spellings.get(name, {name}) if (f := whole_word(w).search(title))
        ]
        if hits:
            scores[name] += 3.0
            in_title[name] = min(hits)
    if len(in_title) > 1:  # the title's grammatical subject usually comes first
        scores[min(in_title, key=lambda n: in_title[n])] += 1.5
    return max(scores, key=lambda n: scores[n]) if scores else None


@dataclass
class Focus:
    """The running subject; updated sentence by sentence."""

    current: str | None
    main: str | None
    paragraph: int = 0

    def other_than(self, name: str, prefer_main: bool = False) -> str | None:
        order = (self.main, self.current) if prefer_main else (self.current, self.main)
        for candidate in order:
            same_group = candidate and candidate.split()[0] == name.split(maxsplit=1)[0]
            if candidate and candidate != name and not same_group:
                return candidate  # never "Alibaba" with its own "Alibaba Cloud"
        return None

    def enter(self, sentence: Sentence, before: list[OrgMention]) -> None:
        """Before the sentence's own deals: "Founded in 2023, the company raised ..." is the
        young main subject, not the incumbent just named (`founded`, session 7)."""
        if founded_anaphor(sentence.text) and self.main:
            kinds = {m.name: m.kind for m in before}
            if young_main(kinds.get(self.current or ""), kinds.get(self.main)):
                self.current = self.main

    def update(
        self, sentence: Sentence, parties: list[OrgMention], before: list[OrgMention]
    ) -> None:
        """Subject of the sentence: an anaphor keeps (or retypes) the focus, else the first
        party. `before` are the party mentions earlier in the article, for typed anaphors.
        An untyped anaphor ("It", "the company", "elle") opening a new paragraph is the
        article's main subject: news paragraphs return to their protagonist."""
        opens = sentence.paragraph != self.paragraph
        self.paragraph = sentence.paragraph
        body = sentence.text
        head = body[subject_head(body) :]
        anaphor = anaphor_re().match(head)
        if not _IMPERSONAL.match(body):  # "Elle a aussi mis la main, en mars, sur Nuvolex"
            anaphor = anaphor_re().match(body) or anaphor
        if anaphor:
            typed = resolve_typed(anaphor[0], before, self.main)
            self.current = typed or (self.main if opens and self.main else self.current)
            return
        if POSSESSIVE.match(head):
            return  # "Ses logiciels sont utilisés par Renault": still about the focus
        topical = _topical(body, sentence.start, parties)
        if topical and not _opens_enumeration(sentence.start, body, topical):
            self.current = topical[0].name


def _opens_enumeration(offset: int, body: str, parties: list[OrgMention]) -> bool:
    """ "... prévu par le fonds MGX, Bpifrance, Mistral AI et Nvidia": the first party opens
    a list of three or more, so no single one of them is the sentence's subject."""
    run = 1
    for a, b in pairwise(parties):
        if not _JOINED_ITEM.fullmatch(body, a.end - offset, b.start - offset):
            break
        run += 1
    return run >= 3


def resolve_typed(anaphor: str, before: list[OrgMention], main: str | None = None) -> str | None:
    """ "la start-up" -> the most mentioned start-up-like party so far (the latest on a tie):
    a customer named once in between ("Zu den Kunden zählen Porsche") is not "das Start-up".
    On a tie the article's main subject wins (session 6): "la jeune pousse" is the
    protagonist, not the investor of the same unknown kind named once in the sentence before
    ("... auprès de Lombard Odier. ... la jeune pousse avait levé"). None when the anaphor is
    untyped."""
    for pattern, kinds in cues.typed_anaphors():
        if pattern.search(anaphor):
            counts: dict[str, tuple[int, int, int, int]] = {}
            for i, m in enumerate(before):
                if m.kind in kinds:
                    # on a tie, a known kind ("ai_lab") before "other" (an unknown name)
                    specific = int(m.kind != "other" or m.known)
                    seen = counts.get(m.name, (0, 0, 0, 0))[0]
                    counts[m.name] = (seen + 1, int(m.name == main), specific, i)
            if counts:
                return max(counts, key=lambda n: counts[n])
    return None
