"""Coordinated lists of parties ("to A, B and C") for the deal re-ranker (session 7).

Why: the re-ranker's features describe a pair by what stands between and around its two
mentions. In "Nvidia will supply chips to Samsung, SK Group and Naver", "signed licensing
deals with The Associated Press, Dow Jones and Nikkei" or "Axel Springer et Le Monde ont
conclu des contrats avec OpenAI", only the list member next to the deal verb looks linked:
the others have the other members in their gap (`_org_`, a party in between), so an
amountless deal with them scored 0.05-0.15 where the first member scored twice as much
(`python -m veille.devtools.errors --show`, "threshold:noamt"). Coordination states the
same relation of every member, so the link features (veille/offline/links.py: an event cue
with the pair as its subject and object, an undisclosed sum after the pair) read each member
at its list's span (first member's start to last member's end), and a flag says it stands
in a list (`conj:member`); two members of one list keep their own spans (`conj:within`:
co-members are no deal with each other, except as co-investors of one round, which the
model learns from that flag). The other features (gap words, positions, kinds) stay each
member's own: reading them at the list's span too was measured and not kept
(docs/offline-engine.md, "Session 7: coordinated lists").

Decisions:
- A list is a run of parties whose gaps are only separators: a comma, a conjunction of the
  six languages ("and", "et", "und", "y", "e", "ed", "as well as", "ainsi que", "sowie",
  "así como", "bem como", "nonché"), optionally a repeated preposition ("and to", "et avec",
  "und mit"), a determiner and, after a determiner, one word ("et l'espagnol Prisa"; the
  pattern is case-insensitive, so it may be capitalised).
  A run of commas alone is no list ("A, B" may be two clauses or an apposition): at least
  one conjunction must join it, and a comma before the conjunction of a list of two ("paid
  for Run:ai, and AMD bought Silo AI") joins two clauses; members after the last
  conjunction joined by commas only are left out ("A and B, C ...").
- Disjunctions ("A or B", "comme A ou B") are not lists here: a choice is no shared deal.
- Only the link features' positions change: names, kinds and the rules' evidence stay each
  member's own.
- Completion (`complete`, called by `rerank.select`): when the model keeps a member's
  amountless pair and the list is linked to the other party by an event cue, in a sentence
  stating no amount, the other members' pairs are kept too (`mark` keys them by the list's
  span; a list opened as examples, "suppliers such as A and B", gets no key).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from veille.offline.examplelists import RIVALS, example_flag
from veille.offline.listwords import CUSTOMER_LISTS, GENERIC_LISTS
from veille.offline.orgnames import OrgMention
from veille.offline.rerankview import Candidate

LISTS = True  # switch for leave-one-set-out experiments
COMPLETE = True  # the other members of a kept, linked, amountless list pair (`complete`)

_AND = (
    r"and|et|und|y|e|ed|as well as|ainsi que|de même que|sowie|así como|bem como|nonché"
    r"|così come"
)
_PREP = (
    r"to|with|for|from|by|at|à|au|aux|avec|pour|par|de|du|des|auprès de|chez|mit|für|von|an"
    r"|bei|con|para|por|com|ao|à|da|do|di|per|al|del|alla|dal"
)
_DET = r"the|le|la|les|l['’]|el|los|las|lo|il|gli|os|as|o|a|der|die|das|den|dem|d['’]"


@cache
def _gap_re() -> re.Pattern[str]:
    """A gap between two list members; group `conj` is set when a conjunction joins them."""
    det = rf"(?:(?:{_DET})(?:\s+|(?<=['’]))(?:[a-zà-ÿ-]+\s+)?)?"
    # session 8: a place's possessive before a member ("and Singapore's Temasek", "Abu
    # Dhabi's MGX"): the descriptor of the next member, not a clause
    owner = r"(?:(?-i:[A-Z][\w-]*)\s+){0,2}?(?-i:[A-Z][\w-]*)['’]s\s+"
    return re.compile(
        rf"(?:\s*,\s*|\s+)(?:(?P<conj>{_AND})\s+)?(?:(?:{_PREP})\s+)?(?:{owner}|{det})",
        re.I,
    )


def _joined(text: str, a: OrgMention, b: OrgMention) -> str | None:
    """How `a` and `b` (consecutive parties) are joined: "conj", "comma" or None."""
    if b.start <= a.end:
        return None
    m = _gap_re().fullmatch(text, a.end, b.start)
    if m is None:
        return None
    if m["conj"]:
        return "conj"
    # a comma alone (the gap must hold one): "A, B and C" needs its later conjunction
    return "comma" if "," in text[a.end : b.start] else None


def lists(text: str, orgs: list[OrgMention]) -> list[list[int]]:
    """The coordinated lists among `orgs` (in text order), as runs of indices; runs of one
    party are left out."""
    runs: list[list[int]] = []
    run, conj = [0], False
    for i in range(1, len(orgs) + 1):
        how = _joined(text, orgs[i - 1], orgs[i]) if i < len(orgs) else None
        if how == "conj" and len(run) == 1 and "," in text[orgs[i - 1].end : orgs[i].start]:
            how = None  # "pagó por Run:ai, y AMD adquirió": two clauses, not a list of two
        if how is not None:
            run.append(i)
            conj = conj or how == "conj"
            continue
        if len(run) > 1 and conj:
            runs.append(_trim(text, orgs, run))
        run, conj = [i], False
    return [r for r in runs if len(r) > 1]


def _trim(text: str, orgs: list[OrgMention], run: list[int]) -> list[int]:
    """Members joined by commas after the last conjunction are no list ("A and B, C ..."):
    the run ends at the member after its last conjunction."""
    last = max(
        k for k in range(1, len(run)) if _joined(text, orgs[run[k - 1]], orgs[run[k]]) == "conj"
    )
    return run[: last + 1]


Units = dict[int, tuple[int, int]]


def units(text: str, orgs: list[OrgMention], skip: int = 0) -> Units:
    """Each listed party's list, as the indices of its first and last members; the first
    `skip` parties (an implicit main subject, named elsewhere) are never listed."""
    member: Units = {}
    for run in lists(text, orgs[skip:]):
        bounds = (skip + run[0], skip + run[-1])
        member.update(dict.fromkeys((skip + k for k in run), bounds))
    return member


def as_units(
    orgs: list[OrgMention], member: Units, i: int, j: int, text: str | None = None
) -> tuple[OrgMention, OrgMention, dict[str, float]]:
    """The pair (i < j) as its link features should see it: each listed party at its list's
    span (unless both are in the same list), with the flags saying so; with the `text`, two
    members of a list of examples say so too (examplelists, session 16)."""
    a, b = orgs[i], orgs[j]
    li, lj = member.get(i), member.get(j)
    if li is not None and li == lj:
        ex = {} if text is None else example_flag(text, orgs[li[0]], orgs[li[1]])
        return a, b, {"conj:within": 1.0, **ex}
    f: dict[str, float] = {}
    if li is not None:
        a = replace(a, start=orgs[li[0]].start, end=orgs[li[1]].end)
        f["conj:member"] = 1.0
    if lj is not None:
        b = replace(b, start=orgs[lj[0]].start, end=orgs[lj[1]].end)
        f["conj:member"] = 1.0
    return a, b, f


@cache
def _opener_re() -> re.Pattern[str]:
    """The end of a window opening an enumeration of examples: "suppliers such as", "rivals
    like", "des clients comme", "redes como", "including", "tra cui" (listwords)."""
    words = "|".join((*CUSTOMER_LISTS, *GENERIC_LISTS, *RIVALS))
    det = rf"(?:(?:{_DET})(?:\s+|(?<=['’])))?"
    return re.compile(rf"(?<![\w'’])(?:{words})\s*:?\s*{det}$", re.I)


def mark(
    text: str, found: list[Candidate], flags: dict[str, float], a: OrgMention, b: OrgMention
) -> list[Candidate]:
    """Marks the amountless candidate (the first of `found`) of a listed pair with the
    spans `as_units` gave its parties: the key `complete` groups a list's members by. A list
    opened as examples ("suppliers such as A and B", "des clients comme A et B") is not
    marked: examples of a kind are no parties (the rules' convention, `orgcontext`)."""
    if not found or "conj:member" not in flags:
        return found
    if any(_opener_re().search(text, max(0, m.start - 40), m.start) for m in (a, b)):
        return found
    found[0].unit = (a.start, a.end, b.start, b.end)
    return found


def _completes(c: Candidate) -> bool:
    """An amountless candidate of a listed party, in a sentence stating no amount."""
    f = c.features
    return c.unit is not None and c.amount is None and c.xsentence is None and "namts:0" in f


def complete(
    scored: list[tuple[Candidate, float]], kept: list[tuple[Candidate, float]], threshold: float
) -> list[tuple[Candidate, float]]:
    """The other members of a list when the model keeps one: coordination states the same
    relation of every member ("signed content agreements with A and B"), and the members
    differ only by their own features (kind, known, the rules' evidence), which put one
    above the threshold and the other under it. Only amountless pairs in a sentence without
    an amount whose list an event cue links to the other party (`link:obj`): with amounts the
    list is often a round's investors, whose amount the rules and the model already judge;
    without the link, completing every kept list added four wrong mentions for one more
    right one (docs/offline-engine.md, session 7)."""
    units = {c.unit for c, _ in kept if _completes(c) and "link:obj" in c.features}
    return [(c, p) for c, p in scored if p < threshold and _completes(c) and c.unit in units]
