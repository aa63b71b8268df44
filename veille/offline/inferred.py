"""Inferred parties: unknown names that a deal verb makes organisations (session 4).

`python -m veille.devtools.recall` showed the largest bucket of gold deals without a
candidate on unseen text: a party never detected as an organisation, mostly a one- or
two-word name the gazetteer does not hold, introduced by a deal verb and a descriptor ("le
rachat de la plateforme de concerts X", "a stake in the eyewear maker X", "buying X for
$10 billion", "X a annoncé une levée de fonds").

Decisions:
- Candidates for the re-ranker only: an inferred name is never reported as an organisation
  (the organisation scores stay the rules'), it only lets a deal be proposed; every pair it
  is part of carries the `inferred` feature, so the model learns how far to trust it.
- The name must pass the same precision guards as every other candidate
  (`orgnames.valid_candidate`: not a person's first name, a place, a product, a month...).
- Every whole-word occurrence of the name that no organisation mention covers becomes a
  mention (kind `other`, unknown), so later sentences about it get candidates too.
"""

from __future__ import annotations

import re
from functools import cache

from veille.cuegate import finditer
from veille.offline.orgnames import OrgMention, trim_name, valid_candidate

_NAME = r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3})"
_DESCRIPTOR = r"(?:[a-zà-ÿ][\w'’-]*\s+){0,6}?"
_ARTICLE = r"(?:(?:the|a|an|its|le|la|les|un|une|son|sa)\s+|[ld]['’])?"


@cache
def _object_re() -> re.Pattern[str]:
    """A name after a verb or noun of buying, investing or partnering (its object)."""
    verbs = (
        r"acquire[sd]?|acquiring|acquisition of|buy(?:s|ing)?|bought|purchase[sd]?|purchasing"
        r"|takeover of|took over|takes over|stake in|invest(?:s|ed|ing|ment)?(?: [^.,;]{0,40}?)? in"
        r"|partner(?:ship|ed|s)? with|deal with|agreement with|contract with|teamed up with"
        r"|rachat d[e']|rach[eè]te(?:r|nt)?|rachetée?s?|acquisition d[e']|acquiert|acquis"
        r"|s['’](?:est )?off(?:r|ert)e?|participation(?: [^.,;]{0,30}?)? dans"
        r"|invest(?:i|ir|it|issement)(?: [^.,;]{0,40}?)? dans|partenariat avec|accord avec"
        r"|contrat avec|alliance avec|s['’](?:allie|associe) à|fournie?s? par|supplied by"
    )
    return re.compile(rf"(?<![\w])(?:{verbs})\s*{_ARTICLE}{_DESCRIPTOR}{_NAME}")


_RAISED = ("raised", "raises", "secured", "closed", "landed")
_LEVEE = ("levée", "lève", "levé", "boucle", "bouclé")


@cache
def _subject_re() -> re.Pattern[str]:
    """A name whose next words say it raised money (the subject of a round)."""
    verbs = (
        rf"(?:has |have |had )?(?:{'|'.join(_RAISED)})"
        rf"|(?:\w+\s+){{0,3}}?(?:une\s+)?(?:{'|'.join(_LEVEE)})"
    )
    return re.compile(rf"{_NAME}(?:\s*,[^,.;]{{1,80}},)?\s+(?:{verbs})(?![\w])")


def _names(text: str) -> set[str]:
    found = set()
    # every subject match holds one of its verbs as written (case-sensitive): a text with
    # none of them skips that scan, which tries a name at every capitalised word
    raised = any(verb in text for verb in (*_RAISED, *_LEVEE))
    # the object's cues are gated (veille/cuegate.py); the subject's, opening on any
    # capitalised name, are not (the gate would try every one of them: slower)
    objects = finditer(_object_re(), text)
    for m in (*objects, *_subject_re().finditer(text)) if raised else objects:
        name = trim_name(m["name"])
        if re.search(r"[A-Za-z]{2}", name) and valid_candidate(name):
            found.add(name)
    return found


def inferred_parties(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """Mentions of inferred names that no organisation mention covers, in text order."""
    covered = [(m.start, m.end) for m in mentions]
    known = {m.surface for m in mentions} | {m.name for m in mentions}
    out = []
    for name in sorted(_names(text) - known):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s < m.end() and m.start() < e for s, e in covered):
                out.append(OrgMention(m.start(), m.end(), name, name, "other", False))
    return sorted(out, key=lambda m: m.start)
